// The top of a site page: the worst finding over its visits, the companies that
// received data, and the letters sent — before the visits themselves.
import { useEffect, useState } from 'preact/hooks';
import { categoryLabel } from '../core/health/reasons';
import { companyLines, type CompanyLine } from '../core/records/company-lines';
import { listOf } from '../core/records/headline';
import type { PageRecord } from '../core/records/page-record';
import { isHealthPage } from '../core/records/page-health';
import type { HealthCategory } from '../core/health/types';
import { lettersFor, onLettersChanged, readLetters } from '../storage/letters';
import { plural, t, uiLanguage } from '../ui/i18n';

const BRANDS_SHOWN = 8;

export function SiteSummary({ site, visits }: { site: string; visits: PageRecord[] }) {
  const [letters, setLetters] = useState<number | null>(null);
  useEffect(() => {
    const load = async () => setLetters(lettersFor(await readLetters(), site).length);
    void load();
    return onLettersChanged(() => void load());
  }, [site]);

  const lang = uiLanguage();
  const lines: CompanyLine[] = visits.flatMap((v) => companyLines(v));
  const brands = [...new Set(lines.map((l) => l.brand))];
  const healthCategories = new Set<HealthCategory>();
  for (const visit of visits) {
    if (isHealthPage(visit.health) && companyLines(visit).some((l) => l.special)) for (const c of visit.health?.verdict?.categories ?? []) healthCategories.add(c);
  }
  const healthDisclosed = lines.some((l) => l.special);
  const afterRefusal = lines.some((l) => l.moment === 'after-refusal');
  const msg = (key: string, subs?: string[]) => t(key, subs);
  return (
    <section class="site-summary" aria-labelledby="site-summary-heading" data-testid="site-summary">
      <h2 id="site-summary-heading">{t('siteSummaryHeading')}</h2>
      <ul>
        <li class={healthDisclosed ? 'worst-health' : ''} data-testid="site-worst">
          {healthDisclosed
            ? t('siteSummaryWorstHealth', listOf([...healthCategories].map((c) => categoryLabel(c, lang)), msg, lang) || t('summaryHealthUnknownCategory'))
            : afterRefusal
              ? t('siteSummaryWorstRefusal')
              : t('siteSummaryWorstTrackers')}
        </li>
        {brands.length > 0 && <li data-testid="site-companies">{plural('siteSummaryCompanies', brands.length, [listOf(brands, msg, lang, BRANDS_SHOWN)])}</li>}
        {/* None sent: the "Letters sent" section right below says so already. */}
        {letters !== null && letters > 0 && <li data-testid="site-letters">{plural('siteSummaryLetters', letters)}</li>}
      </ul>
    </section>
  );
}
