// Generates the benchmark page: a fictional Dutch insurer's IVF page of about
// 110 KB of HTML (mega menu, article, FAQ, sidebar, footer, a framework's JSON
// state island), a stylesheet, images, and an inline tag-manager script that sends
// the page's N tracker requests. Text comes from tests/fixtures/pageload/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gradientPng } from './png';
import { EVENT_NAMES, trackerPlan, type TrackerShape } from './trackers';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/pageload/', import.meta.url));
export const TARGET_HTML_BYTES = 110 * 1024;
export const PAGE_HOST = 'www.voorbeeld-zorgverzekeraar.nl';
export const PAGE_PATH = '/vergoedingen/zwangerschap-en-geboorte/ivf';

export interface GeneratedPage {
  html: string;
  /** Size of the HTML in bytes (UTF-8). */
  htmlBytes: number;
  /** Tracker requests the page's script sends on each load. */
  trackers: number;
  /** Same-site resources the page loads on each load (stylesheet, images), by path. */
  assets: Map<string, { type: string; body: Buffer }>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const readFixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');

interface Menu {
  menu: Record<string, string[]>;
  footer: Record<string, string[]>;
}

function megaMenu(menu: Menu['menu']): string {
  const items = Object.entries(menu).map(([top, links]) => {
    const panel = links
      .map((l) => `<a href="/${slug(top)}/${slug(l)}" data-track="menu" data-label="${esc(l)}">${esc(l)}</a>`)
      .join('');
    return `<li><a href="/${slug(top)}" aria-haspopup="true">${esc(top)}</a><div class="megamenu__panel">${panel}</div></li>`;
  });
  return `<ul class="megamenu" role="menubar">${items.join('')}</ul>`;
}

function footer(columns: Menu['footer']): string {
  const cols = Object.entries(columns).map(
    ([title, links]) => `<div><h2>${esc(title)}</h2><ul>${links.map((l) => `<li><a href="/${slug(l)}">${esc(l)}</a></li>`).join('')}</ul></div>`,
  );
  return `<footer class="footer"><div class="footer__inner">${cols.join('')}</div>
<p class="footer__legal">© 2026 Voorbeeld Zorgverzekeraar N.V. (fictief, voor de benchmark van Pixelwacht). KvK 00000000.</p></footer>`;
}

function faq(items: Array<[string, string]>): string {
  const entries = items.map(
    ([q, a]) => `<details itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><summary itemprop="name">${esc(q)}</summary>` +
      `<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><p itemprop="text">${esc(a)}</p></div></details>`,
  );
  return `<section class="faq" itemscope itemtype="https://schema.org/FAQPage"><h2>Veelgestelde vragen over IVF</h2>${entries.join('')}</section>`;
}

function sidebar(): string {
  const cards = [
    ['card-3', 'Bereken uw premie', 'Kies de basisverzekering en aanvullende verzekering die bij u passen.'],
    ['card-4', 'Zorgzoeker', 'Vind een gecontracteerde kliniek of ziekenhuis bij u in de buurt.'],
    ['card-5', 'Zwanger worden', 'Alles over vruchtbaarheid, onderzoeken en behandelingen.'],
    ['card-6', 'Persoonlijk zorgadvies', 'Onze zorgadviseurs helpen u bij het kiezen van een kliniek.'],
  ];
  return `<aside class="sidebar">${cards
    .map(([img, title, text]) => `<div class="card"><img src="/assets/img/${img}.png" width="400" height="240" alt=""><div class="card__body"><h3>${title}</h3><p>${text}</p><a class="button" href="/${slug(title!)}">Meer informatie</a></div></div>`)
    .join('')}</aside>`;
}

const LOGO = `<svg viewBox="0 0 40 40" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="#0b5c8a"/><path d="M12 21l6 6 11-14" stroke="#fff" stroke-width="4" fill="none" stroke-linecap="round"/></svg>`;

/**
 * The tag manager: sends the planned requests the way vendors' tags do (images,
 * beacons, keep-alive fetches, async scripts, hidden iframes) — a third while the
 * page parses, the rest when the DOM is ready — and counts what it sent.
 */
function tagManager(plan: readonly TrackerShape[], scheme: 'https' | 'http'): string {
  const templates: TrackerShape[] = [];
  const order = plan.map((s) => {
    let i = templates.indexOf(s);
    if (i < 0) i = templates.push(s) - 1;
    return i;
  });
  const t = JSON.stringify(templates.map((s) => [s.kind, s.url.replace(/^https:/, `${scheme}:`), s.body ?? '']));
  return `<script>
(function () {
  var T = ${t};
  var P = ${JSON.stringify(order)};
  var E = ${JSON.stringify(EVENT_NAMES)};
  var enc = encodeURIComponent, page = enc(location.href), ref = enc(document.referrer), title = enc(document.title);
  var sent = 0;
  function fill(s, i) {
    var ts = Date.now();
    return s.replace(/\\{(\\w+)\\}/g, function (_, k) {
      switch (k) {
        case 'page': return page;
        case 'ref': return ref;
        case 'title': return title;
        case 'ts': return String(ts);
        case 'sec': return String(Math.floor(ts / 1000));
        case 'rnd': return String(Math.floor(Math.random() * 1e10));
        case 'i': return String(i);
        case 'ev': return E[i % E.length];
      }
      return '';
    });
  }
  function send(i) {
    var t = T[P[i]], url = fill(t[1], i);
    if (t[0] === 'img') { var img = new Image(1, 1); img.src = url; }
    else if (t[0] === 'beacon') navigator.sendBeacon(url, fill(t[2], i));
    else if (t[0] === 'fetch') fetch(url, { method: 'POST', mode: 'no-cors', keepalive: true, headers: { 'content-type': 'text/plain' }, body: fill(t[2], i) }).catch(function () {});
    else if (t[0] === 'script') { var s = document.createElement('script'); s.async = true; s.src = url; document.head.appendChild(s); }
    else if (t[0] === 'iframe') { var f = document.createElement('iframe'); f.src = url; f.width = '0'; f.height = '0'; f.style.display = 'none'; f.title = ''; document.body.appendChild(f); }
    sent++;
  }
  window.pixelwachtBench = { planned: P.length, sent: function () { return sent; } };
  var first = Math.ceil(P.length / 3);
  for (var i = 0; i < first; i++) send(i);
  document.addEventListener('DOMContentLoaded', function () { for (var j = first; j < P.length; j++) send(j); });
})();
</script>`;
}

/** A framework's serialized page state, as many insurers' sites ship it; pads the HTML to its target size. */
function stateIsland(bytes: number, menu: Menu, faqItems: Array<[string, string]>): string {
  const blocks: unknown[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const [q, a] = faqItems[i % faqItems.length]!;
    const links = Object.values(menu.menu)[i % Object.keys(menu.menu).length]!;
    const block = { id: `blk-${i}`, type: i % 3 === 0 ? 'faq' : i % 3 === 1 ? 'teaser' : 'link-list', title: q, body: a, links: links.map((l) => ({ label: l, href: `/${slug(l)}` })) };
    size += JSON.stringify(block).length + 1;
    blocks.push(block);
  }
  // "<" escaped, as frameworks do, so the island cannot end early.
  const json = JSON.stringify({ page: { path: PAGE_PATH, locale: 'nl-NL', blocks } }).replace(/</g, '\\u003c');
  return `<script id="__PAGE_STATE__" type="application/json">${json}</script>`;
}

let assetsCache: GeneratedPage['assets'] | undefined;

function assets(): GeneratedPage['assets'] {
  if (assetsCache) return assetsCache;
  const map: GeneratedPage['assets'] = new Map();
  // Utility classes, as a CSS framework generates them: the stylesheet gets a real site's weight (~40 KB).
  const utilities: string[] = [];
  for (const [p, prop] of [['m', 'margin'], ['p', 'padding']] as const) {
    for (const [s, side] of [['', ''], ['t', '-top'], ['b', '-bottom'], ['l', '-left'], ['r', '-right']] as const) {
      for (let n = 0; n <= 24; n++) utilities.push(`.${p}${s}-${n}{${prop}${side}:${n * 0.25}rem}`);
    }
  }
  for (let n = 0; n <= 100; n += 5) utilities.push(`.w-${n}{width:${n}%}`, `.h-${n}{height:${n}%}`, `.opacity-${n}{opacity:${n / 100}}`);
  for (const bp of ['sm', 'md', 'lg']) utilities.push(`@media (min-width:${bp === 'sm' ? 640 : bp === 'md' ? 768 : 1024}px){${utilities.slice(0, 200).map((u) => u.replace(/^\./, `.${bp}\\:`)).join('')}}`);
  map.set('/assets/site.css', { type: 'text/css', body: Buffer.from(readFixture('site.css') + '\n' + utilities.join('\n')) });
  map.set('/assets/img/hero-ivf.png', { type: 'image/png', body: gradientPng(1200, 480, 80_000, 1, [11, 92, 138]) });
  for (let i = 1; i <= 6; i++) map.set(`/assets/img/card-${i}.png`, { type: 'image/png', body: gradientPng(400, 240, 14_000, 1 + i, [232, 115 + i * 10, 26 + i * 20]) });
  map.set('/assets/img/favicon.png', { type: 'image/png', body: gradientPng(32, 32, 0, 9, [11, 92, 138]) });
  assetsCache = map;
  return map;
}

/** The page with `trackers` tracker requests; `scheme` is http only when the server had to fall back to plain HTTP. */
export function generatePage(trackers: number, scheme: 'https' | 'http' = 'https'): GeneratedPage {
  const menu = JSON.parse(readFixture('menu.json')) as Menu;
  const faqItems = (JSON.parse(readFixture('faq.json')) as { items: Array<[string, string]> }).items;
  const article = readFixture('article.html').replace(/^<!--[\s\S]*?-->\s*/, '');
  const head = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IVF-behandeling: vergoeding en voorwaarden | Voorbeeld Zorgverzekeraar</title>
<meta name="description" content="Lees hoeveel IVF- en ICSI-pogingen de basisverzekering vergoedt, wat u zelf betaalt en welke voorwaarden gelden.">
<link rel="canonical" href="https://${PAGE_HOST}${PAGE_PATH}">
<link rel="icon" href="/assets/img/favicon.png">
<link rel="preload" as="image" href="/assets/img/hero-ivf.png">
<link rel="stylesheet" href="/assets/site.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"IVF-behandeling","about":{"@type":"MedicalTherapy","name":"In-vitrofertilisatie"},"publisher":{"@type":"Organization","name":"Voorbeeld Zorgverzekeraar"}}</script>
</head>`;
  const body = `<body>
<a class="skip-link" href="#main">Naar de inhoud</a>
${tagManager(trackerPlan(trackers), scheme)}
<div class="topbar"><div class="topbar__inner"><a href="/zakelijk">Zakelijk</a><a href="/zorgverleners">Zorgverleners</a><a href="/contact">Contact</a><a href="/mijn">Mijn omgeving</a></div></div>
<header class="header"><div class="header__inner"><a class="logo" href="/">${LOGO}<span>Voorbeeld Zorgverzekeraar</span></a>
<nav aria-label="Hoofdmenu">${megaMenu(menu.menu)}</nav>
<form class="search" role="search" action="/zoeken"><input type="search" name="q" placeholder="Zoek een vergoeding" aria-label="Zoeken"><button type="submit">Zoek</button></form></div></header>
<main class="main" id="main"><div>${article}${faq(faqItems)}</div>${sidebar()}</main>
${footer(menu.footer)}`;
  const tail = '\n</body>\n</html>\n';
  const fixed = Buffer.byteLength(head + body + tail);
  // The island's markup wrapper is ~80 bytes; the rest of the target is its data.
  const island = stateIsland(Math.max(0, TARGET_HTML_BYTES - fixed - 120), menu, faqItems);
  const html = head + body + '\n' + island + tail;
  return { html, htmlBytes: Buffer.byteLength(html), trackers, assets: assets() };
}
