// Step 1 of the wizard: which visits of the site go into the evidence and letters.
import { t } from '../../ui/i18n';
import type { VisitRow } from './visit-rows';

export type Chosen = ReadonlySet<string> | 'all';

interface Props {
  rows: VisitRow[];
  chosen: Chosen;
  onChange: (chosen: Chosen) => void;
  locale: string;
}

export function VisitStep({ rows, chosen, onChange, locale }: Props) {
  const all = chosen === 'all';
  const isChosen = (id: string) => all || chosen.has(id);
  const toggle = (id: string) => {
    if (all) return;
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <fieldset class="wizard-step" data-testid="step-visits">
      <legend>{t('letterVisitsLegend')}</legend>
      <div class="choice-row">
        <label>
          <input type="radio" name="visit-scope" checked={all} onChange={() => onChange('all')} data-testid="visits-all" />
          {t('letterVisitsAll', String(rows.length))}
        </label>
        <label>
          <input type="radio" name="visit-scope" checked={!all} onChange={() => onChange(new Set(rows.map((r) => r.visitId)))} data-testid="visits-selected" />
          {t('letterVisitsSelected')}
        </label>
      </div>
      <ul class="visit-list">
        {rows.map((row) => (
          <li key={row.visitId} class={`visit-row ${row.health ? 'is-health' : ''}`} data-testid="visit-row">
            <label>
              <input type="checkbox" checked={isChosen(row.visitId)} disabled={all} onChange={() => toggle(row.visitId)} />
              <span class="visit-main">
                <span class="visit-date">{new Date(row.startedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                <span class="visit-title">{row.title || row.url}</span>
                {row.title && <span class="visit-url muted">{row.url}</span>}
                <span class="visit-meta">
                  <span class={`lw-verdict ${row.health ? 'lw-verdict-health' : 'lw-verdict-other'}`}>
                    {row.health ? t('letterVisitHealth', row.categories.join(', ') || '—') : t('letterVisitNotHealth')}
                  </span>
                  <span class="visit-companies">{row.companies.length ? t('letterVisitCompanies', row.companies.join(', ')) : t('letterVisitNoCompanies')}</span>
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
