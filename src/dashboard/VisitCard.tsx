// One page visit on the site page: when, which page, the health verdict, the
// consent timeline, and per company what each tracker received. Everything that
// came from the page (title, address, decoded values) is rendered as text.
import { describeConsent, formatDuration } from '../core/consent/describe-consent';
import type { ConsentEvent } from '../core/consent/types';
import { categoryLabel, formatReason } from '../core/health/reasons';
import { companyLines, healthRecipients, type CompanyLine } from '../core/records/company-lines';
import { listOf } from '../core/records/headline';
import { summariseTracker } from '../core/records/disclosure-summary';
import type { PageRecord, TrackerRecord } from '../core/records/page-record';
import { isHealthPage } from '../core/records/page-health';
import { firstRequestConsent } from '../core/records/page-summary';
import { CompanyLines } from '../ui/CompanyLines';
import { ShieldBlocked } from '../ui/ShieldBlocked';
import { IncompleteNote } from '../ui/RecordMarks';
import { plural, t, uiLanguage } from '../ui/i18n';
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

function Alarm({ page, lines }: { page: PageRecord; lines: CompanyLine[] }) {
  const disclosed = healthRecipients(page, lines);
  if (disclosed.length === 0) return null;
  return (
    <div class="alarm" data-testid="visit-alarm">
      <p>
        <strong>{t('specialCategory')}</strong>
      </p>
      <ul>
        {disclosed.map((d) => (
          <li key={d.brand}>{t('badgeTooltipAlarmItem', [d.brand, listOf(d.what.map((w) => t(`disclosed_${w.replace(/-/g, '_')}`)), (k, s) => t(k, s), uiLanguage())])}</li>
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
              {t('dashboardConsentAt', [formatDuration(Math.max(0, e.t - timeline.navigationStart), lang), text!])}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The dashboard's addition to a tracker: what its kind, category, chips and consent state mean. */
function explanations(page: PageRecord) {
  const lang = uiLanguage();
  return (record: TrackerRecord) => {
    const { chips } = summariseTracker(record);
    const { state } = firstRequestConsent(page, record.firstSeen);
    const items: Explanation[] = [
      { label: kindLabel(record.kind), key: explainKey('kind', record.kind) },
      { label: categoryName(record.tracker.category), key: explainKey('category', record.tracker.category) },
      ...chips.map((chip) => ({ label: chipText(chip), key: explainKey('chip', chip.id) })),
      { label: describeConsent(state, null, lang), key: explainKey('consent', state) },
    ];
    return <ExplainAll items={items} />;
  };
}

export function VisitCard({ page, highlighted = false }: { page: PageRecord; highlighted?: boolean }) {
  const lines = companyLines(page);
  return (
    <article class={`visit${highlighted ? ' highlighted' : ''}`} data-testid="visit" data-visit={page.visitId} data-highlighted={String(highlighted)} id={`visit-card-${page.visitId}`} aria-labelledby={`visit-${page.visitId}`}>
      <header>
        {highlighted && <p class="from-popup" data-testid="visit-from-popup">{t('siteVisitFromPopup')}</p>}
        <h3 id={`visit-${page.visitId}`}>
          <time dateTime={new Date(page.startedAt).toISOString()}>{formatDateTime(page.startedAt)}</time>
        </h3>
        <p class="page-title" data-testid="visit-title">
          {page.title ?? t('dashboardNoTitle')}
        </p>
        <p class="url" data-testid="visit-url">
          {page.url}
        </p>
        <IncompleteNote page={page} />
      </header>
      <Alarm page={page} lines={lines} />
      <ShieldBlocked page={page} lines={lines} headingId={`shield-${page.visitId}`} level={4} />
      <HealthVerdict page={page} />
      <ConsentTimeline page={page} />
      <h4>{plural('popupSummaryCount', lines.length)}</h4>
      <CompanyLines page={page} lines={lines} prefix="visit-" extra={explanations(page)} />
      <RequestTable page={page} />
    </article>
  );
}
