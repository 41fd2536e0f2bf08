// report.html: one self-contained, printable page (no script, no external resource)
// that a newsroom or a regulator can publish: the headline figures, two charts as
// inline SVG, a table per site and consent run, and the method. Everything that
// came from a page (addresses, labels, CMP names, company names) is escaped.
import { escapeHtml as e } from '../../core/evidence/escape-html';
import { headline, type CompanyFigure, type ScanFigures, type SiteRun } from './scan-results';
import type { ConsentRun } from './page-outcome';

export interface ReportMethod {
  startedAt: number;
  finishedAt: number;
  browser: string;
  extensionVersion: string;
  trackerDbVersion: string;
  pagesPerSite: number;
  listName: string;
  /** Evidence file per site and run, with its SHA-256. */
  evidence: { site: string; run: ConsentRun; file: string; sha256: string }[];
}

const RUN_NAMES: Record<ConsentRun, string> = { none: 'no choice made', reject: 'banner refused', accept: 'banner accepted' };
const MAX_CHART_ROWS = 12;

const isoMinute = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** Horizontal bars: one row per label, one bar per series. */
export function barChart(title: string, rows: { label: string; values: number[] }[], series: { name: string; colour: string }[]): string {
  const shown = rows.slice(0, MAX_CHART_ROWS);
  const max = Math.max(1, ...shown.flatMap((r) => r.values));
  const barH = 14;
  const rowH = series.length * barH + 10;
  const labelW = 170;
  const plotW = 420;
  const height = shown.length * rowH + 30;
  const bars = shown
    .map((row, i) => {
      const y = 24 + i * rowH;
      const label = `<text x="${labelW - 8}" y="${y + (series.length * barH) / 2 + 4}" text-anchor="end">${e(row.label.slice(0, 40))}</text>`;
      const rects = row.values
        .map((value, j) => {
          const w = Math.round((value / max) * plotW);
          const by = y + j * barH;
          return `<rect x="${labelW}" y="${by}" width="${w}" height="${barH - 2}" fill="${series[j]!.colour}"><title>${e(series[j]!.name)}: ${value}</title></rect><text x="${labelW + w + 4}" y="${by + barH - 4}">${value}</text>`;
        })
        .join('');
      return label + rects;
    })
    .join('');
  const legend = series.map((s, j) => `<rect x="${labelW + j * 150}" y="4" width="10" height="10" fill="${s.colour}"/><text x="${labelW + j * 150 + 14}" y="13">${e(s.name)}</text>`).join('');
  return `<figure><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" viewBox="0 0 ${labelW + plotW + 40} ${height}" width="100%" style="max-width:${labelW + plotW + 40}px" font-size="11" font-family="sans-serif">${legend}${bars}</svg></figure>`;
}

function siteRunRows(run: ConsentRun, r: SiteRun): string {
  const recipients = Object.entries(r.healthRecipients)
    .map(([brand, h]) => {
      const when = [h.beforeChoice ? 'before any choice' : '', h.afterRefusal ? 'after refusal' : '', h.afterAcceptance ? 'after acceptance' : ''].filter(Boolean).join(', ');
      return `${e(brand)} (${h.pages} page${h.pages === 1 ? '' : 's'}${when ? `; ${e(when)}` : ''})`;
    })
    .join('<br>');
  const others = Object.keys(r.companies).filter((b) => !r.healthRecipients[b]).map(e).join(', ');
  const problems = r.problems.map((p) => `${e(p.status)}: ${e(p.url)}${p.finalUrl && p.finalUrl !== p.url ? ` → ${e(p.finalUrl)}` : ''}`).join('<br>');
  const banner = run === 'none' || r.status !== 'ok' ? '—' : r.banner ? `${e(r.banner)}${r.clicked ? ' (clicked)' : ' (no control found)'}` : r.clicked ? 'chosen earlier in this run' : 'none found';
  return `<tr><th scope="row">${e(RUN_NAMES[run])}</th><td>${e(r.status)}</td><td>${r.pages}</td><td>${r.healthPages}</td><td>${banner}</td><td>${recipients || '—'}</td><td>${others || '—'}</td><td>${problems || '—'}</td></tr>`;
}

function companyRows(companies: CompanyFigure[], runs: ConsentRun[]): string {
  return companies
    .filter((c) => c.sitesAny > 0)
    .map((c) => `<tr><th scope="row">${e(c.brand)}</th><td>${c.sitesAny}</td><td>${c.sitesHealth}</td><td>${c.healthPages}</td><td>${c.sitesBeforeChoice}</td>${runs.includes('reject') ? `<td>${c.sitesAfterRefusal}</td>` : ''}${runs.includes('accept') ? `<td>${c.sitesAfterAcceptance}</td>` : ''}</tr>`)
    .join('');
}

export function renderScanReport(f: ScanFigures, m: ReportMethod): string {
  const top = f.companies.filter((c) => c.sitesHealth > 0);
  // The seed study's company first when it is among them (its brand reads "Meta (Facebook, Instagram)").
  const meta = top.find((c) => c.brand.startsWith('Meta'));
  const lead = (meta ? [meta, ...top.filter((c) => c !== meta)] : top).slice(0, 3);
  const headlines = lead.length > 0 ? lead.map((c) => `<li>${e(headline(f, c))}</li>`).join('') : '<li>No site sent the visit of a health page to a tracking company.</li>';
  const chartHealth = barChart(
    'Companies by number of health pages whose visit they received',
    top.map((c) => ({ label: c.brand, values: [c.healthPages] })),
    [{ name: 'health pages', colour: '#b3261e' }],
  );
  const chartConsent = barChart(
    'Sites that sent health page visits, by moment of the cookie choice',
    top.map((c) => ({ label: c.brand, values: [c.sitesBeforeChoice, ...(f.runs.includes('reject') ? [c.sitesAfterRefusal] : []), ...(f.runs.includes('accept') ? [c.sitesAfterAcceptance] : [])] })),
    [
      { name: 'before any choice', colour: '#e8a33d' },
      ...(f.runs.includes('reject') ? [{ name: 'after refusal', colour: '#b3261e' }] : []),
      ...(f.runs.includes('accept') ? [{ name: 'after acceptance', colour: '#4a6fa5' }] : []),
    ],
  );
  const sites = f.siteResults
    .map((s) => {
      const rows = f.runs.map((run) => (s.runs[run] ? siteRunRows(run, s.runs[run]!) : '')).join('');
      const evidence = m.evidence.filter((x) => x.site === s.site).map((x) => `<li>${e(RUN_NAMES[x.run])}: <code>${e(x.file)}</code> SHA-256 <code class="hash">${e(x.sha256)}</code></li>`).join('');
      return `<section class="site"><h3>${e(s.label ?? s.site)} <small>${e(s.site)}${s.category ? ` · ${e(s.category)}` : ''}</small></h3>
<table><thead><tr><th>Run</th><th>Start page</th><th>Page visits</th><th>Health pages</th><th>Cookie banner</th><th>Received health page visits</th><th>Other companies</th><th>Problems</th></tr></thead><tbody>${rows}</tbody></table>
${evidence ? `<ul class="evidence">${evidence}</ul>` : ''}</section>`;
    })
    .join('\n');
  const runHeads = `${f.runs.includes('reject') ? '<th>after refusal</th>' : ''}${f.runs.includes('accept') ? '<th>after acceptance</th>' : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Pixelwacht scan: ${e(m.listName)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;color:#1c1b1f;max-width:1100px;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:2px solid #ddd}h3 small{font-weight:normal;color:#555}
.figures{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}.figure{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;min-width:9em}
.figure b{display:block;font-size:1.8em}.headline li{font-size:1.15em;margin:.3em 0}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
thead th{background:#f3f1f6}figure{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.3em}
code{font-size:.85em;word-break:break-all}.evidence{font-size:.85em;color:#333}
.site{break-inside:avoid}@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
</style></head><body>
<h1>Which sites told tracking companies about visits to health pages</h1>
<p>A scan of ${f.sites} site${f.sites === 1 ? '' : 's'} from <code>${e(m.listName)}</code> with the Pixelwacht browser extension, ${e(isoMinute(m.startedAt))} to ${e(isoMinute(m.finishedAt))}.</p>
<ul class="headline">${headlines}</ul>
<div class="figures">
<div class="figure"><b>${f.sitesScanned}</b>sites scanned (of ${f.sites})</div>
<div class="figure"><b>${f.pages}</b>page visits</div>
<div class="figure"><b>${f.healthPages}</b>health pages</div>
<div class="figure"><b>${top.length}</b>companies that received health page visits</div>
</div>
${chartHealth}
${chartConsent}
<h2>Companies</h2>
<table><thead><tr><th>Company</th><th>sites (any page)</th><th>sites (health pages)</th><th>health pages</th><th>sites before any choice</th>${runHeads}</tr></thead><tbody>${companyRows(f.companies, f.runs)}</tbody></table>
<h2>Per site</h2>
${sites}
<h2>Method</h2>
<ul>
<li>Browser: ${e(m.browser)}, headless, with the Pixelwacht extension ${e(m.extensionVersion)} (the same build users install) and the Ghostery tracker database ${e(m.trackerDbVersion)}.</li>
<li>Each site's start page was visited, then up to ${m.pagesPerSite - 1} further page${m.pagesPerSite === 2 ? '' : 's'} of the same site, chosen by health words in their link text and address (the extension's own health lexicons), then by breadth. No form was submitted and no login attempted; requests to one site were spaced out.</li>
<li>Consent runs, each in a fresh browser profile shared by that run's sites (third-party cookies blocked, as this Chromium does by default): ${f.runs.map((r) => e(RUN_NAMES[r])).join(', ')}. In the refused and accepted runs the extension's own cookie-banner detection found the banner and the control the extension records as that choice; the scan clicked it and visited the site again. A site whose banner was not found or had no such control is marked so.</li>
<li>What a page is about and what each company received are the extension's findings as its popup shows them: the health classifier's verdict, and the tracker requests it saw with what they carried. The evidence file of each site lists every request.</li>
<li>What cannot be seen: what happens on the companies' servers; server-side tracking (a site's server forwarding data, e.g. a conversions API) unless it passes through the browser; pages behind a login or a form; banners inside cross-origin frames or not recognised by the detection; content shown only after scrolling or interaction; and, when a site recognises automated browsers, what it sends to ordinary visitors. A headless browser at one moment is a sample, not a census: rerun to confirm.</li>
</ul>
</body></html>
`;
}
