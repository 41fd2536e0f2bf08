// The page reader (one for the CLI and the content script): what it keeps as the
// page's own content and what it leaves out, and that its work is bounded.
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../../src/core/health/html-signals';
import { parseHtml } from '../../../src/core/health/html-tree';
import { READER_CAPS } from '../../../src/core/health/page-reader';

const url = 'https://www.example.org/page';
const read = (html: string) => readHtmlPage(html, url);
const ARTICLE = '<p>Het kabinet wil het bezit van vuurwapens verder beperken. Schietverenigingen krijgen strengere controles en een register.</p>';

describe('page reader: the page’s own content', () => {
  it('leaves out nav, header, footer, aside, ARIA chrome roles and cookie banners', () => {
    const { signals, stats } = read(`<body><header><a>Logo</a><nav><a>Kanker</a><a>Depressie</a></nav></header>
      <div role="navigation"><a>Diabetes</a></div><main><h1>Wapenwet</h1>${ARTICLE}<aside><h2>Dementie-onderzoek</h2><p>Een promo over dementie en onderzoek naar de ziekte.</p></aside></main>
      <div id="cookie-banner"><p>Wij gebruiken cookies voor advertenties over gezondheid.</p></div><div role="contentinfo">Zorgverzekering</div><footer>Vergoedingen</footer></body>`);
    expect(signals.mainText).toContain('vuurwapens');
    for (const w of ['Kanker', 'Depressie', 'Diabetes', 'dementie', 'cookies', 'Zorgverzekering', 'Vergoedingen', 'Logo']) expect(signals.mainText).not.toContain(w);
    expect(signals.headings.h1).toEqual(['Wapenwet']);
    expect(signals.headings.h2).toEqual([]);
    expect(stats.source).toBe('main');
    expect(stats.dropped.chrome).toBeGreaterThan(0);
  });

  it('leaves out hidden elements: hidden, aria-hidden, inline display:none, closed dialogs and details, hiding classes', () => {
    const { signals } = read(`<body><main><h1>Parkeren</h1>${ARTICLE}
      <div hidden>astma</div><div aria-hidden="true">diabetes</div><ul style="color: red; display: none">kanker</ul>
      <dialog>depressie</dialog><details><summary>Meer lezen</summary>psychose</details><span class="d-none">ivf</span></main></body>`);
    expect(signals.mainText).toContain('Meer lezen');
    for (const w of ['astma', 'diabetes', 'kanker', 'depressie', 'psychose', 'ivf']) expect(signals.mainText).not.toContain(w);
  });

  it('leaves out link-dense blocks (related-story rails, tag clouds) but keeps paragraphs with a link', () => {
    const rail = '<div><h2>Kanker</h2><ul>' + ['Borstkanker: nieuwe behandeling', 'Zelfmoord onder jongeren', 'IVF-kliniek gesloten'].map((t) => `<li><a href="/x">${t}</a></li>`).join('') + '</ul></div>';
    const { signals, stats } = read(`<body><main><h1>Wapenwet</h1>${ARTICLE}${rail}<p>Lees ook het <a href="/y">commentaar</a> van onze verslaggever over de nieuwe regels voor schutters.</p></main></body>`);
    expect(signals.mainText).not.toMatch(/Borstkanker|Zelfmoord|IVF/);
    expect(signals.mainText).toContain('commentaar');
    expect(signals.headings.h2).toEqual([]);
    expect(stats.dropped.linkDense).toBeGreaterThan(0);
  });

  it('chrome by class name matches whole class tokens only', () => {
    const { signals } = read(`<body><div class="page has-sidebar"><div class="main-menu"><a>Kanker</a></div><div class="content">${ARTICLE}</div><div class="related-articles"><p>Depressie bij ouderen neemt toe, blijkt uit onderzoek.</p></div></div></body>`);
    expect(signals.mainText).toContain('vuurwapens');
    expect(signals.mainText).not.toMatch(/Kanker|Depressie/);
  });

  it('takes the largest main, else the largest article outside the chrome, else the body', () => {
    const teaser = '<article><h3><a href="/t">Teaser over diabetes en insuline</a></h3></article>';
    const a = read(`<body><aside>${teaser}${teaser}</aside><article><h1>Wapenwet</h1>${ARTICLE}${ARTICLE}</article></body>`);
    expect(a.stats.source).toBe('article');
    expect(a.signals.mainText).not.toContain('diabetes');
    const b = read(`<body><div>${ARTICLE}</div></body>`);
    expect(b.stats.source).toBe('body');
    expect(b.signals.mainText).toContain('vuurwapens');
  });

  it('keeps the article’s own header (its h1) inside the content, and falls back to a page h1 outside it', () => {
    const a = read(`<body><header class="site-header"><h1>Krant</h1></header><main><article><header class="article-header"><h1>Wapenwet</h1></header>${ARTICLE}</article></main></body>`);
    expect(a.signals.headings.h1).toEqual(['Wapenwet']);
    const b = read(`<body><div class="hero"><h1>Fysiotherapie</h1></div><main>${ARTICLE}</main></body>`);
    expect(b.signals.headings.h1).toEqual(['Fysiotherapie']);
  });

  it('reads metadata from the whole page: title, meta, og, JSON-LD, microdata, breadcrumbs', () => {
    const { signals } = read(`<html lang="en"><head><title>T</title><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
      <body><div class="breadcrumbs"><ul><li><a>Home</a></li><li><a>News</a></li></ul></div><main itemscope itemtype="https://schema.org/WebPage">${ARTICLE}</main></body></html>`);
    expect(signals).toMatchObject({ title: 'T', lang: 'en', og: { type: 'article' }, breadcrumbs: ['Home', 'News'] });
    expect(signals.schemaTypes).toEqual(expect.arrayContaining(['NewsArticle', 'WebPage']));
  });
});

describe('html tree: the end tags a browser implies', () => {
  it('closes an open p at a block, an li at the next li, and ignores stray end tags', () => {
    const { root } = parseHtml('<body><p>een<div>twee</div><ul><li>a<li>b</ul></span></body>');
    const body = root.childNodes.find((n) => 'localName' in n && (n as { localName: string }).localName === 'body') as unknown as { childNodes: { localName?: string; childNodes?: unknown[] }[] };
    expect(body.childNodes.map((n) => n.localName)).toEqual(['p', 'div', 'ul']);
    expect((body.childNodes[2]!.childNodes as { localName?: string }[]).map((n) => n.localName)).toEqual(['li', 'li']);
  });
});

describe('page reader: bounded work', () => {
  it('a 20,000-element page is read within the element budget and its text within the caps', () => {
    const cards = Array.from({ length: 2_000 }, (_, i) => `<li><div><div><img src="x"></div><div><h3><a href="/p">Product ${i}</a></h3><p><span>€ 9,95</span></p><p><em>Korting</em></p></div></div></li>`).join('');
    const html = `<html><body><main><h1>Producten</h1><ul>${cards}</ul></main></body></html>`;
    const tree = parseHtml(html);
    expect(tree.elements).toBeGreaterThan(20_000);
    const t0 = performance.now();
    const { stats } = readHtmlPage(html, url);
    console.log(`20,000-element page: ${tree.elements} elements, read in ${(performance.now() - t0).toFixed(0)} ms, ${stats.elementsVisited} visited, ${stats.textCharsRead} text chars read`);
    expect(stats.truncated).toBe(false);
    // Each element at most once per walk, plus the candidate measurement (capped in chars).
    expect(stats.elementsVisited).toBeLessThanOrEqual(2 * tree.elements + READER_CAPS.candidates * READER_CAPS.candidateChars);
  });

  it('deeply nested markup is read only down to the depth cap', () => {
    const depth = 5_000;
    const html = '<body><main>' + '<div>'.repeat(depth) + 'diep' + '</div>'.repeat(depth) + ARTICLE + '</main></body>';
    const { signals, stats } = read(html);
    expect(signals.mainText).not.toContain('diep');
    expect(signals.mainText).toContain('vuurwapens');
    expect(stats.elementsVisited).toBeLessThanOrEqual(3 * READER_CAPS.depth + 10);
  });
});
