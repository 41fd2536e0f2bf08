// The scan's figures, from the pages it kept: per site and consent run, and the
// headline per company ("N of M sites sent visits of health pages to Meta; K did so
// before any choice; J after refusal"). Pure, so the figures are tested on their own.
import type { CompanyResult, ConsentRun, PageOutcome, PageStatus } from './page-outcome';

export interface SiteRun {
  pages: number;
  healthPages: number;
  /** Pages that failed, timed out, left the site or left no record, with their status. */
  problems: { url: string; finalUrl: string | null; status: PageStatus; error: string | null }[];
  /** The start page's outcome: ok, or why the site could not be scanned in this run. */
  status: PageStatus | 'not-scanned';
  banner: string | null;
  clicked: boolean;
  /** Companies that received a health page visit in this run, and at which moments. */
  healthRecipients: Record<string, { pages: number; beforeChoice: boolean; afterRefusal: boolean; afterAcceptance: boolean }>;
  /** Every company seen in this run, with its number of pages. */
  companies: Record<string, number>;
}

export interface SiteResult {
  site: string;
  label: string | null;
  category: string | null;
  runs: Partial<Record<ConsentRun, SiteRun>>;
}

export interface CompanyFigure {
  brand: string;
  /** Sites where a health page's visit went to the company (any run). */
  sitesHealth: number;
  /** … before any cookie choice. */
  sitesBeforeChoice: number;
  /** … after the cookie banner was refused. */
  sitesAfterRefusal: number;
  sitesAfterAcceptance: number;
  /** Health pages (distinct addresses, any run) whose visit went to the company. */
  healthPages: number;
  /** Sites where the company received anything at all. */
  sitesAny: number;
}

export interface ScanFigures {
  sites: number;
  sitesScanned: number;
  pages: number;
  healthPages: number;
  runs: ConsentRun[];
  companies: CompanyFigure[];
  siteResults: SiteResult[];
}

const sentHealthVisit = (c: CompanyResult) => c.visit || c.healthData;

function emptyRun(): SiteRun {
  return { pages: 0, healthPages: 0, problems: [], status: 'not-scanned', banner: null, clicked: false, healthRecipients: {}, companies: {} };
}

export function aggregate(sites: readonly { site: string; label: string | null; category: string | null }[], outcomes: readonly PageOutcome[], runs: readonly ConsentRun[]): ScanFigures {
  const bySite = new Map<string, SiteResult>();
  for (const s of sites) bySite.set(s.site, { site: s.site, label: s.label, category: s.category, runs: Object.fromEntries(runs.map((r) => [r, emptyRun()])) });
  const healthUrls = new Map<string, Set<string>>();
  const anySite = new Map<string, Set<string>>();
  let pages = 0;
  const allHealthPages = new Set<string>();
  for (const o of outcomes) {
    const site = bySite.get(o.site);
    const run = site?.runs[o.run];
    if (!site || !run) continue;
    if (o.kind === 'start' || (o.kind === 'before-choice' && run.status === 'not-scanned')) {
      run.status = o.status;
      if (o.consent) {
        run.banner = o.consent.banner ?? run.banner;
        run.clicked = run.clicked || o.consent.clicked;
      }
    }
    if (o.status !== 'ok') {
      run.problems.push({ url: o.url, finalUrl: o.finalUrl, status: o.status, error: o.error });
      continue;
    }
    run.pages++;
    pages++;
    const health = o.health?.isHealth === true;
    if (health) {
      run.healthPages++;
      allHealthPages.add(o.finalUrl ?? o.url);
    }
    for (const c of o.companies) {
      run.companies[c.brand] = (run.companies[c.brand] ?? 0) + 1;
      (anySite.get(c.brand) ?? anySite.set(c.brand, new Set()).get(c.brand)!).add(o.site);
      if (!health || !sentHealthVisit(c)) continue;
      const r = (run.healthRecipients[c.brand] ??= { pages: 0, beforeChoice: false, afterRefusal: false, afterAcceptance: false });
      r.pages++;
      if (c.moments.includes('before-choice')) r.beforeChoice = true;
      if (c.moments.includes('after-refusal')) r.afterRefusal = true;
      if (c.moments.includes('after-acceptance')) r.afterAcceptance = true;
      (healthUrls.get(c.brand) ?? healthUrls.set(c.brand, new Set()).get(c.brand)!).add(o.finalUrl ?? o.url);
    }
  }
  const siteResults = [...bySite.values()];
  const brands = new Set([...anySite.keys()]);
  const companies: CompanyFigure[] = [...brands].map((brand) => {
    const count = (pick: (r: SiteRun['healthRecipients'][string]) => boolean) =>
      siteResults.filter((s) => Object.values(s.runs).some((run) => run.healthRecipients[brand] && pick(run.healthRecipients[brand]!))).length;
    return {
      brand,
      sitesHealth: count(() => true),
      sitesBeforeChoice: count((r) => r.beforeChoice),
      sitesAfterRefusal: count((r) => r.afterRefusal),
      sitesAfterAcceptance: count((r) => r.afterAcceptance),
      healthPages: healthUrls.get(brand)?.size ?? 0,
      sitesAny: anySite.get(brand)?.size ?? 0,
    };
  });
  companies.sort((a, b) => b.sitesHealth - a.sitesHealth || b.healthPages - a.healthPages || b.sitesAny - a.sitesAny || a.brand.localeCompare(b.brand));
  const sitesScanned = siteResults.filter((s) => Object.values(s.runs).some((r) => r.status === 'ok')).length;
  return { sites: siteResults.length, sitesScanned, pages, healthPages: allHealthPages.size, runs: [...runs], companies, siteResults };
}

/** The headline sentence for one company, in English. */
export function headline(f: ScanFigures, c: CompanyFigure): string {
  const parts = [`${c.sitesHealth} of ${f.sitesScanned} sites sent visits of health pages to ${c.brand}`];
  if (f.runs.includes('none') || f.runs.includes('reject') || f.runs.includes('accept')) parts.push(`${c.sitesBeforeChoice} did so before any choice`);
  if (f.runs.includes('reject')) parts.push(`${c.sitesAfterRefusal} after refusal`);
  return `${parts.join('; ')}.`;
}
