// Injected as a MAIN-world content script (manifest: "world": "MAIN", run_at
// document_start, all_frames). The IAB TCF API (`__tcfapi`) only exists in the page's
// own JavaScript world, which the isolated content script cannot see. This script
// asks it for the consent status and posts a small, fixed-shape summary back.
//
// Rules for this file: no globals (everything inside one function scope), nothing
// added to the page, bounded work (a few looks for __tcfapi over 10 s, at most
// MAX_TCF_MESSAGES posts), never throws. The summary is JSON *text*: strings cross
// into Firefox's isolated world without Xray-wrapper surprises, and the receiving
// side validates it strictly (core/consent/tcf-message.ts).

import { MAX_TC_STRING_LENGTH, MAX_TCF_MESSAGES, TCF_CHANNEL } from '../../core/consent/tcf-channel';

type TcfApi = (command: string, version: number, callback: (tcData: unknown, success: boolean) => void) => void;

(() => {
  const LOOK_AT_MS = [0, 500, 1500, 3000, 6000, 10_000];
  let attached = false;
  let posted = 0;

  function post(tcData: unknown) {
    if (posted >= MAX_TCF_MESSAGES || typeof tcData !== 'object' || tcData === null) return;
    posted++;
    const d = tcData as Record<string, unknown>;
    const tcString = typeof d.tcString === 'string' && d.tcString.length <= MAX_TC_STRING_LENGTH ? d.tcString : null;
    const purposes: number[] = [];
    const consents = (d.purpose as { consents?: unknown } | undefined)?.consents;
    if (consents && typeof consents === 'object') {
      for (const [id, value] of Object.entries(consents as Record<string, unknown>).slice(0, 24)) {
        const n = Number(id);
        if (value === true && Number.isInteger(n) && n >= 1 && n <= 24) purposes.push(n);
      }
    }
    const message = {
      channel: TCF_CHANNEL,
      t: performance.timeOrigin + performance.now(),
      eventStatus: typeof d.eventStatus === 'string' ? d.eventStatus.slice(0, 40) : null,
      cmpId: typeof d.cmpId === 'number' && Number.isInteger(d.cmpId) && d.cmpId >= 0 && d.cmpId <= 65535 ? d.cmpId : null,
      gdprApplies: typeof d.gdprApplies === 'boolean' ? d.gdprApplies : null,
      tcString,
      purposes,
    };
    // '*' is safe: the target is this same window, so only its own listeners receive it.
    window.postMessage(JSON.stringify(message), '*');
  }

  function look() {
    if (attached) return;
    try {
      const api = (window as unknown as { __tcfapi?: unknown }).__tcfapi;
      if (typeof api !== 'function') return;
      attached = true;
      (api as TcfApi)('addEventListener', 2, (tcData, success) => {
        try {
          if (success) post(tcData);
        } catch {
          // The page's data is not our problem to crash on.
        }
      });
    } catch {
      // A hostile or broken __tcfapi must not surface as an error on the page.
    }
  }

  for (const ms of LOOK_AT_MS) setTimeout(look, ms);
  document.addEventListener('DOMContentLoaded', look, { once: true });
})();
