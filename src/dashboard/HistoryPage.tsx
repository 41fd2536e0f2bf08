// The history of sites with trackers: filters, two charts and one page of sites.
import { useMemo } from 'preact/hooks';
import type { TrackerKind } from '../core/model';
import {
  dayEnd,
  dayStart,
  facetsOf,
  findingsPerDay,
  healthRecipients,
  pageOf,
  queryHistory,
  type HistoryFilter,
  type SiteEntry,
} from '../core/records/history-query';
import { plural, t } from '../ui/i18n';
import { FindingsChart } from './charts/FindingsChart';
import { HealthRecipientsChart } from './charts/HealthRecipientsChart';
import { formatNumber } from './format';
import type { HistoryIndex } from './history-index';
import { HistoryFilters, type FilterState } from './HistoryFilters';
import { Pagination } from './Pagination';
import { SiteList } from './SiteList';

export const PAGE_SIZE = 50;
const CHART_DAYS = 30;

export interface HistoryView {
  filters: FilterState;
  page: number;
}

function toFilter(state: FilterState): HistoryFilter {
  return {
    text: state.text,
    healthOnly: state.healthOnly,
    company: state.company || null,
    category: state.category || null,
    kind: (state.kind || null) as TrackerKind | null,
    from: state.from ? dayStart(state.from) : null,
    to: state.to ? dayEnd(state.to) : null,
  };
}

function Loaded({ entries, loading, view, onView }: { entries: SiteEntry[]; loading: boolean; view: HistoryView; onView: (next: HistoryView) => void }) {
  const facets = useMemo(() => facetsOf(entries), [entries]);
  const filter = useMemo(() => toFilter(view.filters), [view.filters]);
  const matching = useMemo(() => queryHistory(entries, filter, view.filters.sort), [entries, filter, view.filters.sort]);
  // The charts count visits that meet the filter, not whole sites.
  const recipients = useMemo(() => healthRecipients(matching, { ...filter, text: '' }), [matching, filter]);
  const days = useMemo(() => findingsPerDay(matching, { ...filter, text: '' }, CHART_DAYS), [matching, filter]);
  const shown = pageOf(matching, view.page, PAGE_SIZE);
  const onPage = (page: number) => {
    onView({ ...view, page });
    document.getElementById('site-list-heading')?.focus();
  };
  if (entries.length === 0 && !loading) {
    return (
      <p class="empty" data-testid="history-empty">
        {t('dashboardHistoryEmpty')}
      </p>
    );
  }
  return (
    <>
      <HistoryFilters value={view.filters} facets={facets} onChange={(filters) => onView({ filters, page: 0 })} />
      <div class="charts">
        <section aria-labelledby="chart-health-heading">
          <h2 id="chart-health-heading">{t('chartHealthRecipientsHeading')}</h2>
          <HealthRecipientsChart data={recipients} />
        </section>
        <section aria-labelledby="chart-findings-heading">
          <h2 id="chart-findings-heading">{t('chartFindingsHeading')}</h2>
          <FindingsChart data={days} />
        </section>
      </div>
      <section aria-labelledby="site-list-heading">
        <h2 id="site-list-heading" tabIndex={-1}>
          {t('dashboardSitesHeading')}
        </h2>
        <p class="muted" aria-live="polite" data-testid="result-count">
          {plural('dashboardResultCount', entries.length, [formatNumber(shown.total)])}
        </p>
        {shown.total === 0 ? (
          <p data-testid="no-results">{t('dashboardNoResults')}</p>
        ) : (
          <>
            <SiteList entries={shown.items} />
            <Pagination page={shown.page} pages={shown.pages} onPage={onPage} />
          </>
        )}
      </section>
    </>
  );
}

export function HistoryPage({ index, view, onView }: { index: HistoryIndex; view: HistoryView; onView: (next: HistoryView) => void }) {
  return (
    <>
      <h1 tabIndex={-1}>{t('dashboardHistoryHeading')}</h1>
      <p class="lead">{t('dashboardHistoryIntro')}</p>
      {index.status === 'loading' && (
        <p aria-busy="true" role="status" data-testid="history-loading">
          {t('dashboardLoadingProgress', [formatNumber(index.read), formatNumber(index.total)])}
        </p>
      )}
      {index.status === 'failed' && <p role="alert">{t('dashboardLoadFailed')}</p>}
      {index.status !== 'failed' && (index.status === 'ready' || index.entries.length > 0) && (
        <Loaded entries={index.entries} loading={index.status === 'loading'} view={view} onView={onView} />
      )}
    </>
  );
}
