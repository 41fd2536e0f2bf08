// One tracker of a company line, opened: when its first request left relative to
// the cookie choice, health words in what it sent, what it received as chips, the
// events in order and the pixel/account and browser ids (what Meta Pixel Helper
// shows); the values and raw requests one expand further. Page text is text only.
import type { ComponentChildren } from 'preact';
import { describeConsent } from '../core/consent/consent-state';
import { categoryLabel } from '../core/health/reasons';
import { summariseTracker, type DisclosedValue } from '../core/records/disclosure-summary';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../core/records/page-record';
import { healthWordsSent } from '../core/records/health-words-sent';
import { isHealthPage } from '../core/records/page-health';
import { consentStatesOfTracker, firstRequestConsent } from '../core/records/page-summary';
import { plural, t, uiLanguage } from './i18n';
import { chipText, fieldLabel, kindLabel } from './labels';
import { LazyDetails } from './LazyDetails';
import { carriedByRequests, type RequestCarried } from '../core/records/record-marks';
import { CarriedLine, SourceMark } from './RecordMarks';

const RAW_SHOWN = 5;
const EVENTS_SHOWN = 8;
const IDS_SHOWN = 4;

function ConsentLabel({ record, page, requests, prefix }: { record: TrackerRecord; page: PageRecord; requests: RecordedRequest[]; prefix: string }) {
  const lang = uiLanguage();
  const { state, sinceNavigationMs, earlierChoice } = firstRequestConsent(page, record.firstSeen);
  const signals = record.disclosures.find((d) => d.consent)?.consent;
  const blocked = (record.blocked ?? 0) >= record.requestCount;
  const text = describeConsent(state, sinceNavigationMs, lang, signals, { ...(earlierChoice ? { earlierChoice } : {}), blocked });
  // Sent again after the user answered the banner: the strongest finding of all.
  const later = consentStatesOfTracker(page, requests);
  const afterReject = state === 'after-reject' ? 0 : (later['after-reject'] ?? 0);
  return (
    <>
      <p class={`consent consent-${state}`} data-testid={`${prefix}consent`} data-consent={state}>
        {t('consentFirstRequest', text)}
      </p>
      {afterReject > 0 && (
        <p class="consent consent-after-reject" data-testid="consent-after-reject">
          {plural('consentAlsoAfterReject', afterReject)}
        </p>
      )}
    </>
  );
}

/** Health words inside what was sent: stronger than the page verdict alone. */
function HealthInSent({ record, page }: { record: TrackerRecord; page: PageRecord }) {
  const lang = uiLanguage();
  const findings = healthWordsSent(record, page);
  if (findings.length === 0) return null;
  return (
    <ul class="health-in-sent" data-testid="health-in-sent">
      {findings.map((f) => (
        <li key={f.term}>{t('healthInSent', [t(`healthInSent_${f.field}`), f.term, `${categoryLabel(f.category, lang)} · ${f.excerpt}`])}</li>
      ))}
    </ul>
  );
}

/** Events in the order the tracker received them, and the ids that went along. */
function EventsAndIds({ record }: { record: TrackerRecord }) {
  const events: string[] = [];
  const accounts = new Set<string>();
  const ids = new Map<string, string>();
  for (const d of record.disclosures) {
    if (d.event && events.length < EVENTS_SHOWN && events.at(-1) !== d.event) events.push(d.event);
    if (d.accountId) accounts.add(d.accountId);
    for (const [name, value] of Object.entries(d.userIds ?? {})) if (ids.size < IDS_SHOWN && !ids.has(name)) ids.set(name, value);
  }
  return (
    <div class="events-ids" data-testid="events-ids">
      {events.length > 0 ? (
        <ol class="events" aria-label={t('lineEventsHeading')} data-testid="events">
          {events.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('lineEventsNone')}</p>
      )}
      {[...accounts].slice(0, 2).map((a) => (
        <p key={a} class="id-line" data-testid="account-id">
          {t('lineAccountId', [record.tracker.name, a])}
        </p>
      ))}
      {[...ids].map(([name, value]) => (
        <p key={name} class="id-line">
          {fieldLabel(`userIds.${name}`)}: <code>{value}</code>
        </p>
      ))}
    </div>
  );
}

function ValueRow({ item }: { item: DisclosedValue }) {
  return (
    <tr>
      <th scope="row">
        {fieldLabel(item.field)}
        {item.carriedBy && <span class="muted"> {t('popupCarriedBy', item.carriedBy)}</span>}
      </th>
      <td class="value">{item.value}</td>
    </tr>
  );
}

function RawRequest({ request, carried, recipient }: { request: RecordedRequest; carried: RequestCarried | undefined; recipient: string }) {
  return (
    <li class="raw" data-testid="raw-request" data-source={request.source ?? 'request-log'}>
      <CarriedLine carried={carried} recipient={recipient} />
      <code>
        {request.method} {request.url}
      </code>
      <SourceMark request={request} />
      {/* Focusable: a scrolling box must be reachable by keyboard. */}
      {request.body && <pre tabIndex={0}>{request.body}</pre>}
    </li>
  );
}

export interface TrackerFindingsProps {
  record: TrackerRecord;
  page: PageRecord;
  requests: RecordedRequest[];
  special: boolean;
  /** Test-id prefix: '' in the popup, 'visit-' on the site page. */
  prefix: string;
  /** Extra per-tracker content (the dashboard's "What does this mean?"). */
  extra?: (record: TrackerRecord) => ComponentChildren;
  /** Whether the company line is open: the parts that take work are built only then. */
  open: boolean;
}

export function TrackerFindings({ record, page, requests, special, prefix, extra, open }: TrackerFindingsProps) {
  const { chips, values } = summariseTracker(record);
  return (
    <li class="tracker" data-testid={`${prefix}tracker`} data-tracker={record.tracker.key} data-special={String(special)}>
      <p class="tracker-head">
        <span class="tracker-name">{record.tracker.name}</span> <span class="kind">{kindLabel(record.kind)}</span> <span class="muted">{plural('popupRequestCount', record.requestCount)}</span>
      </p>
      <ConsentLabel record={record} page={page} requests={requests} prefix={prefix} />
      {open && isHealthPage(page.health) && <HealthInSent record={record} page={page} />}
      {chips.length > 0 && (
        <ul class="chips" data-testid={`${prefix}chips`} aria-label={t('popupWhatWasSent')}>
          {chips.map((chip) => (
            <li key={`${chip.id}:${chip.detail ?? ''}`} class={`chip chip-${chip.id}`} data-chip={chip.id}>
              {chipText(chip)}
            </li>
          ))}
        </ul>
      )}
      {record.loginCookies && <p class="login-note">{t('popupLoginCookieNote', record.loginCookies.platform)}</p>}
      {open && <EventsAndIds record={record} />}
      <LazyDetails class="values" summary={t('popupWhatWasSent')}>
        {() => {
          const carried = carriedByRequests(record, requests.slice(0, RAW_SHOWN));
          return (
          <>
            {values.length > 0 ? (
              <table data-testid={`${prefix}values`}>
                <tbody>
                  {values.map((item, i) => (
                    <ValueRow key={i} item={item} />
                  ))}
                </tbody>
              </table>
            ) : (
              <p class="muted">{t('popupNothingDecoded')}</p>
            )}
            <p class="raw-heading">{t('popupRawRequests')}</p>
            {/* Which request carried what: the findings kept per request (records/request-findings.ts). */}
            <ul class="raw-requests">
              {requests.slice(0, RAW_SHOWN).map((request, i) => (
                <RawRequest key={request.requestId} request={request} carried={carried[i]} recipient={record.tracker.name} />
              ))}
            </ul>
            {requests.length > RAW_SHOWN && <p class="muted">{plural('popupMoreRequests', requests.length - RAW_SHOWN)}</p>}
          </>
          );
        }}
      </LazyDetails>
      {extra?.(record)}
    </li>
  );
}
