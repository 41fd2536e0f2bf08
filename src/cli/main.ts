// Pixelwacht on the command line, over the same core as the extension:
//   requests FILE.jsonl   one request per line → tracker, kind and disclosures per line
//   har FILE.har          the same per entry of a HAR 1.2 file
//   pages FILE.jsonl      one page per line → health verdict per line
//   audit FILE.har [--letter nl|en|nl,en] [--consent nothing|refused|accepted|no-banner]
//                  [--still-sends yes|no|unknown] [--email ADDRESS] [--phone NUMBER] [--out DIR]
//                         evidence file + report as text (+ the letter and the complaint)
//   scan LIST [--out DIR] [--pages-per-site N] [--consent none|reject|accept|all] [--concurrency K]
//                         the built extension in Chromium over a list of sites (src/cli/scan/)
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseRequestWithBody } from '../core/analyse-compressed';
import { verdictFromPageInput } from '../core/health/page-input';
import { loadTrackerDbFromPackage } from './load-tracker-db';
import { auditCommand } from './audit-command';
import { isBannerChoice, isStillSends } from '../core/letters/consent-statement';
import { harEntries } from './har-input';
import { nodeInflater } from './inflate-node';
import { pagesCommand } from './pages-command';
import { observedFromLine, outputOf, rawPartsOf, type RequestLine } from './request-input';
import { parseScanOptions, SCAN_HELP, SCAN_USAGE } from './scan/scan-options';

const USAGE = 'usage: pixelwacht requests FILE.jsonl | har FILE.har | pages FILE.jsonl | audit FILE.har [--letter nl|en|nl,en] [--consent nothing|refused|accepted|no-banner] [--still-sends yes|no|unknown] [--email ADDRESS] [--phone NUMBER] [--out DIR] | ' + SCAN_USAGE;

// Where output goes: standard output when run as a command, a buffer when the
// tests run the command in-process (spawning tsx per test is slow on a busy machine).
let write: (text: string) => void = (text) => void process.stdout.write(text);

function print(value: unknown): void {
  write(`${JSON.stringify(value)}\n`);
}

/** Non-blank lines, each parsed on its own: one bad line yields an error object, not a crash. */
function* jsonLines(path: string): Generator<{ value: unknown } | { error: string }> {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      yield { value: JSON.parse(line) };
    } catch {
      yield { error: 'invalid JSON' };
    }
  }
}

async function requestsCommand(path: string): Promise<void> {
  const trackers = await loadTrackerDbFromPackage();
  let index = 0;
  for (const line of jsonLines(path)) {
    const value = 'value' in line ? (line.value as RequestLine) : null;
    if (!value || typeof value.url !== 'string') {
      print({ ...outputOf(null, null), error: 'error' in line ? line.error : 'missing url' });
      continue;
    }
    // Compressed bodies (gzip bytes given as bodyBase64, or base64 gzip text) are inflated and decoded too.
    print(outputOf(value.url, await analyseRequestWithBody(observedFromLine(value, index++), trackers, nodeInflater, {}, rawPartsOf(value))));
  }
}

async function harCommand(path: string): Promise<void> {
  const trackers = await loadTrackerDbFromPackage();
  const har = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const pageVerdicts = new Map<string, ReturnType<typeof verdictFromPageInput>>();
  let index = 0;
  for (const entry of harEntries(har)) {
    const analysis = await analyseRequestWithBody(observedFromLine(entry.request, index++), trackers, nodeInflater, { pageTitle: entry.pageTitle }, rawPartsOf(entry.request));
    const out: Record<string, unknown> = { ...outputOf(entry.request.url, analysis), pageUrl: entry.request.pageUrl ?? null };
    // The page's own document, when the HAR holds its content, gives the health verdict.
    if (entry.pageDocument) {
      const key = entry.pageDocument.url;
      if (!pageVerdicts.has(key)) pageVerdicts.set(key, verdictFromPageInput(entry.pageDocument));
      const verdict = pageVerdicts.get(key)!;
      out.pageHealth = { health: verdict.health, kind: verdict.kind, score: verdict.score, categories: verdict.categories, reasons: verdict.reasons, language: verdict.language };
    }
    print(out);
  }
}

function option(argv: string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? null) : null;
}

async function main(argv: string[]): Promise<number> {
  // (argv without the node and script paths)
  const [command, file] = argv;
  if (!command || !file) {
    console.error(USAGE);
    return 2;
  }
  switch (command) {
    case 'requests':
      await requestsCommand(file);
      return 0;
    case 'har':
      await harCommand(file);
      return 0;
    case 'pages':
      pagesCommand(file, print);
      return 0;
    case 'audit': {
      const letter = option(argv, '--letter');
      const letters = letter === null ? [] : letter.split(',');
      const consent = option(argv, '--consent');
      const stillSends = option(argv, '--still-sends');
      if (!letters.every((l): l is 'nl' | 'en' => l === 'nl' || l === 'en') || (consent !== null && !isBannerChoice(consent)) || (stillSends !== null && !isStillSends(stillSends))) {
        console.error(USAGE);
        return 2;
      }
      const out = await auditCommand(file, {
        letters: [...new Set(letters)],
        out: option(argv, '--out'),
        consent: consent !== null && isBannerChoice(consent) ? consent : null,
        stillSends: stillSends !== null && isStillSends(stillSends) ? stillSends : null,
        email: option(argv, '--email'),
        phone: option(argv, '--phone'),
      });
      write(`${out}\n`);
      return 0;
    }
    case 'scan': {
      if (argv.includes('--help') || argv.includes('-h')) {
        write(`${SCAN_HELP}\n`);
        return 0;
      }
      const options = parseScanOptions(argv.slice(1));
      if ('error' in options) {
        console.error(`pixelwacht scan: ${options.error}\n${USAGE}`);
        return 2;
      }
      // Loaded only for a scan: Crawlee and the browser are not needed by the other commands.
      const { scanCommand } = await import('./scan/scan-command');
      const summary = await scanCommand(options, { ...scanIo, log: (line) => console.error(line), progress: scanIo.progress });
      print({ out: summary.out, pages: summary.pages, sites: summary.sites, interrupted: summary.interrupted });
      return summary.interrupted ? 130 : 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

// How a scan reports progress and is interrupted: on a terminal, one line rewritten in
// place and Ctrl-C; the tests pass their own (runCli's third argument).
let scanIo: { progress: (line: string) => void; signal?: AbortSignal } = {
  progress: (line) => void process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`),
};

/** Runs one command in this process and returns its exit code and standard output. */
export async function runCli(argv: string[], io?: { progress?: (line: string) => void; signal?: AbortSignal }): Promise<{ code: number; stdout: string }> {
  const previous = write;
  const previousScanIo = scanIo;
  if (io) scanIo = { progress: io.progress ?? (() => {}), ...(io.signal ? { signal: io.signal } : {}) };
  let stdout = '';
  write = (text) => {
    stdout += text;
  };
  try {
    return { code: await main(argv), stdout };
  } finally {
    write = previous;
    scanIo = previousScanIo;
  }
}

function invokedAsScript(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedAsScript() && process.argv[2] === 'scan') {
  // Ctrl-C stops the crawl and leaves its state resumable; a second Ctrl-C ends at once.
  const controller = new AbortController();
  process.once('SIGINT', () => {
    console.error('\nstopping: the scan can be continued with the same command');
    controller.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  scanIo = { ...scanIo, signal: controller.signal };
}

if (invokedAsScript()) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`pixelwacht: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
