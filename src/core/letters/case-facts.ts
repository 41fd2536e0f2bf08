// The facts of a case, numbered: every observation gets the number the letters cite
// it by, and every argument a letter makes is switched on by a list of observation
// numbers here (empty list: the argument is left out). Reads the evidence and the
// user's own statement; infers nothing the two do not say.
import { eventInferred, findingsOf, hasFinding, isStorageDenial } from '../decoders/findings';
import type { ConsentState } from '../consent/types';
import type { EvidenceBundle, EvidenceVisit } from '../evidence/types';
import { NO_STATEMENT, type UserStatement } from './consent-statement';
import type { EmailMatch } from './email-hash';
import type { PhoneMatch } from './phone-hash';
import { visitContradictions, type LetterContradiction } from './contradiction-text';
import { factsOf, type Facts, type Observation } from './facts';
import { entityFor, recipientName } from './legal-entities';

export interface Numbered extends Observation {
  n: number;
}

export interface PageGroup {
  visit: EvidenceVisit;
  observations: Numbered[];
}

export interface CaseFacts {
  f: Facts;
  numbered: Numbered[];
  groups: PageGroup[];
  statement: UserStatement;
  emailMatches: EmailMatch[];
  /** Recorded: sent before any choice (no interaction yet, or the banner unanswered). */
  beforeChoice: number[];
  afterReject: number[];
  afterAccept: number[];
  /** Observations on visits without a recorded timeline: the user's statement speaks for them. */
  unrecorded: number[];
  health: number[];
  /** Health observations the user accepted a banner for (recorded, or by their own statement). */
  healthAfterAccept: number[];
  hashedEmail: number[];
  hashedPhone: number[];
  /** Hashed e-mail values the user's own address matched, by observation. */
  ownEmail: number[];
  /** Hashed values the user's own phone number matched, by observation. */
  ownPhone: number[];
  phoneMatches: PhoneMatch[];
  tcf: number[];
  pixels: number[];
  plugins: number[];
  /** Google requests whose consent mode said storage was denied. */
  googleDenied: number[];
  /** Requests to other recipients on the same visits as a denied Google signal. */
  othersWhileDenied: number[];
  /** Order, add-to-cart or purchase events on a pharmacy visit (C-21/23). */
  pharmacyOrders: number[];
  /** Recipients established outside the EEA with no known EU entity (art. 13(1)(f)). */
  transfers: number[];
  /** Recipients whose EU entity is established in Ireland (coordination with the DPC). */
  irishRecipients: string[];
  /**
   * Observations whose every request Pixelwacht's health shield blocked: attempts, never
   * transfers. Nothing of them reached the recipient, so no allegation rests on them
   * (`reachedFacts`); the letters state them as "the page tried to send …".
   */
  attempts: number[];
  /** Observations with at least one request that reached the recipient. */
  reached: number[];
  /** Where the site's own consent record or signals contradict the user's actions or its own requests (consent/contradictions.ts). */
  contradictions: LetterContradiction[];
}

// Event names that mean an order was placed or a product put in the cart, across vendors.
const ORDER_EVENTS = new Set(['purchase', 'addtocart', 'add_to_cart', 'completepayment', 'placeanorder', 'order', 'ordercompleted', 'order_completed', 'checkout_completed']);

// EU and EEA member states (ISO 3166-1 alpha-2).
const EEA = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO']);

const PRE_CHOICE: ReadonlySet<ConsentState> = new Set(['before-any-interaction', 'banner-unanswered']);

function isPharmacyVisit(v: EvidenceVisit): boolean {
  return v.health.isHealthPage && (v.health.categories.includes('medicines-pharmacy') || (v.health.verdict?.reasonCodes ?? []).some((c) => c.kind === 'site' && c.org === 'pharmacy'));
}

function googleDeniedIn(o: Observation): boolean {
  return o.tracker.tracker.companyKey === 'google' && o.tracker.disclosures.some((d) => findingsOf(d).some(isStorageDenial));
}

/** The states the visit's requests of this tracker were sent in (recorded timelines only). */
function statesOf(o: Observation): Set<ConsentState> {
  const states = new Set<ConsentState>([o.tracker.firstConsent.state]);
  for (const r of o.visit.requests) if (r.recorded.trackerKey === o.key) states.add(r.consent.state);
  states.delete('unknown');
  return states;
}

export function caseFactsOf(bundle: EvidenceBundle, statement: UserStatement = NO_STATEMENT, emailMatches: EmailMatch[] = [], phoneMatches: PhoneMatch[] = []): CaseFacts {
  const f = factsOf(bundle);
  const numbered: Numbered[] = f.observations.map((o, i) => ({ ...o, n: i + 1 }));
  const groups: PageGroup[] = [];
  for (const o of numbered) {
    const last = groups.at(-1);
    if (last && last.visit === o.visit) last.observations.push(o);
    else groups.push({ visit: o.visit, observations: [o] });
  }
  const where = (test: (o: Numbered) => boolean) => numbered.filter(test).map((o) => o.n);
  const recorded = (o: Numbered) => o.visit.consent.recorded;
  const unrecorded = where((o) => !recorded(o));
  const afterAccept = where((o) => recorded(o) && statesOf(o).has('after-accept'));
  const health = where((o) => o.visit.health.isHealthPage);
  const deniedVisits = new Set(numbered.filter(googleDeniedIn).map((o) => o.visit.visitId));
  const irish: string[] = [];
  for (const o of numbered) {
    const e = entityFor(o.tracker.tracker.companyKey, o.tracker.tracker.key);
    if (e?.country === 'IE' && !irish.includes(e.entity)) irish.push(e.entity);
  }
  const statedAccept = statement.choice === 'accepted';
  const googleDeniedNs = where(googleDeniedIn);
  const contradictions = f.visits.flatMap(visitContradictions).map((x) => {
    const onVisit = numbered.filter((o) => o.visit === x.visit);
    const toRecipients = onVisit.filter((o) => x.recipients.includes(recipientName(o.tracker.tracker.companyKey, o.tracker.tracker.company, o.tracker.tracker.key))).map((o) => o.n);
    const observations = x.kind === 'consent-mode-denied-but-meta-linkedin'
      ? [...onVisit.map((o) => o.n).filter((n) => googleDeniedNs.includes(n)), ...toRecipients]
      : x.kind === 'record-denied-but-identifiers-sent' ? toRecipients : [];
    return { ...x, observations: [...new Set(observations)].sort((a, b) => a - b) };
  });
  return {
    f,
    numbered,
    groups,
    statement,
    emailMatches,
    beforeChoice: where((o) => recorded(o) && [...statesOf(o)].some((s) => PRE_CHOICE.has(s))),
    afterReject: where((o) => recorded(o) && statesOf(o).has('after-reject')),
    afterAccept,
    unrecorded,
    health,
    healthAfterAccept: health.filter((n) => afterAccept.includes(n) || (statedAccept && unrecorded.includes(n))),
    hashedEmail: where((o) => o.tracker.disclosures.some((d) => hasFinding(findingsOf(d), 'hashed-email'))),
    hashedPhone: where((o) => o.tracker.disclosures.some((d) => hasFinding(findingsOf(d), 'hashed-phone'))),
    ownEmail: where((o) => emailMatches.some((m) => m.visitId === o.visit.visitId && m.trackerKey === o.key)),
    ownPhone: where((o) => phoneMatches.some((m) => m.visitId === o.visit.visitId && m.trackerKey === o.key)),
    phoneMatches,
    tcf: where((o) => o.tracker.disclosures.some((d) => !!d.consent?.tcf?.tcString)),
    pixels: where((o) => o.tracker.kind === 'pixel'),
    plugins: where((o) => o.tracker.kind === 'social-plugin'),
    googleDenied: googleDeniedNs,
    othersWhileDenied: where((o) => deniedVisits.has(o.visit.visitId) && o.tracker.tracker.companyKey !== 'google'),
    pharmacyOrders: where((o) => isPharmacyVisit(o.visit) && o.tracker.disclosures.some((d) => !!d.event && !eventInferred(d) && ORDER_EVENTS.has(d.event.toLowerCase()))),
    transfers: where((o) => {
      const country = o.tracker.tracker.country;
      return !entityFor(o.tracker.tracker.companyKey, o.tracker.tracker.key) && !!country && !EEA.has(country.toUpperCase());
    }),
    irishRecipients: irish,
    attempts: where(allBlocked),
    reached: where((o) => !allBlocked(o)),
    contradictions,
  };
}

/** Every request of the observation was blocked by the health shield. */
function allBlocked(o: Observation): boolean {
  return (o.tracker.blocked ?? 0) >= o.tracker.requestCount && o.tracker.requestCount > 0;
}

/**
 * Whether the evidence shows any request that reached a company. When the health shield
 * blocked every one, no complaint about a transfer can be made (the wizard offers none).
 */
export function transferShown(bundle: EvidenceBundle): boolean {
  return !nothingReached(caseFactsOf(bundle));
}

/** Nothing reached a company: the health shield blocked every request (and there was at least one). */
export function nothingReached(c: CaseFacts): boolean {
  return c.numbered.length > 0 && c.reached.length === 0;
}

/** The recipients of the attempts only (companies the page tried to tell and none of whose requests got through). */
export function attemptedRecipients(c: CaseFacts): string[] {
  const reached = new Set(reachedFacts(c).f.recipients);
  return [...new Set(c.numbered.filter((o) => c.attempts.includes(o.n)).map((o) => recipientName(o.tracker.tracker.companyKey, o.tracker.tracker.company, o.tracker.tracker.key)))].filter((x) => !reached.has(x));
}

/**
 * The facts an allegation may rest on: only observations at least one request of which
 * reached the recipient (a request the browser blocked transferred nothing). The page
 * groups stay whole: the observations section still lists the attempts, as attempts.
 */
export function reachedFacts(c: CaseFacts): CaseFacts {
  if (c.attempts.length === 0) return c;
  const keep = new Set(c.reached);
  const only = (ns: number[]) => ns.filter((n) => keep.has(n));
  const numbered = c.numbered.filter((o) => keep.has(o.n));
  const recipients: string[] = [];
  const irish: string[] = [];
  for (const o of numbered) {
    const name = recipientName(o.tracker.tracker.companyKey, o.tracker.tracker.company, o.tracker.tracker.key);
    if (!recipients.includes(name)) recipients.push(name);
    const e = entityFor(o.tracker.tracker.companyKey, o.tracker.tracker.key);
    if (e?.country === 'IE' && !irish.includes(e.entity)) irish.push(e.entity);
  }
  return {
    ...c,
    f: {
      ...c.f,
      observations: numbered,
      recipients,
      socialPlugins: c.f.socialPlugins.filter((p) => recipients.includes(p)),
      // A blocked request carried no cookies anywhere.
      loginPlatforms: [...new Set(numbered.flatMap((o) => (o.tracker.loginCookies ? [o.tracker.loginCookies.platform] : [])))],
    },
    numbered,
    beforeChoice: only(c.beforeChoice),
    afterReject: only(c.afterReject),
    afterAccept: only(c.afterAccept),
    unrecorded: only(c.unrecorded),
    health: only(c.health),
    healthAfterAccept: only(c.healthAfterAccept),
    hashedEmail: only(c.hashedEmail),
    hashedPhone: only(c.hashedPhone),
    ownEmail: only(c.ownEmail),
    ownPhone: only(c.ownPhone),
    tcf: only(c.tcf),
    pixels: only(c.pixels),
    plugins: only(c.plugins),
    googleDenied: only(c.googleDenied),
    othersWhileDenied: only(c.othersWhileDenied),
    pharmacyOrders: only(c.pharmacyOrders),
    transfers: only(c.transfers),
    irishRecipients: irish,
    contradictions: c.contradictions.map((x) => ({ ...x, observations: only(x.observations) })),
  };
}

/** Observations sent without a choice: recorded so, or on unrecorded visits when the user says they chose nothing or saw no banner. */
export function withoutChoice(c: CaseFacts): number[] {
  const stated = c.statement.choice === 'nothing' || c.statement.choice === 'no-banner' ? c.unrecorded : [];
  return [...new Set([...c.beforeChoice, ...stated])].sort((a, b) => a - b);
}

/** Observations sent after a refusal: recorded so, or on unrecorded visits when the user says they refused. */
export function afterRefusal(c: CaseFacts): number[] {
  const stated = c.statement.choice === 'refused' ? c.unrecorded : [];
  return [...new Set([...c.afterReject, ...stated])].sort((a, b) => a - b);
}
