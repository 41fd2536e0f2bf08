// The readable report as plain text, for the terminal: per visit the page, the
// health verdict with its reasons, and per recipient what it received.
import { whatWasSent, makeRedactor, NO_REDACTION, type EvidenceBundle, type Lang } from '../core/evidence/index';
import { categoryLabel } from '../core/health/reasons';
import { recipientName } from '../core/letters/index';

const T = {
  en: {
    title: 'Pixelwacht report',
    site: 'Site',
    visits: 'Visits',
    health: 'Page about health',
    notHealth: 'Not recognised as a page about health',
    because: 'because',
    sent: 'received',
    none: 'No requests to trackers were recorded on this page.',
    request: 'request',
    compressed: 'compressed body',
    digest: 'SHA-256 of the evidence file',
    method:
      'Method: the HAR file holds what the browser sent while it was recorded; Pixelwacht analysed it. Neither can show transfers between servers, nor what the recipients did with the data.',
  },
  nl: {
    title: 'Pixelwacht-rapport',
    site: 'Site',
    visits: 'Bezoeken',
    health: 'Pagina over gezondheid',
    notHealth: 'Niet herkend als pagina over gezondheid',
    because: 'omdat',
    sent: 'ontving',
    none: 'Op deze pagina zijn geen verzoeken aan trackers vastgelegd.',
    request: 'verzoek',
    compressed: 'gecomprimeerde body',
    digest: 'SHA-256 van het bewijsbestand',
    method:
      'Werkwijze: het HAR-bestand bevat wat de browser verstuurde terwijl het werd vastgelegd; Pixelwacht heeft het geanalyseerd. Geen van beide toont doorgifte tussen servers, of wat de ontvangers met de gegevens deden.',
  },
} as const;

const REQUESTS_SHOWN = 3;

export function textReport(bundle: EvidenceBundle, lang: Lang, digest: string): string {
  const t = T[lang];
  const r = makeRedactor(bundle, NO_REDACTION, lang);
  const lines = [`${t.title}`, `${t.site}: ${bundle.site}`, `${t.visits}: ${bundle.visits.length}`, ''];
  for (const visit of bundle.visits) {
    lines.push(`== ${visit.startedAtIso}  ${visit.url}`);
    if (visit.title) lines.push(`   ${visit.title}`);
    if (visit.health.isHealthPage) {
      lines.push(`   ${t.health}: ${visit.health.categories.map((c) => categoryLabel(c, lang)).join(', ')}`);
      const reasons = visit.health.reasons[lang].slice(0, 5);
      if (reasons.length > 0) lines.push(`   ${t.because}: ${reasons.join('; ')}`);
    } else {
      lines.push(`   ${t.notHealth}`);
    }
    const trackers = Object.values(visit.trackers);
    if (trackers.length === 0) lines.push(`   ${t.none}`);
    for (const tracker of trackers) {
      lines.push(`   - ${recipientName(tracker.tracker.companyKey, tracker.tracker.company, tracker.tracker.key)} (${tracker.tracker.name}, ${tracker.kind}) ${t.sent}:`);
      for (const item of whatWasSent(tracker, r)) {
        const values = item.values.length > 0 ? `: ${item.values.slice(0, 3).join(' | ')}` : '';
        lines.push(`       · ${item.label}${values}`);
      }
      // Which request carried what: the findings kept per request, for the first few requests.
      const own = visit.requests.filter((q) => q.recorded.trackerKey === tracker.tracker.key && (q.recorded.findings?.length ?? 0) > 0);
      if (own.length > 1 || (own.length === 1 && tracker.requestCount > 1)) {
        for (const q of own.slice(0, REQUESTS_SHOWN)) {
          const asTracker = { ...tracker, loginCookies: null, disguised: false, disclosures: [{ vendor: '', carriedBy: {}, findings: q.recorded.findings }] };
          const labels = whatWasSent(asTracker, r).map((i) => i.label);
          const where = q.recorded.url.replace(/^[a-z]+:\/\//i, '').replace(/[?#].*$/, '');
          const how = q.recorded.inflated ? `, ${t.compressed} (${q.recorded.inflated.format})` : '';
          lines.push(`       ${t.request} ${q.timeIso} ${q.recorded.method} ${where}${how}: ${labels.join(', ')}`);
        }
      }
    }
    lines.push('');
  }
  lines.push(`${t.digest}: ${digest}`, '', t.method);
  return lines.join('\n');
}
