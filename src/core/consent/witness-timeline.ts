// The three witnesses on one timeline, oldest first: what the user did (trusted events),
// what the CMP's record and TCF API claimed (the site's), and what the site told the
// trackers — Google consent mode and TCF strings in the requests, as the decoders found
// them (each change of what a tracker was told, not every request). For the findings view and the letters: "12:01:03 you refused; 12:01:04 the
// site's record said all accepted; 12:01:05 the site told Google ad storage granted".

import type { GoogleConsentStorage } from '../decoders/findings';
import type { PageRecord } from '../records/page-record';
import { requestWitnesses, type RequestWitness } from './request-witness';
import type { CmpRecordEvent, ConsentEvent, ConsentTimeline, TcfStatusEvent } from './types';

export type WitnessEntry =
  | { witness: 'user'; t: number; event: Exclude<ConsentEvent, CmpRecordEvent | TcfStatusEvent> }
  | { witness: 'cmp-record'; t: number; event: CmpRecordEvent }
  | { witness: 'tcf'; t: number; event: TcfStatusEvent }
  | { witness: 'consent-mode'; t: number; company: string; denied: GoogleConsentStorage[]; granted: GoogleConsentStorage[] }
  | { witness: 'tcf-request'; t: number; company: string; valid: boolean; recipientConsent: boolean | null };

export const WITNESS_KINDS = ['user', 'cmp-record', 'tcf', 'consent-mode', 'tcf-request'] as const satisfies ReadonlyArray<WitnessEntry['witness']>;

export function witnessTimeline(timeline: ConsentTimeline | null, requests: readonly RequestWitness[]): WitnessEntry[] {
  const out: WitnessEntry[] = [];
  for (const event of timeline?.events ?? []) {
    if (event.type === 'cmp-record') out.push({ witness: 'cmp-record', t: event.t, event });
    else if (event.type === 'tcf-status') out.push({ witness: 'tcf', t: event.t, event });
    else if (event.type !== 'navigation-start') out.push({ witness: 'user', t: event.t, event });
  }
  let lastMode = '';
  // What each company was told by TCF strings: a change per company (the string names the recipient's consent).
  const lastTcf = new Map<string, string>();
  for (const r of [...requests].sort((a, b) => a.t - b.t)) {
    if (r.consentMode) {
      const key = JSON.stringify(r.consentMode);
      if (key !== lastMode) {
        lastMode = key;
        out.push({ witness: 'consent-mode', t: r.t, company: r.company, denied: [...r.consentMode.denied], granted: [...r.consentMode.granted] });
      }
    }
    if (r.tcf) {
      const key = `${r.tcf.valid}:${r.tcf.recipientConsent}`;
      if (lastTcf.get(r.company) !== key) {
        lastTcf.set(r.company, key);
        out.push({ witness: 'tcf-request', t: r.t, company: r.company, valid: r.tcf.valid, recipientConsent: r.tcf.recipientConsent });
      }
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

export function pageWitnessTimeline(page: PageRecord): WitnessEntry[] {
  return witnessTimeline(page.consent, requestWitnesses(page));
}
