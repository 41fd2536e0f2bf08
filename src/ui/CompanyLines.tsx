// One line per company, most serious first: the brand people know, a health
// mark (a symbol and a word, never colour alone), the worst consent moment and
// chips for what it received. Opening a line shows its trackers (events, ids,
// consent); opening "What was sent" shows the values and raw requests. The same
// component in the popup and on the dashboard's site page.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CompanyLine } from '../core/records/company-lines';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../core/records/page-record';
import { specialCategoryTrackers } from '../core/records/health-alarm';
import { countryName, plural, t } from './i18n';
import { messageId } from './labels';
import { TrackerFindings } from './TrackerFindings';

export interface CompanyLinesProps {
  page: PageRecord;
  lines: CompanyLine[];
  /** Test-id prefix: '' in the popup, 'visit-' on the site page. */
  prefix?: string;
  extra?: (record: TrackerRecord) => ComponentChildren;
}

function LineSummary({ line, markHealth }: { line: CompanyLine; markHealth: boolean }) {
  const received = [...(line.visit ? ['visit'] : []), ...line.received];
  return (
    <summary class="line-summary">
      <span class="line-brand">{line.brand}</span>
      {line.special && markHealth && (
        <span class="mark-health" data-testid="line-health">
          <span aria-hidden="true">! </span>
          {t('lineHealthMark')}
        </span>
      )}
      {line.moment && line.moment !== 'after-acceptance' && (
        <span class={`moment moment-${line.moment}`} data-testid="line-moment" data-moment={line.moment}>
          {t(`lineMoment_${messageId(line.moment)}`)}
        </span>
      )}
      {received.length > 0 && (
        <span class="line-received" data-testid="line-received">
          <span class="visually-hidden">{t('lineReceivedLabel', line.brand)}: </span>
          {received.map((r, i) => (
            <span key={r} class={`pill pill-${r}`} data-received={r}>
              {t(`lineReceived_${messageId(r)}`)}
              {i < received.length - 1 && <span class="visually-hidden">, </span>}
            </span>
          ))}
        </span>
      )}
    </summary>
  );
}

export function CompanyLines({ page, lines, prefix = '', extra }: CompanyLinesProps) {
  const special = new Set(specialCategoryTrackers(page));
  // Each tracker's kept requests, grouped once rather than filtered per tracker.
  const byTracker = new Map<string, RecordedRequest[]>();
  for (const request of page.requests) {
    const list = byTracker.get(request.trackerKey);
    if (list) list.push(request);
    else byTracker.set(request.trackerKey, [request]);
  }
  // The page's one alarm is above; a mark per line only tells the told from the others.
  const markHealth = lines.some((l) => l.special) && lines.some((l) => !l.special);
  return (
    <ul class="company-lines">
      {lines.map((line) => (
        <Line key={line.brand} line={line} page={page} prefix={prefix} extra={extra} markHealth={markHealth} special={special} byTracker={byTracker} />
      ))}
    </ul>
  );
}

function Line({ line, page, prefix, extra, markHealth, special, byTracker }: {
  line: CompanyLine;
  page: PageRecord;
  prefix: string;
  extra?: (record: TrackerRecord) => ComponentChildren;
  markHealth: boolean;
  special: Set<string>;
  byTracker: Map<string, RecordedRequest[]>;
}) {
  // What needs work to build (health words in what was sent, events, ids) waits until the line is opened.
  const [open, setOpen] = useState(false);
  return (
    <li class={`company${line.special ? ' is-special' : ''}`} data-testid={`${prefix}company`} data-company={line.company} data-brand={line.brand} data-special={String(line.special)}>
      <details class="company-line" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <LineSummary line={line} markHealth={markHealth} />
        <div class="line-body">
          <p class="muted line-facts">
            {line.country ? `${t('popupCountry', countryName(line.country))} · ` : ''}
            {plural('popupRequestCount', line.requestCount)}
          </p>
          <ul class="trackers">
            {line.trackers.map((record) => (
              <TrackerFindings
                key={record.tracker.key}
                record={record}
                page={page}
                requests={byTracker.get(record.tracker.key) ?? []}
                special={special.has(record.tracker.key)}
                prefix={prefix}
                extra={extra}
                open={open}
              />
            ))}
          </ul>
          <CompanyLinks record={line.trackers[0]} brand={line.brand} />
        </div>
      </details>
    </li>
  );
}

/** Who the company is, and where to ask it to delete your data: from the tracker database, only http(s) links. */
function CompanyLinks({ record, brand }: { record: TrackerRecord | undefined; brand: string }) {
  const safe = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);
  const website = safe(record?.tracker.website);
  const policy = safe(record?.tracker.privacyPolicy);
  if (!website && !policy) return null;
  return (
    <p class="company-links">
      {website && (
        <a href={website} target="_blank" rel="noreferrer noopener">
          {t('lineAboutCompany', brand)}
        </a>
      )}
      {website && policy && ' · '}
      {policy && (
        <a href={policy} target="_blank" rel="noreferrer noopener">
          {t('linePrivacyPolicy', brand)}
        </a>
      )}
    </p>
  );
}
