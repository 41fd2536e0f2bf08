// `npm run bench:scan`: the scan over 200 generated fixture pages (20 sites of 10
// pages, tests/fixtures/scan-sites/routes.mjs) in Debian's Chromium with the built
// extension: interrupted halfway (as Ctrl-C does), then continued with the same
// command. Prints one JSON line: time, peak memory (this process, and the browser's
// processes together), pages per minute, and whether the resumed scan has every page
// exactly once with only the missing half visited again. Printed, never asserted.
// Options: --sites N (20) --concurrency K (3) --site-delay S (1).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScanOptions, type ScanOptions } from '../../src/cli/scan/scan-options';
import { scanCommand } from '../../src/cli/scan/scan-command';
import { BENCH_PAGES_PER_SITE } from '../../tests/fixtures/scan-sites/routes.mjs';
import { startSiteServer } from '../../tests/fixtures/site-server.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Resident memory of this process's descendants (the browser's processes), in bytes, from /proc. */
function descendantsRss(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === process.pid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

async function main(): Promise<void> {
  const sites = arg('--sites', 20);
  const server = await startSiteServer(0);
  const port = new URL(server.origin).port;
  const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-bench-scan-'));
  const list = join(dir, 'sites.txt');
  writeFileSync(list, Array.from({ length: sites }, (_, i) => `http://bench-${i + 1}.test:${port}/`).join('\n'));
  const parsed = parseScanOptions([
    list, '--out', join(dir, 'out'), '--pages-per-site', String(BENCH_PAGES_PER_SITE), '--consent', 'none',
    '--concurrency', String(arg('--concurrency', 3)), '--site-delay', String(arg('--site-delay', 1)), '--page-wait', '8000',
    '--host-resolver-rules', 'MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ]);
  if ('error' in parsed) throw new Error(parsed.error);
  const options: ScanOptions = parsed;
  const total = sites * BENCH_PAGES_PER_SITE;
  let peakNode = 0;
  let peakBrowser = 0;
  const sampler = setInterval(() => {
    peakNode = Math.max(peakNode, process.memoryUsage().rss);
    peakBrowser = Math.max(peakBrowser, descendantsRss());
  }, 500);
  const htmlRequests = () => server.requested.filter((r) => r.path === '/' || r.path.endsWith('.html')).length;

  // First half, then an interruption (what Ctrl-C does: abort the crawl, keep its state).
  const started = Date.now();
  const controller = new AbortController();
  const first = await scanCommand(options, {
    log: (line) => console.error(line),
    progress(line) {
      console.error(line);
      const done = Number(/pages (\d+)\//.exec(line)?.[1] ?? 0);
      if (done >= total / 2 && !controller.signal.aborted) controller.abort();
    },
    signal: controller.signal,
  });
  const firstSeconds = (Date.now() - started) / 1000;
  const visitedFirst = htmlRequests();

  // The same command again: it continues where the first stopped.
  const resumedAt = Date.now();
  const second = await scanCommand(options, { log: (line) => console.error(line), progress: (line) => console.error(line) });
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const visitedSecond = htmlRequests() - visitedFirst;
  const results = JSON.parse(readFileSync(join(options.out, 'results.json'), 'utf8')) as { pages: { url: string; status: string }[] };
  const urls = results.pages.map((p) => p.url);
  const ok = results.pages.filter((p) => p.status === 'ok').length;
  await server.close();
  console.log(
    JSON.stringify({
      bench: 'scan',
      sites,
      pages: urls.length,
      pagesOk: ok,
      distinctPages: new Set(urls).size,
      seconds: Number(seconds.toFixed(1)),
      pagesPerMinute: Number(((urls.length / seconds) * 60).toFixed(1)),
      peakRssMb: { scan: Math.round(peakNode / 2 ** 20), browser: Math.round(peakBrowser / 2 ** 20) },
      interrupted: { afterPages: first.pages, seconds: Number(firstSeconds.toFixed(1)), wasInterrupted: first.interrupted },
      resumed: { seconds: Number(((Date.now() - resumedAt) / 1000).toFixed(1)), pageLoads: visitedSecond, firstRunPageLoads: visitedFirst, completed: !second.interrupted },
      resumeCorrect: !second.interrupted && urls.length === total && new Set(urls).size === total && visitedFirst + visitedSecond < total * 1.2,
    }),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:scan: ${error instanceof Error ? error.stack : String(error)}`);
    // The memory sampler and a browser that failed may hold the event loop open.
    process.exit(1);
  },
);
