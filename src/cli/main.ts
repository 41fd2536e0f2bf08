// Pixelwacht on the command line, over the same core as the extension:
//   requests FILE.jsonl   one request per line → tracker, kind and disclosures per line
//   har FILE.har          the same per entry of a HAR 1.2 file
//   pages FILE.jsonl      one page per line → health verdict per line
//   audit FILE.har [--letter nl|en] [--out DIR]
//                         evidence file + report as text (+ the letter and the complaint)
import { readFileSync } from 'node:fs';
import { analyseRequest } from '../core/analyse-request';
import { verdictFromPageInput } from '../core/health/page-input';
import { loadTrackerDbFromPackage } from './load-tracker-db';
import { auditCommand } from './audit-command';
import { harEntries } from './har-input';
import { pagesCommand } from './pages-command';
import { observedFromLine, outputOf, type RequestLine } from './request-input';

const USAGE = 'usage: pixelwacht requests FILE.jsonl | har FILE.har | pages FILE.jsonl | audit FILE.har [--letter nl|en] [--out DIR]';

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
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
    print(outputOf(value.url, analyseRequest(observedFromLine(value, index++), trackers)));
  }
}

async function harCommand(path: string): Promise<void> {
  const trackers = await loadTrackerDbFromPackage();
  const har = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const pageVerdicts = new Map<string, ReturnType<typeof verdictFromPageInput>>();
  let index = 0;
  for (const entry of harEntries(har)) {
    const analysis = analyseRequest(observedFromLine(entry.request, index++), trackers, { pageTitle: entry.pageTitle });
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
      if (letter !== null && letter !== 'nl' && letter !== 'en') {
        console.error(USAGE);
        return 2;
      }
      process.stdout.write(`${await auditCommand(file, { letter, out: option(argv, '--out') })}\n`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`pixelwacht: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
