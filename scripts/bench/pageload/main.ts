// `npm run bench:pageload`: how much Pixelwacht slows a realistic page load,
// next to an extension that only observes requests. See README ("Benchmarks")
// and scripts/bench/pageload/*.ts. Figures are printed, never asserted; the last
// line is one JSON object with all of them.
import { checkBuilds } from './launch';
import { parseOptions, USAGE } from './options';
import { figuresOf, printCell, type CellFigures } from './report';
import { runCell } from './run';
import { startBenchServer, TRACKER_DELAY_MS } from './server';
import { ALL_TRACKER_HOSTS } from './trackers';

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  try {
    checkBuilds(options.browsers);
  } catch (error) {
    console.error(`bench:pageload: ${(error as Error).message}`);
    return 1;
  }
  const started = Date.now();
  const server = await startBenchServer({ http1: options.http1 });
  const log = (s: string) => console.log(s);
  const ns = options.browsers.map((b) => `${b} N = ${(b === 'firefox' ? options.firefoxTrackers : options.trackers).join(', ')}`).join('; ');
  log(`Page-load benchmark: ${ns} tracker requests to up to ${ALL_TRACKER_HOSTS.length} tracker hosts, answered after ${TRACKER_DELAY_MS[0]}–${TRACKER_DELAY_MS[1]} ms; ${options.warmup} warm-up + ${options.loads} measured loads per configuration, alternating; fresh profiles.`);
  log(server.fallbackReason ? `Server: ${server.fallbackReason}.` : `Server: ${server.offers === 'h2' ? 'HTTP/2' : 'HTTP/1.1'} over TLS on 127.0.0.1:${server.port} (run-time self-signed certificates; Chromium trusts the key by SPKI pin, Firefox accepts insecure certificates). Every host maps to it.`);
  log('Configurations: none (no extension) · bare (a no-op webRequest.onBeforeRequest on <all_urls>, scripts/bench/bare-observer) · pixelwacht (dist/).');
  if (options.browsers.includes('firefox')) {
    log('Firefox: load and LCP ratios only; the add-on background\'s heap and CPU cannot be read (no CDP; its background is not in a separate process here).');
  }
  const cells: CellFigures[] = [];
  try {
    for (const browser of options.browsers) {
      for (const n of browser === 'firefox' ? options.firefoxTrackers : options.trackers) {
        const cellStarted = Date.now();
        const cell = figuresOf(await runCell(browser, n, options, server, log));
        printCell(cell, log);
        log(`  (${Math.round((Date.now() - cellStarted) / 1000)} s for this browser and N)`);
        cells.push(cell);
      }
    }
  } finally {
    await server.close();
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`\n(${seconds} s; ratios are medians of each configuration's loads over the no-extension median; spread in brackets; the machine's other load shows in the spread)`);
  console.log(
    JSON.stringify({
      bench: 'pageload',
      server: server.fallbackReason ? 'http/1.1 (no TLS)' : server.offers,
      trackers: options.trackers,
      firefox_trackers: options.browsers.includes('firefox') ? options.firefoxTrackers : [],
      loads: options.loads,
      warmup: options.warmup,
      profile_loads: options.profileLoads,
      tracker_delay_ms: TRACKER_DELAY_MS,
      seconds,
      cells,
    }),
  );
  return 0;
}

// Exit once the output is written: a browser connection or the HTTP/2 server's
// sessions can otherwise keep the process alive after the figures are printed.
const code = await main();
process.stdout.write('', () => process.exit(code));
