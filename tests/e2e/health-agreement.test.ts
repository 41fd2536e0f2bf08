// The CLI and the extension agree: every page of the full-page corpus is loaded in
// Chromium with the built extension, and the verdict the content script sent (read
// from the tab record in the worker) is compared with the CLI's verdict for the same
// address and HTML (called in-process). Then the reader's cost on a ~5 MB page and a
// 20,000-element page, measured in the page by the same reader code (bundled from
// src/core), is printed; the work is asserted by counts, never by time.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { pageLine } from '../../src/cli/pages-command';
import { READER_CAPS } from '../../src/core/health/page-reader';
import { fiveMegabytePage, twentyThousandElementPage } from '../fixtures/pages-full/large-pages';
import { loadFullCorpus } from '../fixtures/pages-full/load-full-corpus';
import { currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import { waitFor } from './harness/wait';

interface StoredVerdict {
  health: boolean;
  kind?: string;
  score: number;
  categories: string[];
  url: string;
}

const corpus = loadFullCorpus();
const LARGE: Record<string, string> = { '/large/5mb': fiveMegabytePage(), '/large/20k': twentyThousandElementPage() };
/** Corpus pages are served at /<host><path>, so the address keeps its path sections; a second chrome of the same page gets ?variant. */
const byPath = new Map(corpus.map((p) => [`/${new URL(p.url).host}${new URL(p.url).pathname}${/-v\d+$/.test(p.id) ? `?variant=${p.id}` : ''}`, p]));

let server: Server;
let origin = '';
let session: ChromiumSession;

async function storedVerdict(url: string): Promise<StoredVerdict | null> {
  const worker = await currentWorker(session.context, session.extensionId);
  // Only the heads of the tab's pages are read (the verdict is in the head), not every stored record.
  const heads = await worker.evaluate(async (u) => {
    const tabs = (await chrome.tabs.query({})) as { id?: number; url?: string }[];
    const ids = tabs.filter((t) => t.url === u).map((t) => t.id as number);
    if (ids.length === 0) return null;
    const prefix = `page:v2:${Math.max(...ids)}-`;
    const keys = ((await chrome.storage.session.getKeys()) as string[]).filter((k) => k.startsWith(prefix) && !k.includes('#') && !k.includes('@'));
    return keys.length === 0 ? {} : await chrome.storage.session.get(keys);
  }, url);
  if (!heads) return null;
  const pages = Object.values(heads as Record<string, { url: string; startedAt: number; health?: { verdict: StoredVerdict | null } | null }>);
  const rec = pages.sort((a, b) => b.startedAt - a.startedAt)[0];
  return rec && rec.url === url && rec.health?.verdict ? rec.health.verdict : null;
}

before(async () => {
  server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(u.pathname) + u.search;
    const body = LARGE[path] ?? byPath.get(path)?.html;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  session = await launchChromium();
  // The worker can announce itself before its listeners are live: wait until it records a page.
  const warm = await session.context.newPage();
  const first = origin + [...byPath.keys()][0];
  await warm.goto(first);
  await waitFor(async () => (await storedVerdict(first)) ?? (await warm.reload(), null), (v) => !!v, { what: 'warm-up verdict', intervalMs: 1000, timeoutMs: 30_000 });
  await warm.close();
});

after(async () => {
  await session?.close();
  await new Promise((done) => server?.close(done));
});

describe('health verdicts: the extension and the CLI agree on whole pages', () => {
  test('every corpus page gets the same verdict from the content script and from `cli pages` with html', async () => {
    const entries = [...byPath.entries()];
    const disagreements: string[] = [];
    const BATCH = 8;
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      await Promise.all(
        batch.map(async ([path, page]) => {
          const url = origin + path;
          const tab = await session.context.newPage();
          await tab.goto(url);
          const ext = await waitFor(() => storedVerdict(url), (v) => !!v, { what: `verdict for ${page.id}`, timeoutMs: 30_000, intervalMs: 250 });
          const cli = pageLine({ url, html: page.html });
          const extKind = ext!.kind ?? (ext!.health ? 'health' : 'none');
          if (ext!.health !== cli.health || extKind !== cli.kind || Math.abs(ext!.score - cli.score) > 0.001 || ext!.categories.join() !== cli.categories.join()) {
            disagreements.push(`${page.id}: extension ${extKind} ${ext!.score} [${ext!.categories}] vs CLI ${cli.kind} ${cli.score} [${cli.categories}] (${cli.reasons.join('; ')})`);
          }
          await tab.close();
        }),
      );
    }
    console.log(`agreement: ${entries.length - disagreements.length}/${entries.length} corpus pages`);
    assert.deepEqual(disagreements, []);
  });

  test('the reader on a ~5 MB page and a 20,000-element page: bounded work, times printed', async () => {
    const bundle = await build({
      stdin: {
        contents: "export { readPage } from './src/core/health/page-reader'; export { classifyPage } from './src/core/health/classify';",
        resolveDir: resolve(import.meta.dirname, '../..'),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__pixelwachtHealth',
      write: false,
    });
    const code = bundle.outputFiles[0]!.text;
    for (const path of Object.keys(LARGE)) {
      const tab = await session.context.newPage();
      await tab.goto(origin + path, { timeout: 60_000 });
      // The extension's own run on this page completes too.
      await waitFor(() => storedVerdict(origin + path), (v) => !!v, { what: `verdict for ${path}`, timeoutMs: 60_000, intervalMs: 500 });
      await tab.addScriptTag({ content: code });
      const m = await tab.evaluate(() => {
        type Api = { readPage(root: Element, url: string): { signals: unknown; stats: { elementsVisited: number; textCharsRead: number; truncated: boolean } }; classifyPage(s: unknown): { kind: string } };
        const api = (globalThis as unknown as { __pixelwachtHealth: Api }).__pixelwachtHealth;
        const elements = document.getElementsByTagName('*').length;
        const t0 = performance.now();
        const read = api.readPage(document.documentElement, location.href);
        const t1 = performance.now();
        const verdict = api.classifyPage(read.signals);
        const t2 = performance.now();
        return { elements, htmlChars: document.documentElement.outerHTML.length, readMs: t1 - t0, classifyMs: t2 - t1, stats: read.stats, kind: verdict.kind };
      });
      console.log(
        `${path}: ${(m.htmlChars / 1e6).toFixed(1)} MB, ${m.elements} elements; read ${m.readMs.toFixed(1)} ms (${m.stats.elementsVisited} elements visited, ` +
          `${m.stats.textCharsRead} text chars, truncated ${m.stats.truncated}), classify ${m.classifyMs.toFixed(1)} ms, verdict ${m.kind}`,
      );
      assert.ok(m.stats.elementsVisited <= 2 * READER_CAPS.elementBudget);
      await tab.close();
    }
  });
});
