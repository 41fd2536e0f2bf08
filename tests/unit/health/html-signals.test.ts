import { describe, expect, it } from 'vitest';
import { extractPageSignals, MAX_HTML, readHtmlPage } from '../../../src/core/health/html-signals';
import { READER_CAPS } from '../../../src/core/health/page-reader';
import { SIGNAL_CAPS } from '../../../src/core/health/types';

const url = 'https://www.example.nl/pagina';

describe('extractPageSignals', () => {
  it('reads title, headings, meta, og, lang, breadcrumbs, schema types and main text', () => {
    const html = `<!DOCTYPE html><html lang="nl-NL"><head>
      <title>Fysiotherapie &amp; vergoeding | Verzekeraar</title>
      <meta name="description" content="Wat wordt vergoed?">
      <meta property="og:title" content="Fysiotherapie"><meta property="og:type" content="article"><meta property="og:site_name" content="Verzekeraar">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":["WebPage","MedicalWebPage"],"about":{"@type":"MedicalTherapy"}}]}</script>
      </head><body><nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>›</li><li><a href="/v">Vergoedingen</a></li><li>Fysiotherapie</li></ol></nav>
      <div itemscope itemtype="https://schema.org/Hospital"></div>
      <main><h1>Fysiotherapie</h1><h2>Basisverzekering</h2><p>Behandelingen door een fysiotherapeut worden vergoed vanuit de aanvullende verzekering, afhankelijk van uw pakket en het aantal behandelingen per jaar.</p></main>
      <footer>Contact</footer></body></html>`;
    const s = extractPageSignals(html, url);
    expect(s.title).toBe('Fysiotherapie & vergoeding | Verzekeraar');
    expect(s.lang).toBe('nl-NL');
    expect(s.metaDescription).toBe('Wat wordt vergoed?');
    expect(s.og).toEqual({ title: 'Fysiotherapie', description: '', type: 'article', siteName: 'Verzekeraar' });
    expect(s.headings).toEqual({ h1: ['Fysiotherapie'], h2: ['Basisverzekering'], h3: [] });
    expect(s.breadcrumbs).toEqual(['Home', 'Vergoedingen', 'Fysiotherapie']);
    expect(s.schemaTypes).toEqual(expect.arrayContaining(['WebPage', 'MedicalWebPage', 'MedicalTherapy', 'Hospital']));
    expect(s.mainText).toMatch(/^Fysiotherapie Basisverzekering Behandelingen door een fysiotherapeut/);
    expect(s.mainText).not.toMatch(/Contact/);
  });

  it('does not count script, style or comment text', () => {
    const s = extractPageSignals('<body><p>Hallo</p><script>var t = "kanker ggz ivf";</script><style>.ivf{}</style><!-- depressie --></body>', url);
    expect(s.mainText).toBe('Hallo');
  });

  it('survives unclosed tags, stray brackets and broken JSON-LD', () => {
    const html = '<html><title>Open<h1>Kop <b>vet <p>tekst a < b en 3 > 2 <div class="x" data-y=\'<\'>nog <script type="application/ld+json">{"@type": "Drug",';
    const s = extractPageSignals(html, url);
    expect(s.title).toContain('Open');
    expect(s.schemaTypes).toEqual([]);
    expect(() => extractPageSignals('<<<<>>>><</ <! <? <a "', url)).not.toThrow();
    expect(extractPageSignals(undefined as unknown as string, url).mainText).toBe('');
  });

  it('finds @type deep in JSON-LD but stops at a depth cap', () => {
    let nested: unknown = { '@type': 'Drug' };
    for (let i = 0; i < 5; i++) nested = { child: nested };
    let deep: unknown = { '@type': 'MedicalCondition' };
    for (let i = 0; i < 500; i++) deep = { child: deep };
    const html = `<script type="application/ld+json">${JSON.stringify([nested, deep])}</script>`;
    const s = extractPageSignals(html, url);
    expect(s.schemaTypes).toContain('Drug');
    expect(s.schemaTypes).not.toContain('MedicalCondition');
  });

  it('decodes numeric and common named entities', () => {
    const s = extractPageSignals('<body><p>Pati&euml;nt &#233;n &#x2014; caf&eacute; &unknown; &#xD800;</p></body>', url);
    expect(s.mainText).toBe('Patiënt én — café &unknown; \ufffd');
  });

  it('stays bounded on a giant page: each walk visits at most its element budget', () => {
    const html = '<html><body><main>' + '<p>Een lange alinea over niets in het bijzonder. </p>'.repeat(200_000) + '</main></body></html>';
    expect(html.length).toBeGreaterThan(MAX_HTML);
    const t0 = performance.now();
    const { signals, stats } = readHtmlPage(html, url);
    console.log(`giant page (${(html.length / 1e6).toFixed(1)} MB): read in ${(performance.now() - t0).toFixed(0)} ms, ${stats.elementsVisited} elements visited`);
    expect(stats.elementsVisited).toBeLessThanOrEqual(2 * READER_CAPS.elementBudget);
    expect(stats.truncated).toBe(true);
    expect(signals.mainText.length).toBeLessThanOrEqual(SIGNAL_CAPS.mainText);
  });

  it('caps headings per level', () => {
    const s = extractPageSignals('<body>' + '<h2>Kop</h2>'.repeat(100) + '</body>', url);
    expect(s.headings.h2).toHaveLength(SIGNAL_CAPS.headingsPerLevel);
  });
});
