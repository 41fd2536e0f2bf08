// One tracker: what it received as chips, the values on expand, the raw
// requests on a second expand. Everything from the page is rendered as text.
import { describeConsent } from '../core/consent/consent-state';
import { healthInText } from '../core/health/in-disclosure';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../core/records/page-record';
import { summariseTracker, type Chip, type DisclosedValue } from '../core/records/disclosure-summary';
import { isHealthPage } from '../core/records/page-health';
import { consentStatesOfTracker, firstRequestConsent } from '../core/records/page-summary';
import { categoryLabel } from '../core/health/reasons';
import { t, uiLanguage } from '../ui/i18n';
import { LazyDetails } from './LazyDetails';

const RAW_SHOWN = 5;

function chipText(chip: Chip): string {
  const key = `chip_${chip.id.replace(/-/g, '_')}`;
  return chip.detail ? t(key, chip.detail) : t(key);
}

function fieldLabel(field: string): string {
  const [group, ...rest] = field.split('.');
  const label = t(`field_${group}`);
  return rest.length > 0 ? `${label} (${rest.join('.')})` : label;
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

function RawRequest({ request }: { request: RecordedRequest }) {
  return (
    <li class="raw">
      <code>
        {request.method} {request.url}
      </code>
      {/* Focusable: a scrolling box must be reachable by keyboard. */}
      {request.body && <pre tabIndex={0}>{request.body}</pre>}
    </li>
  );
}

function ConsentLabel({ record, page, requests }: { record: TrackerRecord; page: PageRecord; requests: RecordedRequest[] }) {
  const lang = uiLanguage();
  const { state, sinceNavigationMs, earlierChoice } = firstRequestConsent(page, record.firstSeen);
  const signals = record.disclosures.find((d) => d.consent)?.consent;
  const text = describeConsent(state, sinceNavigationMs, lang, signals, earlierChoice ? { earlierChoice } : undefined);
  // Sent again after the user answered the banner: the strongest finding of all.
  const later = consentStatesOfTracker(page, requests);
  const afterReject = state === 'after-reject' ? 0 : (later['after-reject'] ?? 0);
  return (
    <>
      <p class={`consent consent-${state}`} data-testid="consent" data-consent={state}>
        {t('consentFirstRequest', text)}
      </p>
      {afterReject > 0 && (
        <p class="consent consent-after-reject" data-testid="consent-after-reject">
          {afterReject === 1 ? t('consentAlsoAfterRejectOne') : t('consentAlsoAfterReject', String(afterReject))}
        </p>
      )}
    </>
  );
}

/** Health words inside what was sent: stronger than the page verdict alone. */
function HealthInSent({ record }: { record: TrackerRecord }) {
  const lang = uiLanguage();
  const seen = new Set<string>();
  // The first disclosures say it; scanning every one of a busy tracker's would cost the popup its speed.
  const findings = record.disclosures
    .slice(0, 5)
    .flatMap((d) => healthInText({ pageUrl: d.pageUrl, pageTitle: d.pageTitle, customData: d.customData }, lang))
    .filter((f) => (seen.has(f.term.toLowerCase()) ? false : (seen.add(f.term.toLowerCase()), true)))
    .slice(0, 3);
  if (findings.length === 0) return null;
  return (
    <ul class="health-in-sent" data-testid="health-in-sent">
      {findings.map((f) => (
        <li>{t('healthInSent', [t(`healthInSent_${f.field}`), f.term, `${categoryLabel(f.category, lang)} · ${f.excerpt}`])}</li>
      ))}
    </ul>
  );
}

export function TrackerDetails({ record, page, requests }: { record: TrackerRecord; page: PageRecord; requests: RecordedRequest[] }) {
  const { chips, values } = summariseTracker(record);
  return (
    <div class="tracker-details">
      <ConsentLabel record={record} page={page} requests={requests} />
      {isHealthPage(page.health) && <HealthInSent record={record} />}
      {chips.length > 0 && (
        <ul class="chips" data-testid="chips" aria-label={t('popupWhatWasSent')}>
          {chips.map((chip) => (
            <li class={`chip chip-${chip.id}`} data-chip={chip.id}>
              {chipText(chip)}
            </li>
          ))}
        </ul>
      )}
      {record.loginCookies && <p class="login-note">{t('popupLoginCookieNote', record.loginCookies.platform)}</p>}
      <LazyDetails class="values" summary={t('popupWhatWasSent')}>
        {() => (
          <>
            {values.length > 0 ? (
              <table data-testid="values">
                <tbody>
                  {values.map((item) => (
                    <ValueRow item={item} />
                  ))}
                </tbody>
              </table>
            ) : (
              <p class="muted">{t('popupNothingDecoded')}</p>
            )}
            <LazyDetails class="raw-requests" summary={t('popupRawRequests')}>
              {() => (
                <>
                  <ul>
                    {requests.slice(0, RAW_SHOWN).map((request) => (
                      <RawRequest request={request} />
                    ))}
                  </ul>
                  {requests.length > RAW_SHOWN && <p class="muted">{t('popupMoreRequests', String(requests.length - RAW_SHOWN))}</p>}
                </>
              )}
            </LazyDetails>
          </>
        )}
      </LazyDetails>
    </div>
  );
}
