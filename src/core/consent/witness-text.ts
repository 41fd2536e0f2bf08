// The three-witness timeline in words, in Dutch and English, for the popup's consent
// section, the dashboard's visit and the evidence file. Each line says whose statement
// it is: what Pixelwacht saw on the page (trusted events, stamped on receipt), what the
// site's own record or TCF interface claimed, or what the site told a tracker in its
// requests. Wording states facts, never what the recipient "knows".

import { consentEventText } from '../evidence/consent-events';
import type { Lang } from '../model';
import type { PageRecord } from '../records/page-record';
import { pageContradictions, type Contradiction } from './contradictions';
import { GOOGLE_STORAGE_NAMES, joinList } from './describe-consent';
import { pageWitnessTimeline, type WitnessEntry } from './witness-timeline';

type Witness = WitnessEntry['witness'];

/**
 * Whose statement a line is: what Pixelwacht itself saw (trusted events), or a claim of the
 * site (its record, its TCF interface, what it told a tracker) — never the user's choice.
 */
export const WITNESS_LABEL: Record<Lang, Record<Witness, string>> = {
  en: { user: 'seen by Pixelwacht', 'cmp-record': "the site's claim", tcf: "the site's claim", 'consent-mode': "the site's claim", 'tcf-request': "the site's claim" },
  nl: { user: 'gezien door Pixelwacht', 'cmp-record': 'bewering van de site', tcf: 'bewering van de site', 'consent-mode': 'bewering van de site', 'tcf-request': 'bewering van de site' },
};

/** One line of the timeline: "the site told Google: ad storage denied, analytics storage granted". */
export function witnessText(entry: WitnessEntry, lang: Lang): string {
  const nl = lang === 'nl';
  switch (entry.witness) {
    case 'user':
    case 'cmp-record':
    case 'tcf':
      return consentEventText(entry.event, lang);
    case 'consent-mode': {
      const names = GOOGLE_STORAGE_NAMES[lang];
      const parts: string[] = [];
      if (entry.denied.length > 0) parts.push(`${joinList(entry.denied.map((s) => names[s]), lang)} ${nl ? 'geweigerd' : 'denied'}`);
      if (entry.granted.length > 0) parts.push(`${joinList(entry.granted.map((s) => names[s]), lang)} ${nl ? 'toegestaan' : 'granted'}`);
      return nl ? `de site meldde ${entry.company} (Google-toestemmingsmodus): ${parts.join('; ')}` : `the site told ${entry.company} (Google consent mode): ${parts.join('; ')}`;
    }
    case 'tcf-request': {
      if (!entry.valid) return nl ? `een verzoek aan ${entry.company} droeg een onleesbare TCF-toestemmingsreeks` : `a request to ${entry.company} carried an unreadable TCF consent string`;
      if (entry.recipientConsent === null) return nl ? `de site gaf ${entry.company} een TCF-toestemmingsreeks mee` : `the site sent ${entry.company} a TCF consent string`;
      return entry.recipientConsent
        ? nl
          ? `de site meldde ${entry.company} met een TCF-toestemmingsreeks: toestemming gegeven`
          : `the site told ${entry.company} in a TCF consent string: consent given`
        : nl
          ? `de site meldde ${entry.company} met een TCF-toestemmingsreeks: geen toestemming`
          : `the site told ${entry.company} in a TCF consent string: no consent`;
    }
  }
}

/** A timeline line in both languages, as the evidence file keeps its texts. */
export interface WitnessEvidenceEntry {
  witness: Witness;
  /** When it was received (epoch ms): the content script's clock for page events, the request's for requests. */
  t: number;
  /** Whose statement it is, and what it said. */
  label: Record<Lang, string>;
  text: Record<Lang, string>;
  entry: WitnessEntry;
}

export interface ConsentWitnesses {
  /** Oldest first; bounded by the page record's caps (timeline events, kept requests). */
  timeline: WitnessEvidenceEntry[];
  contradictions: Contradiction[];
}

/**
 * A visit's three witnesses and where they disagree, for the evidence file (the evidence
 * builder adds each `t` as an ISO time in its own offset) and the dashboard's visit. Pure.
 */
export function consentWitnesses(page: PageRecord): ConsentWitnesses {
  return {
    timeline: pageWitnessTimeline(page).map((entry) => ({
      witness: entry.witness,
      t: entry.t,
      label: { nl: WITNESS_LABEL.nl[entry.witness], en: WITNESS_LABEL.en[entry.witness] },
      text: { nl: witnessText(entry, 'nl'), en: witnessText(entry, 'en') },
      entry,
    })),
    contradictions: pageContradictions(page),
  };
}

/** True when the timeline says more than that the user touched the page. */
export function hasWitnessStatements(entries: readonly WitnessEntry[]): boolean {
  return entries.some((e) => e.witness !== 'user' || e.event.type !== 'first-interaction');
}

/** The popup's message for a contradiction: its locale key, and the count when the message has plural forms. */
export interface ContradictionMessage {
  key: string;
  /** Set for messages with `_one` / `_other` forms: the number is `$1`, `subs` follow as `$2`… */
  count?: number;
  subs: string[];
}

export function contradictionMessage(c: Contradiction): ContradictionMessage {
  const cmp = c.cmp ?? '';
  const companies = (c.companies ?? []).join(', ');
  switch (c.kind) {
    case 'refused-but-record-granted':
      return { key: 'consent_findingRefusedButRecordGranted', subs: [cmp] };
    case 'record-denied-but-identifiers-sent':
      return { key: 'consent_findingRecordDeniedButSent', count: c.requests ?? 0, subs: [cmp, companies] };
    case 'consent-mode-denied-but-meta-linkedin':
      return { key: 'consent_findingConsentModeDeniedButSent', count: c.requests ?? 0, subs: [companies] };
    case 'tcf-action-without-interaction':
      return { key: 'consent_findingTcfWithoutInteraction', subs: [cmp] };
  }
}
