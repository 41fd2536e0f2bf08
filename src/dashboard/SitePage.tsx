// One site's record: every visit, newest first, with what each tracker received.
import { useEffect, useState } from 'preact/hooks';
import type { SiteHistory } from '../core/records/site-history';
import { readSiteHistory, onSiteHistoryChanged } from '../storage/history-reader';
import { plural, t } from '../ui/i18n';
import { SiteSummary } from './SiteSummary';
import { LetterDeadlines } from './letters/LetterDeadlines';
import { href } from './router';
import { VisitCard } from './VisitCard';

type State = { status: 'loading' } | { status: 'ready'; history: SiteHistory | null };

export function SitePage({ site, visit }: { site: string; visit?: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void readSiteHistory(site).then((history) => live && setState({ status: 'ready', history }));
    const stop = onSiteHistoryChanged(site, (history) => live && setState({ status: 'ready', history }));
    return () => {
      live = false;
      stop();
    };
  }, [site]);

  const newestFirst = state.status === 'ready' && state.history ? [...state.history.visits].reverse() : [];
  // The visit the user came from (popup, notification) first; the others newest first.
  const from = visit ? newestFirst.find((v) => v.visitId === visit) : undefined;
  const visits = from ? [from, ...newestFirst.filter((v) => v !== from)] : newestFirst;

  return (
    <>
      <nav class="crumbs" aria-label={t('dashboardBreadcrumbs')}>
        <a href={href({ name: 'history' })} data-testid="back">
          {t('dashboardBack')}
        </a>
      </nav>
      <h1 tabIndex={-1} data-testid="site-heading">
        {site}
      </h1>
      <div class="actions">
        {/* Opened at a visit, the letter starts from it (preselected, with the site's other health visits). */}
        <a class="button primary" href={href(from ? { name: 'letter', site, visit: from.visitId } : { name: 'letter', site })} data-testid="draft-letter">
          {t('dashboardDraftLetter')}
        </a>
      </div>
      {visits.length > 0 && <SiteSummary site={site} visits={visits} />}
      <LetterDeadlines site={site} />
      {state.status === 'loading' && <p aria-busy="true">{t('dashboardLoadingSite')}</p>}
      {state.status === 'ready' && visits.length === 0 && <p data-testid="site-empty">{t('dashboardSiteEmpty')}</p>}
      {visits.length > 0 && (
        <section aria-labelledby="visits-heading">
          <h2 id="visits-heading">{plural('dashboardVisits', visits.length)}</h2>
          {visits.map((page) => (
            <VisitCard key={page.visitId} page={page} highlighted={page === from} />
          ))}
        </section>
      )}
    </>
  );
}
