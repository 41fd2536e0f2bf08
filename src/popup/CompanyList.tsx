import type { CompanySummary } from '../core/records/companies';
import type { PageRecord, TrackerRecord } from '../core/records/page-record';
import { specialCategoryTrackers } from '../core/records/health-alarm';
import { t } from '../ui/i18n';
import { TrackerDetails } from './TrackerDetails';

const kindKey = (kind: TrackerRecord['kind']) => `kind_${kind.replace(/-/g, '_')}`;

function requestCount(n: number): string {
  return n === 1 ? t('popupRequestCountOne') : t('popupRequestCount', String(n));
}

function TrackerRow({ record, page, special }: { record: TrackerRecord; page: PageRecord; special: boolean }) {
  return (
    <li class="tracker" data-testid="tracker" data-tracker={record.tracker.key} data-special={String(special)}>
      {special && (
        <p class="special" data-testid="special-category">
          {t('specialCategory')}
        </p>
      )}
      <div>
        <span class="tracker-name">{record.tracker.name}</span>{' '}
        <span class="kind">{t(kindKey(record.kind))}</span>{' '}
        <span class="muted">{requestCount(record.requestCount)}</span>
      </div>
      <TrackerDetails record={record} page={page} />
    </li>
  );
}

export function CompanyList({ companies, page }: { companies: CompanySummary[]; page: PageRecord }) {
  const special = new Set(specialCategoryTrackers(page));
  return (
    <ul class="companies">
      {companies.map((company) => (
        <li class="company" key={company.companyKey} data-testid="company" data-company={company.company}>
          <div class="company-head">
            <strong>{company.company}</strong>
            {company.country && <span class="muted"> · {t('popupCountry', company.country)}</span>}
          </div>
          <ul class="trackers">
            {company.trackers.map((record) => (
              <TrackerRow key={record.tracker.key} record={record} page={page} special={special.has(record.tracker.key)} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
