import { t } from '../ui/i18n';
import { formatNumber } from './format';

export function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t('dashboardPagination')} data-testid="pagination">
      <button type="button" onClick={() => onPage(0)} disabled={page === 0}>
        {t('dashboardPageFirst')}
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0} data-testid="page-previous">
        {t('dashboardPagePrevious')}
      </button>
      <span aria-live="polite" data-testid="page-status">
        {t('dashboardPageStatus', [formatNumber(page + 1), formatNumber(pages)])}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1} data-testid="page-next">
        {t('dashboardPageNext')}
      </button>
      <button type="button" onClick={() => onPage(pages - 1)} disabled={page >= pages - 1}>
        {t('dashboardPageLast')}
      </button>
    </nav>
  );
}
