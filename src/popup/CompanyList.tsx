import type { CompanySummary } from '../core/records/companies';
import type { RecordedRequest, TrackerRecord } from '../core/records/page-record';
import { t } from '../ui/i18n';
import { TrackerDetails } from './TrackerDetails';

const kindKey = (kind: TrackerRecord['kind']) => `kind_${kind.replace(/-/g, '_')}`;

function requestCount(n: number): string {
  return n === 1 ? t('popupRequestCountOne') : t('popupRequestCount', String(n));
}

function TrackerRow({ record, requests }: { record: TrackerRecord; requests: RecordedRequest[] }) {
  return (
    <li class="tracker" data-testid="tracker" data-tracker={record.tracker.key}>
      <div>
        <span class="tracker-name">{record.tracker.name}</span>{' '}
        <span class="kind">{t(kindKey(record.kind))}</span>{' '}
        <span class="muted">{requestCount(record.requestCount)}</span>
      </div>
      <TrackerDetails record={record} requests={requests} />
    </li>
  );
}

export function CompanyList({ companies, requests }: { companies: CompanySummary[]; requests: RecordedRequest[] }) {
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
              <TrackerRow key={record.tracker.key} record={record} requests={requests} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
