// report.html and results.csv: everything a page could put there is escaped; the
// report loads nothing from elsewhere; the progress line.
import { describe, expect, test } from 'vitest';
import type { PageOutcome } from '../../../src/cli/scan/page-outcome';
import { csvCell, csvRows, CSV_COLUMNS } from '../../../src/cli/scan/scan-csv';
import { ScanProgress, formatDuration, progressLine } from '../../../src/cli/scan/scan-progress';
import { barChart, renderScanReport, type ReportMethod } from '../../../src/cli/scan/scan-report';
import { aggregate } from '../../../src/cli/scan/scan-results';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function hostileOutcome(): PageOutcome {
  return {
    run: 'reject', site: 'evil.example', label: HOSTILE, category: `"><svg onload=alert(2)>`, url: `https://evil.example/?q=${HOSTILE}`, finalUrl: 'https://evil.example/',
    kind: 'start', status: 'ok', error: null, httpStatus: 200, at: 0, linkWords: [], consent: { banner: HOSTILE, clicked: false },
    health: { isHealth: true, categories: [], reasons: [HOSTILE] },
    companies: [{ brand: HOSTILE, company: HOSTILE, requests: 1, visit: true, healthData: true, received: [], moments: ['before-choice'], blocked: 0 }],
    recordFile: null,
  };
}

const METHOD: ReportMethod = {
  startedAt: Date.UTC(2026, 11, 2, 1, 0), finishedAt: Date.UTC(2026, 11, 2, 1, 30), browser: 'Chromium 156.0', extensionVersion: '0.1.0',
  trackerDbVersion: '1.0.945', pagesPerSite: 3, listName: `${HOSTILE}.csv`,
  evidence: [{ site: 'evil.example', run: 'reject', file: `evidence/${HOSTILE}.json`, sha256: 'ab'.repeat(32) }],
};

describe('scan report', () => {
  const outcome = hostileOutcome();
  const figures = aggregate([{ site: 'evil.example', label: HOSTILE, category: outcome.category }], [outcome, { ...outcome, status: 'failed', error: HOSTILE, url: `https://evil.example/${HOSTILE}` }], ['none', 'reject']);
  const html = renderScanReport(figures, METHOD);

  test('page-derived text is escaped everywhere', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The only tags are the report's own.
    const own = new Set(['b', 'body', 'br', 'code', 'div', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'head', 'html', 'li', 'meta', 'p', 'rect', 'section', 'small', 'style', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr', 'ul']);
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase());
    expect(tags.filter((t) => !own.has(t))).toEqual([]);
    // No element has an event handler or a source (escaped text holds no '<', so these are tags).
    expect(html).not.toMatch(/<[^>]*\s(on\w+|src|href)=/i);
  });

  test('self-contained and printable: no external resource, a content policy that allows none, print styles', () => {
    expect(html).not.toMatch(/<link|<script|<img|<iframe|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('@media print');
    expect(html).toContain('What cannot be seen');
    expect(html).toContain('Chromium 156.0');
  });

  test('charts are inline SVG with one bar per value, scaled to the largest', () => {
    const svg = barChart('t', [{ label: 'A', values: [4, 2] }, { label: 'B', values: [1, 0] }], [{ name: 'x', colour: '#000' }, { name: 'y', colour: '#111' }]);
    const widths = [...svg.matchAll(/<rect x="170" y="\d+" width="(\d+)" height="12"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([420, 210, 105, 0]);
    const many = barChart('t', Array.from({ length: 100 }, (_, i) => ({ label: `c${i}`, values: [i] })), [{ name: 'x', colour: '#000' }]);
    expect(many.match(/<rect x="170" y="\d+" width="\d+" height="12"/g)).toHaveLength(12);
  });
});

describe('scan CSV', () => {
  test('quoting, formulas neutralised, one row per page and company', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(null)).toBe('');
    const outcome = hostileOutcome();
    const rows = csvRows([outcome, { ...outcome, companies: [] }]).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows[1]!.split(',')[0]).toBe('evil.example');
  });
});

describe('scan progress', () => {
  test('pages, sites and time left; the total shrinks when a site has fewer links', () => {
    let now = 0;
    const p = new ScanProgress(2, 3, ['none'], () => now);
    expect(progressLine(p.state(1))).toBe('[--------------------] run none · pages 0/6 · sites 0/2 · --:-- left');
    p.pageDone('none', 'a.nl', false);
    p.linksChosen('none', 'a.nl', 1);
    now = 10_000;
    p.pageDone('none', 'a.nl', true);
    const s = p.state(1);
    expect([s.pagesDone, s.pagesTotal, s.sitesDone, s.secondsLeft]).toEqual([2, 5, 1, 15]);
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  test('a resumed scan counts what the earlier process kept: pages, and sites whose links are all visited', () => {
    const p = new ScanProgress(3, 3, ['none'], () => 0);
    p.resumeFrom([
      { run: 'none', site: 'a.nl', kind: 'start', status: 'ok', linksChosen: 2 },
      { run: 'none', site: 'a.nl', kind: 'link', status: 'ok' },
      { run: 'none', site: 'a.nl', kind: 'link', status: 'timeout' },
      { run: 'none', site: 'b.nl', kind: 'start', status: 'ok', linksChosen: 2 },
      { run: 'none', site: 'b.nl', kind: 'link', status: 'ok' },
      { run: 'none', site: 'c.nl', kind: 'start', status: 'failed' },
    ]);
    const s = p.state(1);
    expect([s.pagesDone, s.pagesTotal, s.sitesDone, s.secondsLeft]).toEqual([6, 7, 2, null]);
    p.pageDone('none', 'b.nl', true);
    expect(p.state(1).sitesDone).toBe(3);
  });
});
