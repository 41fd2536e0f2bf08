// The one sentence a person reads first.
import { categoryLabel } from '../core/health/reasons';
import type { PageRecord } from '../core/records/page-record';
import { pageSummary } from '../core/records/page-summary';
import { t, uiLanguage } from '../ui/i18n';

const HEALTH_KEYS = {
  'before-choice': 'summaryHealthDisclosedBefore',
  'after-refusal': 'summaryHealthDisclosedAfterRefusal',
  'after-acceptance': 'summaryHealthDisclosedAfterAcceptance',
} as const;

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t('summaryAnd')} ${names.at(-1)}`;
}

export function Summary({ page }: { page: PageRecord }) {
  const summary = pageSummary(page);
  if (summary.kind === 'none') return <p data-testid="empty">{t('popupNoTrackers')}</p>;
  if (summary.kind === 'trackers') {
    const n = summary.companies.length;
    return (
      <p class="summary" data-testid="summary">
        {n === 1 ? t('popupSummaryCountOne') : t('popupSummaryCount', String(n))}
      </p>
    );
  }
  const lang = uiLanguage();
  const topic = summary.categories[0] ? categoryLabel(summary.categories[0], lang) : t('summaryHealthUnknownCategory');
  const key = summary.moment ? HEALTH_KEYS[summary.moment] : 'summaryHealthDisclosed';
  return (
    <p class="summary alarm" data-testid="summary">
      {t(key, [topic, listOf(summary.companies)])}
    </p>
  );
}
