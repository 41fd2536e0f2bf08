import type { CompanySummary } from '../core/records/companies';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../core/records/page-record';
import { specialCategoryTrackers } from '../core/records/health-alarm';
import { t } from '../ui/i18n';
import { TrackerDetails } from './TrackerDetails';

const kindKey = (kind: TrackerRecord['kind']) => `kind_${kind.replace(/-/g, '_')}`;

function requestCount(n: number): string {
  return n === 1 ? t('popupRequestCountOne') : t('popupRequestCount', String(n));
}

function TrackerRow({ record, page, special, requests }: { record: TrackerRecord; page: PageRecord; special: boolean; requests: RecordedRequest[] }) {
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
      <TrackerDetails record={record} page={page} requests={requests} />
    </li>
  );
}

export function CompanyList({ companies, page }: { companies: CompanySummary[]; page: PageRecord }) {
  const special = new Set(specialCategoryTrackers(page));
  // Each tracker's kept requests, grouped once rather than filtered per tracker.
  const byTracker = new Map<string, RecordedRequest[]>();
  for (const request of page.requests) {
    const list = byTracker.get(request.trackerKey);
    if (list) list.push(request);
    else byTracker.set(request.trackerKey, [request]);
  }
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
              <TrackerRow key={record.tracker.key} record={record} page={page} special={special.has(record.tracker.key)} requests={byTracker.get(record.tracker.key) ?? []} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
