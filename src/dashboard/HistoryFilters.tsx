// The history's filters and sort order: plain labelled form controls.
import type { TrackerKind } from '../core/model';
import { HISTORY_SORTS, type Facets, type HistorySort } from '../core/records/history-query';
import { plural, t } from '../ui/i18n';
import { categoryName, kindLabel } from './labels';

export interface FilterState {
  text: string;
  healthOnly: boolean;
  company: string;
  category: string;
  kind: string;
  from: string;
  to: string;
  sort: HistorySort;
}

export const EMPTY_FILTERS: FilterState = { text: '', healthOnly: false, company: '', category: '', kind: '', from: '', to: '', sort: 'last-visit' };

const SORT_KEYS: Record<HistorySort, string> = {
  'last-visit': 'dashboardSortLastVisit',
  companies: 'dashboardSortCompanies',
  'health-first': 'dashboardSortHealthFirst',
};

const COMPANY_OPTIONS = 300;

export function HistoryFilters({ value, facets, onChange }: { value: FilterState; facets: Facets; onChange: (next: FilterState) => void }) {
  const set = <K extends keyof FilterState>(key: K, v: FilterState[K]) => onChange({ ...value, [key]: v });
  const input = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active = JSON.stringify({ ...value, sort: 'last-visit' }) !== JSON.stringify(EMPTY_FILTERS);
  return (
    <form class="filters" role="search" aria-label={t('dashboardFiltersLabel')} onSubmit={(e) => e.preventDefault()} data-testid="filters">
      <div class="field">
        <label for="f-text">{t('dashboardFilterSite')}</label>
        <input id="f-text" type="search" value={value.text} onInput={(e) => set('text', input(e))} autocomplete="off" />
      </div>
      <div class="field">
        <label for="f-company">{t('dashboardFilterCompany')}</label>
        <select id="f-company" value={value.company} onChange={(e) => set('company', input(e))} data-testid="filter-company">
          <option value="">{t('dashboardFilterAny')}</option>
          {facets.companies.slice(0, COMPANY_OPTIONS).map((c) => (
            <option key={c.name} value={c.name}>
              {plural('dashboardCompanyOption', c.sites, [c.name])}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-kind">{t('dashboardFilterKind')}</label>
        <select id="f-kind" value={value.kind} onChange={(e) => set('kind', input(e))}>
          <option value="">{t('dashboardFilterAny')}</option>
          {facets.kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k as TrackerKind)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-category">{t('dashboardFilterCategory')}</label>
        <select id="f-category" value={value.category} onChange={(e) => set('category', input(e))}>
          <option value="">{t('dashboardFilterAny')}</option>
          {facets.categories.map((c) => (
            <option key={c} value={c}>
              {categoryName(c)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-from">{t('dashboardFilterFrom')}</label>
        <input id="f-from" type="date" value={value.from} max={value.to || undefined} onChange={(e) => set('from', input(e))} />
      </div>
      <div class="field">
        <label for="f-to">{t('dashboardFilterTo')}</label>
        <input id="f-to" type="date" value={value.to} min={value.from || undefined} onChange={(e) => set('to', input(e))} />
      </div>
      <div class="field">
        <label for="f-sort">{t('dashboardSortLabel')}</label>
        <select id="f-sort" value={value.sort} onChange={(e) => set('sort', input(e) as HistorySort)} data-testid="sort">
          {HISTORY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      <div class="field check">
        <input id="f-health" type="checkbox" checked={value.healthOnly} onChange={(e) => set('healthOnly', (e.currentTarget as HTMLInputElement).checked)} data-testid="filter-health" />
        <label for="f-health">{t('dashboardFilterHealthOnly')}</label>
      </div>
      {active && (
        <div class="field">
          <button type="button" onClick={() => onChange({ ...EMPTY_FILTERS, sort: value.sort })}>
            {t('dashboardFilterClear')}
          </button>
        </div>
      )}
    </form>
  );
}
