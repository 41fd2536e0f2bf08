// One site's record: every visit, newest first, with what each tracker received.
import { useEffect, useState } from 'preact/hooks';
import type { SiteHistory } from '../core/records/site-history';
import { readSiteHistory, onSiteHistoryChanged } from '../storage/history-reader';
import { t } from '../ui/i18n';
import { LetterDeadlines } from './letters/LetterDeadlines';
import { href } from './router';
import { VisitCard } from './VisitCard';

type State = { status: 'loading' } | { status: 'ready'; history: SiteHistory | null };

export function SitePage({ site }: { site: string }) {
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

  const visits = state.status === 'ready' && state.history ? [...state.history.visits].reverse() : [];
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
        <a class="button primary" href={href({ name: 'letter', site })} data-testid="draft-letter">
          {t('dashboardDraftLetter')}
        </a>
      </div>
      <LetterDeadlines site={site} />
      {state.status === 'loading' && <p aria-busy="true">{t('dashboardLoadingSite')}</p>}
      {state.status === 'ready' && visits.length === 0 && <p data-testid="site-empty">{t('dashboardSiteEmpty')}</p>}
      {visits.length > 0 && (
        <section aria-labelledby="visits-heading">
          <h2 id="visits-heading">{visits.length === 1 ? t('dashboardVisitsOne') : t('dashboardVisits', String(visits.length))}</h2>
          {visits.map((page) => (
            <VisitCard key={page.visitId} page={page} />
          ))}
        </section>
      )}
    </>
  );
}
