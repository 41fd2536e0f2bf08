// What the evidence shows, reduced to the facts the letters may rely on. Every legal
// ground a letter cites is switched on by one of these flags, and only by it.
import type { ConsentState } from '../consent/types';
import { findingsOf, hasFinding, isStorageDenial } from '../decoders/findings';
import type { EvidenceBundle, EvidenceTracker, EvidenceVisit } from '../evidence/types';
import { recipientName } from './legal-entities';

export interface Observation {
  visit: EvidenceVisit;
  key: string;
  tracker: EvidenceTracker;
}

export interface Facts {
  site: string;
  visits: EvidenceVisit[];
  observations: Observation[];
  /** Recipient companies in order of first appearance, with legal entity where known. */
  recipients: string[];
  firstIso: string | null;
  lastIso: string | null;
  /** Visits that count as health pages (isHealthPage). Art. 9 and its case law only when non-empty. */
  healthVisits: EvidenceVisit[];
  /** A pharmacy or medicines page: C-21/23 applies. */
  pharmacy: boolean;
  /** Companies whose social plug-in was loaded. Art. 26 with C-40/17 only when non-empty. */
  socialPlugins: string[];
  /** Consent states of recorded requests, only from visits with a recorded timeline. */
  states: Set<ConsentState>;
  timelineRecorded: boolean;
  hashedEmail: boolean;
  hashedPhone: boolean;
  /** Platforms whose login cookies went along. */
  loginPlatforms: string[];
  /** A request carried an IAB TCF consent string: C-604/22. */
  tcfString: boolean;
  /** A Google request said consent was denied and was sent anyway. */
  googleDenied: boolean;
}

export function factsOf(bundle: EvidenceBundle): Facts {
  const observations: Observation[] = [];
  for (const visit of bundle.visits) {
    const entries = Object.entries(visit.trackers).sort((a, b) => a[1].firstSeen - b[1].firstSeen || a[0].localeCompare(b[0]));
    for (const [key, tracker] of entries) observations.push({ visit, key, tracker });
  }
  const recipients: string[] = [];
  const plugins: string[] = [];
  const login = new Set<string>();
  const states = new Set<ConsentState>();
  let hashedEmail = false, hashedPhone = false, tcfString = false, googleDenied = false;
  for (const { visit, tracker } of observations) {
    const name = recipientName(tracker.tracker.companyKey, tracker.tracker.company, tracker.tracker.key);
    if (!recipients.includes(name)) recipients.push(name);
    if (tracker.kind === 'social-plugin' && !plugins.includes(name)) plugins.push(name);
    if (tracker.loginCookies) login.add(tracker.loginCookies.platform);
    if (visit.consent.recorded) states.add(tracker.firstConsent.state);
    for (const d of tracker.disclosures) {
      const findings = findingsOf(d);
      if (hasFinding(findings, 'hashed-email')) hashedEmail = true;
      if (hasFinding(findings, 'hashed-phone')) hashedPhone = true;
      if (hasFinding(findings, 'tcf-string')) tcfString = true;
      if (findings.some(isStorageDenial)) googleDenied = true;
    }
  }
  for (const visit of bundle.visits) {
    if (!visit.consent.recorded) continue;
    for (const r of visit.requests) states.add(r.consent.state);
  }
  states.delete('unknown');
  const healthVisits = bundle.visits.filter((v) => v.health.isHealthPage);
  const times = observations.map((o) => o.tracker.firstSeenIso).sort();
  return {
    site: bundle.site,
    visits: bundle.visits,
    observations,
    recipients,
    firstIso: times[0] ?? null,
    lastIso: times.at(-1) ?? null,
    healthVisits,
    pharmacy: healthVisits.some(
      (v) => v.health.categories.includes('medicines-pharmacy') || (v.health.verdict?.reasonCodes ?? []).some((c) => c.kind === 'site' && c.org === 'pharmacy'),
    ),
    socialPlugins: plugins,
    states,
    timelineRecorded: bundle.visits.some((v) => v.consent.recorded),
    hashedEmail,
    hashedPhone,
    loginPlatforms: [...login],
    tcfString,
    googleDenied,
  };
}

/** Requests left before the user made any choice (silence is not consent, recital 32). */
export function sentWithoutChoice(f: Facts): boolean {
  return f.states.has('before-any-interaction') || f.states.has('banner-unanswered');
}
