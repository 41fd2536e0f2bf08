// PageSignals → PageVerdict. Pure: no DOM, no browser, no clock.
//
// Evidence model, in short:
//  - every lexicon entry found adds weight × where-it-was-seen: the address path, title
//    and main heading say what a page is about, the body text only hints (with
//    diminishing returns, so a footer repeating 'zorgverzekering' cannot add up);
//  - schema.org health types add evidence of their own;
//  - counter-topics (jobs, parking, car insurance, pets, recipes, sport, ...) damp the
//    health evidence, strongly when they are in the title or address;
//  - a curated health organisation's domain at most doubles weak evidence, never creates it;
//  - a page needs at least one clearly medical signal, not just generic care words;
//  - then the verdict's kind: a page with a health subject is 'general' (amber, never
//    the alarm) when the page is of a kind that is not about the reader (news about
//    others, industry, education, retail, legal: page-kind.ts) or when it is about
//    health in general (prevention, diet, fitness, policy, research) more than about a
//    condition or care need — unless the page marks itself up as medical (MedicalWebPage).
import { collectEvidence, PLACE_ORDER, type EntryEvidence } from './evidence';
import { lexiconsFor } from './lexicons';
import { detectLanguage } from './language';
import type { Lang } from '../model';
import { knownHealthSite, type KnownSite } from './known-sites';
import { pageFields, pathTo, urlParts } from './page-fields';
import { pageKind, type KindResult } from './page-kind';
import { formatReason } from './reasons';
import { COUNTER_SCHEMA_TYPES, HEALTH_SCHEMA_TYPES, schemaTypeName } from './schema-types';
import { GENERAL_TOPICS, PAGE_KIND_TOPICS, type CounterTopic, type HealthCategory, type MatchedTerm, type PageSignals, type PageVerdict, type ReasonCode, type SignalPlace, type VerdictKind } from './types';

/** Evidence at which the score reaches 0.5. A clearly medical word in the title gets there alone. */
const THRESHOLD = 4;
const PLACE_WEIGHT: Record<SignalPlace, number> = { url: 2, title: 2, h1: 2, breadcrumbs: 1.5, headings: 1.2, meta: 1, body: 0.8 };
/** Body mentions of counter-topics are mostly menus and footers: they count half, and capped. */
const COUNTER_BODY_FACTOR = 0.5;
const COUNTER_BODY_CAP = 4;
/** How fast counter-topic evidence damps health evidence (words, and schema types). */
const COUNTER_SCALE = 3;
const COUNTER_SCHEMA_SCALE = 2;
/** Most a known site's prior can add; insurers sell much more than health insurance. */
const PRIOR_CAP = { insurer: 1.5, hospital: 2.5, 'mental-health-provider': 2.5, pharmacy: 2.5, 'health-information': 2.5 } as const;
/** A page needs one entry at least this heavy (or a page-level schema type) to be health. */
const STRONG_ENTRY = 2;
const STRONG_SCHEMA = 4;
const MAX_REASONS = 6;
/** Health-in-general evidence that makes a page 'general' (and, against health evidence, the share it needs). */
const GENERAL_MIN = 4;
const GENERAL_RATIO = 0.6;
/** Below the health threshold, a page of a non-reader kind with at least this score is still 'general'. */
const GENERAL_KIND_SCORE = 0.3;
const SIDE_TOPICS = new Set<string>([...PAGE_KIND_TOPICS, ...GENERAL_TOPICS]);
const MAX_TERMS = 20;

export interface ClassifyOptions {
  /** Language of the human-readable reasons; defaults to the page's language, else English. */
  lang?: Lang;
}

/** Body occurrences count with diminishing returns: 1 → 1, 2 → 1.6, 4 → 2.2, capped at 3. */
function bodyFactor(count: number): number {
  return count > 0 ? Math.min(1 + 0.6 * Math.log2(count), 3) : 0;
}

/** Several places add up with halving returns: the best counts fully, the next half, ... */
function diminish(weights: number[]): number {
  weights.sort((a, b) => b - a);
  let sum = 0;
  let f = 1;
  for (const w of weights) {
    sum += w * f;
    f /= 2;
  }
  return sum;
}

function placedWeights(ev: EntryEvidence): number[] {
  const out: number[] = [];
  for (const p of ev.places) if (p !== 'body') out.push(PLACE_WEIGHT[p]);
  return out;
}

interface Scored {
  ev: EntryEvidence;
  value: number;
}

export function classifyPage(signals: PageSignals, options: ClassifyOptions = {}): PageVerdict {
  const { hostname, path } = urlParts(signals.url ?? '');
  const fields = pageFields(signals, path);
  const sample = fields.filter((f) => f.place === 'title' || f.place === 'body').flatMap((f) => f.tokens.folded);
  const language = detectLanguage(sample, signals.lang ?? '');
  const found = collectEvidence(fields, lexiconsFor(language));

  const health: Scored[] = [];
  const counters: Scored[] = [];
  const side: Scored[] = [];
  let counterPlaced = 0;
  let counterBody = 0;
  for (const ev of found.values()) {
    const placed = placedWeights(ev);
    const body = PLACE_WEIGHT.body * bodyFactor(ev.bodyCount);
    if ('health' in ev.entry.target) {
      health.push({ ev, value: ev.entry.weight * diminish(body ? [...placed, body] : placed) });
    } else if (SIDE_TOPICS.has(ev.entry.target.counter)) {
      // Page kind and health-in-general words do not damp: they decide the verdict's kind.
      side.push({ ev, value: ev.entry.weight * diminish(placed) + Math.min(ev.entry.weight * body * COUNTER_BODY_FACTOR, COUNTER_BODY_CAP) });
    } else {
      const p = ev.entry.weight * diminish(placed);
      const b = ev.entry.weight * body * COUNTER_BODY_FACTOR;
      counterPlaced += p;
      counterBody += b;
      counters.push({ ev, value: p + b });
    }
  }
  health.sort((a, b) => b.value - a.value);
  counters.sort((a, b) => b.value - a.value);
  side.sort((a, b) => b.value - a.value);

  const byCategory = new Map<HealthCategory, number>();
  const add = (c: HealthCategory, v: number) => byCategory.set(c, (byCategory.get(c) ?? 0) + v);
  for (const s of health) add((s.ev.entry.target as { health: HealthCategory }).health, s.value);

  const schemaCodes: ReasonCode[] = [];
  let strong = health.some((s) => s.ev.entry.weight >= STRONG_ENTRY);
  let medicalPage = false;
  let schemaCounter = 0;
  for (const raw of new Set((signals.schemaTypes ?? []).map(schemaTypeName))) {
    const h = HEALTH_SCHEMA_TYPES.get(raw);
    if (h) {
      add(h.category, h.weight);
      if (h.weight >= STRONG_SCHEMA) strong = medicalPage = true;
      schemaCodes.push({ kind: 'schema', type: raw, category: h.category });
    }
    const c = COUNTER_SCHEMA_TYPES.get(raw);
    if (c) {
      schemaCounter += c.weight;
      schemaCodes.push({ kind: 'counter-schema', type: raw, topic: c.topic });
    }
  }

  const own = [...byCategory.values()].reduce((a, b) => a + b, 0);
  const counter = counterPlaced + Math.min(counterBody, COUNTER_BODY_CAP);
  // A page marked up as a JobPosting, Recipe or VeterinaryCare says what it is about,
  // whatever medical words its text uses: that damps as a factor, not as one more word.
  const damp = 1 / (1 + counter / COUNTER_SCALE) / (1 + schemaCounter / COUNTER_SCHEMA_SCALE);
  const damped = own * damp;
  const site = hostname ? knownHealthSite(hostname) : null;
  // The prior is damped too: a hospital's job advert is not more medical for being the hospital's.
  const prior = site ? Math.min(damped, PRIOR_CAP[site.org]) * damp : 0;
  const evidence = damped + prior;
  let score = evidence / (evidence + THRESHOLD);
  if (!strong) score = Math.min(score, 0.45);

  const topicValue = new Map<string, number>();
  const topicCodes = new Map<string, ReasonCode[]>();
  for (const s of side) {
    const t = (s.ev.entry.target as { counter: CounterTopic }).counter;
    topicValue.set(t, (topicValue.get(t) ?? 0) + s.value);
    if (s.value >= 1) topicCodes.set(t, [...(topicCodes.get(t) ?? []), termCode(s.ev, path)]);
  }
  const kindOf = pageKind(hostname, [...new Set((signals.schemaTypes ?? []).map(schemaTypeName))], topicValue, topicCodes);
  const general = GENERAL_TOPICS.reduce((sum, t) => sum + (topicValue.get(t) ?? 0), 0);
  const generalCodes = GENERAL_TOPICS.flatMap((t) => topicCodes.get(t) ?? []);
  const kind = verdictKind(score, damped + prior, medicalPage, kindOf, general, own > 0);
  const isHealth = kind === 'health';

  const ranked = rankReasons(isHealth, health, counters, schemaCodes, site, path);
  // The reasons that made a health subject 'general' come first: they are what decided.
  const decided: ReasonCode[] = kind === 'general' || (kind === 'none' && kindOf.kind) ? (kindOf.kind ? kindOf.codes : generalCodes.slice(0, 2)) : [];
  const reasonCodes = dedupe([...decided, ...ranked]).slice(0, MAX_REASONS);
  const lang: Lang = options.lang ?? (language === 'nl' ? 'nl' : 'en');
  return {
    health: isHealth,
    kind,
    score: Math.round(score * 1000) / 1000,
    categories: kind !== 'none' ? rankCategories(byCategory) : [],
    reasons: reasonCodes.map((c) => formatReason(c, lang)),
    language,
    matchedTerms: health.slice(0, MAX_TERMS).map(({ ev }) => ({
      term: ev.surface,
      entry: ev.entry.source,
      category: (ev.entry.target as { health: HealthCategory }).health,
      where: PLACE_ORDER.filter((p) => ev.places.has(p)),
      bodyCount: ev.bodyCount,
    })) satisfies MatchedTerm[],
    reasonCodes,
  };
}

/** health / general / none, from the health score and what kind of page it is. */
function verdictKind(score: number, healthEvidence: number, medicalPage: boolean, kindOf: KindResult, general: number, anyHealth: boolean): VerdictKind {
  if (score >= 0.5) {
    if (medicalPage) return 'health';
    // A shop page for a medicine or a pregnancy test says what the buyer needs: retail
    // does not lower a health subject, it only explains why a beauty shop is not health.
    if (kindOf.kind && kindOf.kind !== 'retail') return 'general';
    if (general >= GENERAL_MIN && general >= healthEvidence * GENERAL_RATIO) return 'general';
    return 'health';
  }
  if (anyHealth && general >= GENERAL_MIN) return 'general';
  if (kindOf.kind && (kindOf.kind === 'news' || kindOf.kind === 'business') && score >= GENERAL_KIND_SCORE) return 'general';
  return 'none';
}

function dedupe(codes: ReasonCode[]): ReasonCode[] {
  // Two reasons that read the same (the same word in the path twice) are one reason.
  const seen = new Set<string>();
  return codes.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Categories with at least a quarter of the strongest one's evidence; generic 'general-health' only when alone. */
function rankCategories(byCategory: Map<HealthCategory, number>): HealthCategory[] {
  const ranked = [...byCategory.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  const kept = ranked.filter(([, v]) => v >= top / 4).map(([c]) => c);
  const specific = kept.filter((c) => c !== 'general-health');
  return specific.length ? specific : kept;
}

function termCode(ev: EntryEvidence, path: string): ReasonCode {
  const where = ev.surfacePlace;
  const urlPath = where === 'url' ? pathTo(path, ev.folded) : undefined;
  const count = where === 'body' && ev.bodyCount > 1 ? ev.bodyCount : undefined;
  if ('health' in ev.entry.target) {
    return { kind: 'term', where, term: ev.surface, category: ev.entry.target.health, ...(count ? { count } : {}), ...(urlPath ? { path: urlPath } : {}) };
  }
  return { kind: 'counter', where, term: ev.surface, topic: ev.entry.target.counter as CounterTopic, ...(urlPath ? { path: urlPath } : {}) };
}

/** Health reasons first when the page is health, counter-reasons first when it is not. */
function rankReasons(isHealth: boolean, health: Scored[], counters: Scored[], schema: ReasonCode[], site: KnownSite | null, path: string): ReasonCode[] {
  const pro: ReasonCode[] = [
    ...schema.filter((c) => c.kind === 'schema'),
    ...health.slice(0, MAX_REASONS).map((s) => termCode(s.ev, path)),
  ];
  const contra: ReasonCode[] = [
    ...schema.filter((c) => c.kind === 'counter-schema'),
    ...counters.filter((s) => s.value >= 1).slice(0, 3).map((s) => termCode(s.ev, path)),
  ];
  const siteCode: ReasonCode[] = site ? [{ kind: 'site', domain: site.domain, org: site.org }] : [];
  const ordered = isHealth ? [...pro, ...siteCode, ...contra] : [...contra, ...pro, ...siteCode];
  return dedupe(ordered).slice(0, MAX_REASONS);
}
