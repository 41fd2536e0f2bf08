// One page visit on the site page: when, which page, the health verdict, the
// consent timeline, and per company what each tracker received. Everything that
// came from the page (title, address, decoded values) is rendered as text.
import { describeConsent, formatDuration } from '../core/consent/describe-consent';
import type { ConsentEvent } from '../core/consent/types';
import { categoryLabel, formatReason } from '../core/health/reasons';
import { companiesOf } from '../core/records/companies';
import { summariseTracker } from '../core/records/disclosure-summary';
import { specialCategoryDisclosures } from '../core/records/health-alarm';
import type { PageRecord, TrackerRecord } from '../core/records/page-record';
import { isHealthPage } from '../core/records/page-health';
import { firstRequestConsent } from '../core/records/page-summary';
import { t, uiLanguage } from '../ui/i18n';
import { Explain, ExplainAll, type Explanation } from './Explain';
import { formatDateTime } from './format';
import { categoryName, chipText, explainKey, HEALTH_PAGE_EXPLAIN, kindLabel, SPECIAL_CATEGORY_EXPLAIN } from './labels';
import { RequestTable } from './RequestTable';

const REASONS_SHOWN = 6;

function HealthVerdict({ page }: { page: PageRecord }) {
  const lang = uiLanguage();
  const health = isHealthPage(page.health);
  const verdict = page.health?.verdict ?? null;
  const override = page.health?.override ?? null;
  const categories = verdict?.categories ?? [];
  return (
    <div class={`verdict ${health ? 'is-health' : ''}`} data-testid="visit-health" data-health={String(health)}>
      <p>
        <strong>{t(health ? 'healthHeading' : 'healthNotHeading')}</strong>
        {health && categories.length > 0 && <span>: {categories.map((c) => categoryLabel(c, lang)).join(', ')}</span>}
      </p>
      {override && <p class="muted">{t(override.scope === 'site' ? 'healthOverriddenSite' : 'healthOverriddenPage')}</p>}
      {health && verdict && !override && verdict.reasonCodes.length > 0 && (
        <details>
          <summary>{t('healthWhy')}</summary>
          <ul data-testid="visit-reasons">
            {verdict.reasonCodes.slice(0, REASONS_SHOWN).map((code, i) => (
              <li key={i}>{formatReason(code, lang)}</li>
            ))}
          </ul>
        </details>
      )}
      <Explain label={t('healthHeading')} textKey={HEALTH_PAGE_EXPLAIN} />
    </div>
  );
}

function Alarm({ page }: { page: PageRecord }) {
  const disclosed = specialCategoryDisclosures(page);
  if (disclosed.length === 0) return null;
  return (
    <div class="alarm" data-testid="visit-alarm">
      <p>
        <strong>{t('specialCategory')}</strong>
      </p>
      <ul>
        {disclosed.map((d) => (
          <li key={d.company}>{t('badgeTooltipAlarmItem', [d.company, d.what.map((w) => t(`disclosed_${w.replace(/-/g, '_')}`)).join(', ')])}</li>
        ))}
      </ul>
      <Explain label={t('specialCategory')} textKey={SPECIAL_CATEGORY_EXPLAIN} />
    </div>
  );
}

const CHOICE_KEYS: Record<string, string> = {
  'accept-all': 'consentEventAccept',
  'reject-all': 'consentEventReject',
  'save-custom': 'consentEventCustom',
  other: 'consentEventOther',
};

function eventText(event: ConsentEvent): string | null {
  switch (event.type) {
    case 'first-interaction':
      return t('consentEventInteraction');
    case 'banner-shown':
      return t('consentEventBannerShown', event.cmp === 'generic' ? t('consentEventGenericBanner') : event.cmp);
    case 'banner-hidden':
      return t('consentEventBannerHidden');
    case 'choice':
      return t(CHOICE_KEYS[event.choice] ?? 'consentEventOther');
    default:
      return null;
  }
}

function ConsentTimeline({ page }: { page: PageRecord }) {
  const lang = uiLanguage();
  const timeline = page.consent;
  if (!timeline) return <p class="muted">{t('dashboardConsentUnknown')}</p>;
  const events = timeline.events.map((e) => ({ e, text: eventText(e) })).filter((x) => x.text !== null);
  return (
    <div class="consent-timeline">
      <h4>{t('dashboardConsentHeading')}</h4>
      {events.length === 0 ? (
        <p class="muted">{t('dashboardConsentNothing')}</p>
      ) : (
        <ol data-testid="consent-events">
          {events.map(({ e, text }, i) => (
            <li key={i}>
              <span class="offset">{formatDuration(Math.max(0, e.t - timeline.navigationStart), lang)}</span> {text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function TrackerItem({ record, page }: { record: TrackerRecord; page: PageRecord }) {
  const lang = uiLanguage();
  const { chips, values } = summariseTracker(record);
  const { state, sinceNavigationMs, earlierChoice } = firstRequestConsent(page, record.firstSeen);
  const signals = record.disclosures.find((d) => d.consent)?.consent;
  const consent = describeConsent(state, sinceNavigationMs, lang, signals, earlierChoice ? { earlierChoice } : undefined);
  const explanations: Explanation[] = [
    { label: kindLabel(record.kind), key: explainKey('kind', record.kind) },
    { label: categoryName(record.tracker.category), key: explainKey('category', record.tracker.category) },
    ...chips.map((chip) => ({ label: chipText(chip), key: explainKey('chip', chip.id) })),
    { label: describeConsent(state, null, lang), key: explainKey('consent', state) },
  ];
  return (
    <li class="tracker" data-testid="visit-tracker" data-tracker={record.tracker.key}>
      <p class="tracker-head">
        <span class="tracker-name">{record.tracker.name}</span> <span class="tag">{kindLabel(record.kind)}</span>{' '}
        <span class="muted">{categoryName(record.tracker.category)}</span> <span class="muted" aria-hidden="true">·</span>{' '}
        <span class="muted">{record.requestCount === 1 ? t('popupRequestCountOne') : t('popupRequestCount', String(record.requestCount))}</span>
      </p>
      <p class={`consent consent-${state}`} data-testid="visit-consent" data-consent={state}>
        {t('consentFirstRequest', consent)}
      </p>
      {chips.length > 0 && (
        <ul class="chips" aria-label={t('popupWhatWasSent')} data-testid="visit-chips">
          {chips.map((chip) => (
            <li key={`${chip.id}:${chip.detail ?? ''}`} class={`chip chip-${chip.id}`} data-chip={chip.id}>
              {chipText(chip)}
            </li>
          ))}
        </ul>
      )}
      {record.loginCookies && <p class="login-note">{t('popupLoginCookieNote', record.loginCookies.platform)}</p>}
      {values.length > 0 && (
        <details class="values">
          <summary>{t('popupWhatWasSent')}</summary>
          <table data-testid="visit-values">
            <tbody>
              {values.map((item, i) => (
                <tr key={i}>
                  <th scope="row">{fieldLabel(item.field)}</th>
                  <td class="value">{item.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <ExplainAll items={explanations} />
    </li>
  );
}

function fieldLabel(field: string): string {
  const [group, ...rest] = field.split('.');
  const label = t(`field_${group}`);
  return rest.length > 0 ? `${label} (${rest.join('.')})` : label;
}

export function VisitCard({ page }: { page: PageRecord }) {
  const companies = companiesOf(page);
  return (
    <article class="visit" data-testid="visit" aria-labelledby={`visit-${page.visitId}`}>
      <header>
        <h3 id={`visit-${page.visitId}`}>
          <time dateTime={new Date(page.startedAt).toISOString()}>{formatDateTime(page.startedAt)}</time>
        </h3>
        <p class="page-title" data-testid="visit-title">
          {page.title ?? t('dashboardNoTitle')}
        </p>
        <p class="url" data-testid="visit-url">
          {page.url}
        </p>
      </header>
      <Alarm page={page} />
      <HealthVerdict page={page} />
      <ConsentTimeline page={page} />
      <h4>{companies.length === 1 ? t('popupSummaryCountOne') : t('popupSummaryCount', String(companies.length))}</h4>
      <ul class="companies">
        {companies.map((company) => (
          <li key={company.companyKey} class="company" data-testid="visit-company" data-company={company.company}>
            <p class="company-head">
              <strong>{company.company}</strong>
              {company.country && <span class="muted"> · {t('popupCountry', company.country)}</span>}
            </p>
            <ul class="trackers">
              {company.trackers.map((record) => (
                <TrackerItem key={record.tracker.key} record={record} page={page} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <RequestTable page={page} />
    </article>
  );
}
