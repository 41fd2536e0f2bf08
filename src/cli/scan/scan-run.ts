// One consent run of the scan on Crawlee: its request queue (start pages, then the
// links chosen on each), retries, concurrency that adapts to the machine, a delay
// between requests to the same site, and persistence in the output folder so an
// interrupted scan continues where it stopped. One browser profile per run, fresh
// when the run begins: the reject run's refusals stay in its own profile.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Configuration, Dataset, RequestQueue } from '@crawlee/core';
import { PlaywrightCrawler, type PlaywrightCrawlingContext } from '@crawlee/playwright';
import type { Page } from 'playwright-core';
import { siteOf } from '../../core/trackers/party';
import { chromiumArgs, directChromium } from './browser-launcher';
import { settledRecord } from './extension-records';
import { PageGuard } from './isolated-world';
import type { ClickPoint } from './page-consent';
import { rankLinks, type PageLink } from './link-rank';
import { companiesOf, healthOf, type ConsentAction, type ConsentRun, type PageKind, type PageOutcome, type PageStatus } from './page-outcome';
import type { ScanEntry } from './scan-list';

export interface RunSettings {
  out: string;
  pagesPerSite: number;
  concurrency: number;
  /** Longest wait for a page's record to settle after load. */
  pageWaitMs: number;
  /** Longest wait for a cookie banner on a start page. */
  bannerWaitMs: number;
  siteDelaySecs: number;
  navigationTimeoutSecs: number;
  retries: number;
  extensionDir: string;
  chromiumPath: string;
  hostResolverRules: string | null;
  locale: string;
  /** Called after every page (done or failed). */
  onPage(outcome: PageOutcome): void;
  onBrowser(version: string): void;
  /** Called when a start page's links were chosen (how many will follow), or it failed (0). */
  onLinksChosen(run: ConsentRun, site: string, count: number): void;
}

interface RequestData {
  run: ConsentRun;
  site: string;
  label: string | null;
  category: string | null;
  kind: PageKind;
  linkWords: string[];
}

export const storageDir = (out: string) => join(out, 'crawlee');
export const datasetName = (run: ConsentRun) => `pages-${run}`;

const configs = new Map<string, Configuration>();

/** One Crawlee configuration (and so one storage client) per output folder and process. */
export function crawleeConfig(out: string): Configuration {
  const known = configs.get(out);
  if (known) return known;
  const config = new Configuration({
    storageClientOptions: { localDataDirectory: storageDir(out) },
    persistStorage: true,
    purgeOnStart: false,
    headless: true,
  });
  configs.set(out, config);
  return config;
}

/** The guard of each page the crawl opened (isolated world, no form submissions), made before its first navigation. */
const guards = new WeakMap<Page, Promise<PageGuard>>();
const guardOf = (page: Page, siteDelayMs: number): Promise<PageGuard> => {
  let guard = guards.get(page);
  if (!guard) {
    guard = PageGuard.attach(page, siteDelayMs);
    guards.set(page, guard);
  }
  return guard;
};

/** Finds the banner with the extension's detection (in the scan's isolated world) and clicks the control it would record as this choice. */
async function makeChoice(page: Page, guard: PageGuard, run: 'reject' | 'accept', waitMs: number): Promise<ConsentAction> {
  const wanted = run === 'reject' ? 'reject-all' : 'accept-all';
  const deadline = Date.now() + waitMs;
  let banner: string | null = null;
  for (;;) {
    const point = await guard.call<ClickPoint | null>('choicePoint', wanted).catch(() => null);
    banner = (await guard.call<string | null>('bannerNow').catch(() => null)) ?? point?.cmp ?? banner;
    if (point) {
      // A real mouse click at the control (trusted, as a user's): the extension records it as the user's choice.
      await page.mouse.click(point.x, point.y);
      return { banner, clicked: true };
    }
    if (Date.now() >= deadline) return { banner, clicked: false };
    await page.waitForTimeout(400);
  }
}

function statusOfError(error: Error): PageStatus {
  return /timeout|timed out/i.test(error.message) ? 'timeout' : 'failed';
}

export async function runConsentRun(run: ConsentRun, entries: readonly ScanEntry[], settings: RunSettings): Promise<{ crawler: PlaywrightCrawler; done: Promise<void> }> {
  const config = crawleeConfig(settings.out);
  const queue = await RequestQueue.open(`scan-${run}`, { config });
  const dataset = await Dataset.open(datasetName(run), { config });
  const profile = join(settings.out, 'profiles', run);
  const recordsDir = join(settings.out, 'records', run);
  mkdirSync(recordsDir, { recursive: true });
  let browserReported = false;

  async function keep(outcome: PageOutcome, record: object | null): Promise<void> {
    if (record) {
      const name = `${createHash('sha1').update(`${outcome.kind} ${outcome.url}`).digest('hex').slice(0, 16)}.json`;
      writeFileSync(join(recordsDir, name), JSON.stringify(record));
      outcome.recordFile = join('records', run, name);
    }
    await dataset.pushData(outcome as unknown as Record<string, unknown>);
    settings.onPage(outcome);
  }

  const base = (data: RequestData, url: string): PageOutcome => ({
    run, site: data.site, label: data.label, category: data.category, url, finalUrl: null, kind: data.kind, status: 'ok', error: null,
    httpStatus: null, at: Date.now(), linkWords: data.linkWords, consent: null, health: null, companies: [], recordFile: null,
  });

  async function handle(crawling: PlaywrightCrawlingContext): Promise<void> {
    const { request, addRequests } = crawling;
    // Crawlee types its page with the full playwright package; this is playwright-core's.
    const page = crawling.page as unknown as Page;
    const response = crawling.response as unknown as { status(): number } | undefined;
    const data = request.userData as RequestData;
    const context = page.context();
    if (!browserReported) {
      browserReported = true;
      settings.onBrowser(context.browser()?.version() ?? (await context.serviceWorkers()[0]?.evaluate(() => navigator.userAgent)) ?? 'unknown');
    }
    const worker = async () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    const since = Date.now() - settings.navigationTimeoutSecs * 1000;
    const outcome = base(data, request.url);
    outcome.finalUrl = page.url();
    outcome.httpStatus = response?.status() ?? null;
    if (siteOf(page.url()) !== data.site) {
      if (data.kind === 'start') settings.onLinksChosen(run, data.site, 0);
      await keep({ ...outcome, status: 'off-site' }, null);
      return;
    }
    const guard = await guardOf(page, settings.siteDelaySecs * 1000);
    const blocked = () => ({ sentAt: [...guard.sentAt], ...(guard.blockedSubmissions.length > 0 ? { blockedSubmissions: [...guard.blockedSubmissions] } : {}) });
    let visitStart = Date.now() - 1000;
    if (data.kind === 'start' && run !== 'none') {
      outcome.consent = await makeChoice(page, guard, run, settings.bannerWaitMs);
      if (outcome.consent.clicked) {
        // The page where the choice was made: what left before it and just after.
        const first = await settledRecord(worker, () => page.url(), since, settings.pageWaitMs);
        const before = { ...base({ ...data, kind: 'before-choice' }, request.url), finalUrl: page.url(), consent: outcome.consent };
        await keep(first ? { ...before, ...blocked(), health: healthOf(first), companies: companiesOf(first), at: first.startedAt } : { ...before, ...blocked(), status: 'no-record' }, first);
        // Then the start page again, in the same profile: what is sent once the choice is made.
        visitStart = Date.now();
        await page.reload({ waitUntil: 'load', timeout: settings.navigationTimeoutSecs * 1000 });
      }
    }
    const record = await settledRecord(worker, () => page.url(), data.kind === 'start' && outcome.consent?.clicked ? visitStart : since, settings.pageWaitMs);
    // Resumed after an interruption, the start page may already carry the run's choice (the
    // extension recorded it for the site): no banner shows, and the choice counts as made.
    const wanted = run === 'reject' ? 'reject-all' : 'accept-all';
    if (outcome.consent && !outcome.consent.clicked && record?.earlierChoice?.choice === wanted) outcome.consent = { ...outcome.consent, clicked: true, madeEarlier: true };
    const chosen = data.kind === 'start' && settings.pagesPerSite > 1 ? rankLinks(await guard.call<PageLink[]>('pageLinks').catch(() => []), page.url(), settings.pagesPerSite - 1) : [];
    if (data.kind === 'start') outcome.linksChosen = chosen.length;
    if (record) await keep({ ...outcome, ...blocked(), health: healthOf(record), companies: companiesOf(record), at: record.startedAt }, record);
    else await keep({ ...outcome, ...blocked(), status: 'no-record' }, null);
    if (data.kind !== 'start') return;
    settings.onLinksChosen(run, data.site, chosen.length);
    await addRequests(
      chosen.map((link) => ({
        url: link.url,
        uniqueKey: `${run} ${link.url}`,
        userData: { run, site: data.site, label: data.label, category: data.category, kind: 'link', linkWords: link.words } satisfies RequestData,
      })),
    );
  }

  const crawler = new PlaywrightCrawler(
    {
      requestQueue: queue,
      launchContext: {
        launcher: directChromium(),
        userDataDir: profile,
        useChrome: false,
        // handleSIGINT: false: on Ctrl-C, playwright-core would close the browser under the pages being
        // visited and end the process (exit 130) before the crawl stopped gracefully and kept its state.
        launchOptions: {
          executablePath: settings.chromiumPath,
          headless: true,
          handleSIGINT: false,
          args: chromiumArgs(settings.extensionDir, settings.hostResolverRules, settings.locale),
        },
      },
      // One browser for the run (its profile holds the choices made); no fake fingerprints.
      // Pages still closing count as open, so the cap on pages per browser is far above the concurrency:
      // a second browser on the same profile could not start.
      browserPoolOptions: { useFingerprints: false, retireBrowserAfterPageCount: Number.MAX_SAFE_INTEGER, maxOpenPagesPerBrowser: 10_000 },
      // No Crawlee sessions: they rotate cookies and retire the browser after 50 uses, and the
      // browser profile is what must hold a run's cookies (a second browser could not open it).
      useSessionPool: false,
      persistCookiesPerSession: false,
      minConcurrency: 1,
      maxConcurrency: settings.concurrency,
      maxRequestRetries: settings.retries,
      sameDomainDelaySecs: settings.siteDelaySecs,
      navigationTimeoutSecs: settings.navigationTimeoutSecs,
      requestHandlerTimeoutSecs: settings.navigationTimeoutSecs + (settings.pageWaitMs * 2 + settings.bannerWaitMs) / 1000 + 30,
      preNavigationHooks: [
        async (context, gotoOptions) => {
          if (gotoOptions) gotoOptions.waitUntil = 'load';
          await guardOf(context.page as unknown as Page, settings.siteDelaySecs * 1000);
        },
      ],
      requestHandler: handle,
      async failedRequestHandler({ request }, error) {
        const data = request.userData as RequestData;
        if (data.kind === 'start') settings.onLinksChosen(run, data.site, 0);
        await keep({ ...base(data, request.url), status: statusOfError(error), error: error.message.split('\n')[0]!.slice(0, 300) }, null);
      },
      statusMessageLoggingInterval: 3600,
    },
    config,
  );
  await queue.addRequests(
    entries.map((e) => ({
      url: e.url,
      uniqueKey: `${run} ${e.url}`,
      userData: { run, site: e.site, label: e.label, category: e.category, kind: 'start', linkWords: [] } satisfies RequestData,
    })),
  );
  return { crawler, done: crawler.run().then(() => undefined) };
}
