// Step 1 of the wizard: which visits of the site go into the evidence and letters,
// grouped by page. Opened from a visit, that page comes first and is preselected,
// with the site's other health pages right below it, preselected too and marked
// "also about health".
import { formatNumber, plural, t } from '../../ui/i18n';
import { pageGroups, type PageGroup, type VisitRow } from './visit-rows';

export type Chosen = ReadonlySet<string> | 'all';

interface Props {
  rows: VisitRow[];
  chosen: Chosen;
  onChange: (chosen: Chosen) => void;
  locale: string;
  startedVisitId: string | null;
}

/** The health categories of a page's visits, once each. */
const groupCategories = (g: PageGroup) => [...new Set(g.rows.flatMap((r) => r.categories))].join(', ');

export function VisitStep({ rows, chosen, onChange, locale, startedVisitId }: Props) {
  const all = chosen === 'all';
  const isChosen = (id: string) => all || chosen.has(id);
  const toggle = (id: string) => {
    if (all) return;
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  const groups = pageGroups(rows, startedVisitId);
  const selectedCount = all ? rows.length : rows.filter((r) => chosen.has(r.visitId)).length;
  return (
    <fieldset class="wizard-step" data-testid="step-visits">
      <legend>{t('letterVisitsLegend')}</legend>
      <div class="choice-row">
        <label>
          <input type="radio" name="visit-scope" checked={all} onChange={() => onChange('all')} data-testid="visits-all" />
          {t('letterVisitsAll', String(rows.length))}
        </label>
        <label>
          <input type="radio" name="visit-scope" checked={!all} onChange={() => onChange(new Set(all ? rows.map((r) => r.visitId) : chosen))} data-testid="visits-selected" />
          {t('letterVisitsSelected')}
        </label>
      </div>
      <p class="muted" data-testid="visits-selected-count">{plural('lettersVisitsChosenCount', rows.length, [formatNumber(selectedCount)])}</p>
      {groups.map((g) => (
        <section key={g.url} class={`visit-group ${g.startedHere ? 'started-here' : ''}`} data-testid="visit-group" data-started={String(g.startedHere)}>
          <h3 class="visit-group-title">
            <span class="visit-title">{g.title || g.url}</span>
            {g.startedHere && <span class="lw-badge lw-badge-started">{t('lettersVisitStartedHere')}</span>}
            {!g.startedHere && g.health && startedVisitId && (
              <span class="lw-badge lw-badge-health" data-testid="visit-also-health">{t('lettersVisitAlsoHealth', groupCategories(g) || '—')}</span>
            )}
          </h3>
          {g.title && <p class="visit-url muted">{g.url}</p>}
          <ul class="visit-list">
            {g.rows.map((row) => (
              <li key={row.visitId} class={`visit-row ${row.health ? 'is-health' : ''}`} data-testid="visit-row" data-visit-id={row.visitId}>
                <label>
                  <input type="checkbox" checked={isChosen(row.visitId)} disabled={all} onChange={() => toggle(row.visitId)} data-testid="visit-check" />
                  <span class="visit-main">
                    <span class="visit-date">{new Date(row.startedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</span>
                    <span class="visit-meta">
                      <span class={`lw-verdict ${row.health ? 'lw-verdict-health' : 'lw-verdict-other'}`}>
                        {row.health ? t('letterVisitHealth', row.categories.join(', ') || '—') : t('letterVisitNotHealth')}
                      </span>
                      <span class="visit-companies">
                        {row.companies.length ? t('letterVisitCompanies', row.companies.join(', ')) : row.blockedCompanies.length ? '' : t('letterVisitNoCompanies')}
                        {row.blockedCompanies.length > 0 && <span data-testid="visit-tried">{(row.companies.length ? ' · ' : '') + t('shield_letterVisitTried', row.blockedCompanies.join(', '))}</span>}
                      </span>
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </fieldset>
  );
}
