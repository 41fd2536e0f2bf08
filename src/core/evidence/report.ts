// The readable evidence report: one standalone HTML document, no scripts, inline CSS,
// printable. Every value that came from a page or a request goes through escapeHtml.
import { escapeHtml as e } from './escape-html';
import { consentEventText } from './consent-events';
import { clockTime, dateTime, longDate } from './format-date';
import { METHOD_NOTE } from './method-note';
import { makeRedactor, NO_REDACTION, redactedReason, type Redaction, type Redactor } from './redaction';
import { REPORT_CSS } from './report-style';
import type { EvidenceBundle, EvidenceTracker, EvidenceVisit, Lang } from './types';
import { whatWasSent } from './what-was-sent';
import { asSingleRequest, incompleteReasons, type IncompleteReason } from '../records/record-marks';
import type { RequestSource } from '../records/page-record';
import { categoryLabel } from '../health/reasons';

export interface ReportOptions {
  lang: Lang;
  /** SHA-256 of the evidence file's bytes (evidenceDigest). */
  digest: string;
  redaction?: Redaction;
}

const T = {
  en: {
    title: 'Evidence report', generated: 'Generated', version: 'Pixelwacht version', browser: 'Browser', db: 'Tracker database',
    digest: 'SHA-256 of the evidence file', visits: 'Page visits', visit: 'Visit', started: 'Page opened', pageTitle: 'Page title',
    time: 'Time', page: 'Page', recipient: 'Recipient', sent: 'What was sent', sentOrTried: 'What was sent, or tried and blocked', consent: 'Consent state', requests: 'requests',
    health: 'Health page', notHealth: 'Not assessed as a health page', noVerdict: 'No health assessment was recorded.',
    byUser: 'as marked by the user', byClassifier: 'automatic assessment', reasons: 'Reasons', timeline: 'Consent timeline',
    noTimeline: 'No consent timeline was recorded for this visit; consent states are therefore “unknown”.',
    method: 'What Pixelwacht can and cannot see', redactedPages: 'Page addresses and titles are replaced by the kind of page.',
    redactedIds: 'The user’s own identifiers are replaced by [removed].',
    rawNote: 'The evidence file is not redacted; it holds the requests exactly as recorded. Check it with: sha256sum <file>.',
    noTrackers: 'No tracker requests were recorded on this page.', dropped: 'further requests not kept (per-page cap); the counts above are exact.',
    summary: (n: number, s: string) => `${n} page visit${n === 1 ? '' : 's'} to ${s}.`, categories: 'Categories',
    incomplete: 'This record may be incomplete',
    reasons_: {
      'opened-before-start': 'This page was open before Pixelwacht was listening: requests it made earlier are known only from the page’s own list of what it loaded.',
      'worker-restarted': 'Pixelwacht’s background was restarted during this visit: this record may miss requests.',
      'page-timing-capped': 'The page’s own list of what it loaded was longer than Pixelwacht compares: this record may miss requests.',
      truncated: 'Some of what this page sent was too long to keep in full: what was cut is marked in the evidence file.',
    } satisfies Record<IncompleteReason, string>,
    source: {
      'page-timing': 'seen by the page, not by the browser’s request log',
      'service-worker': 'sent by the site’s service worker',
    } satisfies Record<RequestSource, string>,
    carried: (n: number, of: number, to: string, what: string) => `Request ${n} of ${of} to ${to} carried: ${what}.`,
    carriedNothing: (n: number, of: number, to: string) => `Request ${n} of ${of} to ${to}: nothing decoded.`,
    moreRequests: (n: number) => `and ${n} more request${n === 1 ? '' : 's'}`,
  },
  nl: {
    title: 'Bewijsrapport', generated: 'Gemaakt', version: 'Versie van Pixelwacht', browser: 'Browser', db: 'Trackerdatabase',
    digest: 'SHA-256 van het bewijsbestand', visits: 'Paginabezoeken', visit: 'Bezoek', started: 'Pagina geopend', pageTitle: 'Paginatitel',
    time: 'Tijd', page: 'Pagina', recipient: 'Ontvanger', sent: 'Wat werd verstuurd', sentOrTried: 'Wat werd verstuurd, of geprobeerd en geblokkeerd', consent: 'Toestemmingsstatus', requests: 'verzoeken',
    health: 'Gezondheidspagina', notHealth: 'Niet beoordeeld als gezondheidspagina', noVerdict: 'Er is geen gezondheidsoordeel vastgelegd.',
    byUser: 'zo aangemerkt door de gebruiker', byClassifier: 'automatische beoordeling', reasons: 'Redenen', timeline: 'Tijdlijn van toestemming',
    noTimeline: 'Voor dit bezoek is geen toestemmingstijdlijn vastgelegd; de toestemmingsstatus is daarom “onbekend”.',
    method: 'Wat Pixelwacht wel en niet kan zien', redactedPages: 'De adressen en titels van pagina’s zijn vervangen door het soort pagina.',
    redactedIds: 'De eigen identificatiecodes van de gebruiker zijn vervangen door [verwijderd].',
    rawNote: 'Het bewijsbestand is niet bewerkt; het bevat de verzoeken precies zoals vastgelegd. Controleer het met: sha256sum <bestand>.',
    noTrackers: 'Op deze pagina zijn geen trackerverzoeken vastgelegd.', dropped: 'verdere verzoeken niet bewaard (maximum per pagina); de aantallen hierboven kloppen.',
    summary: (n: number, s: string) => `${n} ${n === 1 ? 'paginabezoek' : 'paginabezoeken'} aan ${s}.`, categories: 'Categorieën',
    incomplete: 'Dit overzicht kan onvolledig zijn',
    reasons_: {
      'opened-before-start': 'Deze pagina was al open voordat Pixelwacht luisterde: eerdere verzoeken zijn alleen bekend uit de eigen lijst van de pagina van wat zij laadde.',
      'worker-restarted': 'De achtergrond van Pixelwacht is tijdens dit bezoek herstart: dit overzicht kan verzoeken missen.',
      'page-timing-capped': 'De eigen lijst van de pagina van wat zij laadde was langer dan wat Pixelwacht vergelijkt: dit overzicht kan verzoeken missen.',
      truncated: 'Een deel van wat deze pagina verstuurde was te lang om volledig te bewaren: wat is ingekort, is in het bewijsbestand gemarkeerd.',
    } satisfies Record<IncompleteReason, string>,
    source: {
      'page-timing': 'gezien door de pagina, niet door het verzoekenlogboek van de browser',
      'service-worker': 'verstuurd door de service worker van de site',
    } satisfies Record<RequestSource, string>,
    carried: (n: number, of: number, to: string, what: string) => `Verzoek ${n} van ${of} aan ${to} bevatte: ${what}.`,
    carriedNothing: (n: number, of: number, to: string) => `Verzoek ${n} van ${of} aan ${to}: niets ontcijferd.`,
    moreRequests: (n: number) => `en nog ${n} ${n === 1 ? 'verzoek' : 'verzoeken'}`,
  },
};

/** Requests the health shield stopped: what they carried was only attempted, never received. */
function blockedLine(tracker: EvidenceTracker, lang: Lang): string {
  const blocked = tracker.blocked ?? 0;
  if (blocked === 0) return '';
  const all = tracker.requestCount;
  const text =
    lang === 'nl'
      ? blocked >= all
        ? 'De pagina probeerde dit te versturen; het gezondheidsschild van Pixelwacht blokkeerde elk verzoek.'
        : `Het gezondheidsschild van Pixelwacht blokkeerde ${blocked} van de ${all} verzoeken; de andere gingen wel weg.`
      : blocked >= all
        ? 'The page tried to send this; Pixelwacht’s health shield blocked every request.'
        : `Pixelwacht’s health shield blocked ${blocked} of the ${all} requests; the others did leave.`;
  return `<p class="blocked">${e(text)}</p>`;
}

const REQUESTS_SHOWN = 10;

/**
 * Which request carried what ("Request 3 of 7 to … carried: a hashed e-mail address"), from the
 * findings kept per request (records/request-findings.ts), with who saw a request when not the
 * browser's request log. Only when it adds something: several requests, or one not from the request log.
 */
function perRequest(visit: EvidenceVisit, key: string, tracker: EvidenceTracker, r: Redactor): string {
  const t = T[r.lang];
  const own = visit.requests.filter((q) => q.recorded.trackerKey === key);
  if (own.length === 0 || (tracker.requestCount <= 1 && own.every((q) => !q.recorded.source))) return '';
  const total = Math.max(tracker.requestCount, own.length);
  const lines = own.slice(0, REQUESTS_SHOWN).map((q, i) => {
    const labels = (q.recorded.findings?.length ?? 0) > 0 ? whatWasSent(asSingleRequest(tracker, q.recorded), r).map((item) => item.label) : [];
    const text = labels.length > 0 ? t.carried(i + 1, total, tracker.tracker.name, labels.join(', ')) : t.carriedNothing(i + 1, total, tracker.tracker.name);
    const mark = q.recorded.source ? ` — ${t.source[q.recorded.source]}` : '';
    return `<li>${e(clockTime(q.timeIso))}: ${e(text)}${e(mark)}</li>`;
  });
  const more = own.length > REQUESTS_SHOWN ? `<li>${e(t.moreRequests(own.length - REQUESTS_SHOWN))}</li>` : '';
  return `<ul class="per-request note">${lines.join('')}${more}</ul>`;
}

function sentCell(visit: EvidenceVisit, key: string, tracker: EvidenceTracker, r: Redactor): string {
  const items = whatWasSent(tracker, r);
  const li = items.map((i) => `<li>${e(i.label)}${i.values.length ? `: <code>${i.values.map(e).join('</code>, <code>')}</code>` : ''}</li>`);
  return `${blockedLine(tracker, r.lang)}<ul>${li.join('')}</ul>${perRequest(visit, key, tracker, r)}`;
}

/** Why the record may be incomplete: said before the table, so no reader takes it as all there was. */
function incompleteBlock(visit: EvidenceVisit, lang: Lang): string {
  const reasons = incompleteReasons(visit);
  if (reasons.length === 0) return '';
  const t = T[lang];
  return `<div class="note incomplete"><strong>${e(t.incomplete)}</strong><ul>${reasons.map((reason) => `<li>${e(t.reasons_[reason])}</li>`).join('')}</ul></div>`;
}

function recipientHost(visit: EvidenceVisit, key: string): string {
  const first = visit.requests.find((q) => q.recorded.trackerKey === key);
  const m = first ? /^[a-z]+:\/\/([^/?#]+)([^?#]*)/i.exec(first.recorded.url) : null;
  return m ? `${m[1]}${m[2]}` : '';
}

function healthBlock(visit: EvidenceVisit, r: Redactor, lang: Lang): string {
  const t = T[lang];
  const h = visit.health;
  if (h.decidedBy === 'none') return `<p class="not-health">${e(t.noVerdict)}</p>`;
  const by = h.decidedBy === 'user' ? t.byUser : t.byClassifier;
  const head = h.isHealthPage ? t.health : t.notHealth;
  const cats = h.categories.length ? ` — ${t.categories}: ${h.categories.map((c) => e(categoryLabel(c, lang))).join(', ')}` : '';
  const codes = h.verdict?.reasonCodes ?? [];
  const reasons = r.redaction.pageAddresses === 'category' ? codes.map((c) => redactedReason(c, lang)) : h.reasons[lang].map((s) => r.text(s));
  const list = reasons.length ? `<br>${e(t.reasons)}:<ul>${reasons.map((s) => `<li>${e(s)}</li>`).join('')}</ul>` : '';
  return `<div class="${h.isHealthPage ? 'health' : 'not-health'}"><strong>${e(head)}</strong> (${e(by)})${cats}${list}</div>`;
}

function timelineBlock(visit: EvidenceVisit, lang: Lang): string {
  const t = T[lang];
  if (!visit.consent.recorded) return `<p class="note">${e(t.noTimeline)}</p>`;
  const items = visit.consent.events.map((ev) => `<li>${e(clockTime(ev.atIso))}: ${e(consentEventText(ev.event, lang))}</li>`);
  return `<h3>${e(t.timeline)}</h3><ul>${items.join('')}</ul>`;
}

function visitSection(visit: EvidenceVisit, index: number, r: Redactor, lang: Lang): string {
  const t = T[lang];
  const page = r.page(visit);
  const title = r.title(visit);
  const trackers = Object.entries(visit.trackers).sort((a, b) => a[1].firstSeen - b[1].firstSeen || a[0].localeCompare(b[0]));
  const rows = trackers.map(([key, tr]) => {
    const count = tr.requestCount > 1 ? ` <span class="note">(${tr.requestCount} ${e(t.requests)})</span>` : '';
    return `<tr><td>${e(clockTime(tr.firstSeenIso))}</td><td>${e(page)}</td><td><strong>${e(tr.tracker.company)}</strong><br>${e(tr.tracker.name)}${count}<br><code>${e(r.text(recipientHost(visit, key)))}</code></td><td>${sentCell(visit, key, tr, r)}</td><td>${e(tr.firstConsent.description[lang])}</td></tr>`;
  });
  // A blocked request was an attempt: the column does not call everything in it "sent".
  const sentHeading = trackers.some(([, tr]) => (tr.blocked ?? 0) > 0) ? t.sentOrTried : t.sent;
  const table = rows.length
    ? `<table><thead><tr><th>${e(t.time)}</th><th>${e(t.page)}</th><th>${e(t.recipient)}</th><th>${e(sentHeading)}</th><th>${e(t.consent)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p>${e(t.noTrackers)}</p>`;
  const dropped = visit.droppedRequests > 0 ? `<p class="note">${visit.droppedRequests} ${e(t.dropped)}</p>` : '';
  return [
    `<section><h2>${e(t.visit)} ${index + 1}: ${e(page)}</h2>`,
    `<dl class="meta"><dt>${e(t.started)}</dt><dd>${e(dateTime(visit.startedAtIso, lang))}</dd>`,
    title !== null ? `<dt>${e(t.pageTitle)}</dt><dd>${e(title)}</dd>` : '',
    `</dl>`,
    incompleteBlock(visit, lang),
    healthBlock(visit, r, lang),
    timelineBlock(visit, lang),
    table,
    dropped,
    `</section>`,
  ].join('\n');
}

export function renderReport(bundle: EvidenceBundle, options: ReportOptions): string {
  const { lang, digest } = options;
  const redaction = options.redaction ?? NO_REDACTION;
  const t = T[lang];
  const r = makeRedactor(bundle, redaction, lang);
  const { browser: agent } = bundle;
  const notes = [
    redaction.pageAddresses === 'category' ? t.redactedPages : '',
    redaction.ownIdentifiers === 'remove' ? t.redactedIds : '',
    t.rawNote,
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Belt and braces: even if a value escaped escaping, the browser runs no script.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${e(t.title)} — ${e(bundle.site)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(t.title)}: ${e(bundle.site)}</h1>`,
    `<p>${e(t.summary(bundle.visits.length, bundle.site))}</p>`,
    '<dl class="meta">',
    `<dt>${e(t.generated)}</dt><dd>${e(dateTime(bundle.generatedAt, lang))}</dd>`,
    `<dt>${e(t.version)}</dt><dd>${e(bundle.generator.version)}</dd>`,
    `<dt>${e(t.browser)}</dt><dd>${e(`${agent.name} ${agent.version}`)}</dd>`,
    `<dt>${e(t.db)}</dt><dd>${e(bundle.trackerDatabase.version)}</dd>`,
    `<dt>${e(t.digest)}</dt><dd class="digest">${e(digest)}</dd>`,
    '</dl>',
    notes.map((n) => `<p class="note">${e(n)}</p>`).join('\n'),
    bundle.visits.map((v, i) => visitSection(v, i, r, lang)).join('\n'),
    `<section><h2>${e(t.method)}</h2>${METHOD_NOTE[lang].map((p) => `<p>${e(p)}</p>`).join('')}</section>`,
    `<footer class="note"><p>Pixelwacht ${e(bundle.generator.version)} — ${e(longDate(bundle.generatedAt, lang))}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
