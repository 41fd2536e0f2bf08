// Above the later steps: which pages the letter is about, the page the wizard was
// opened from marked as such and the other health pages as "also about health",
// with a way back to the choice. Opened from a visit, the wizard starts after the
// visits step, so this is where the user sees what was preselected.
import { plural, t } from '../../ui/i18n';
import { pageGroups, type VisitRow } from './visit-rows';

interface Props {
  rows: VisitRow[];
  chosen: ReadonlySet<string> | 'all';
  startedVisitId: string | null;
  onChange: () => void;
}

export function ChosenSummary({ rows, chosen, startedVisitId, onChange }: Props) {
  const picked = rows.filter((r) => chosen === 'all' || chosen.has(r.visitId));
  const groups = pageGroups(picked, startedVisitId);
  return (
    <section class="lw-chosen" aria-labelledby="lw-chosen-heading" data-testid="chosen-summary">
      <h3 id="lw-chosen-heading" class="lw-chosen-heading">{t('lettersChosenHeading')}</h3>
      <ul>
        {groups.map((g) => {
          const categories = [...new Set(g.rows.flatMap((r) => r.categories))].join(', ');
          return (
            <li key={g.url} data-testid="chosen-page" data-started={String(g.startedHere)} data-health={String(g.health)}>
              <span class="visit-title">{g.title || g.url}</span>
              {g.rows.length > 1 && <span class="muted"> · {plural('lettersChosenVisits', g.rows.length)}</span>}
              {g.startedHere && <span class="lw-badge lw-badge-started">{t('lettersVisitStartedHere')}</span>}
              {!g.startedHere && g.health && startedVisitId && (
                <span class="lw-badge lw-badge-health" data-testid="chosen-also-health">{t('lettersVisitAlsoHealth', categories || '—')}</span>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" class="link-button" onClick={onChange} data-testid="chosen-change">{t('lettersChosenChange')}</button>
    </section>
  );
}
