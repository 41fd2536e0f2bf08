// The content-script side of the TCF bridge: takes the messages tcf-main-world.ts
// posts, validates them strictly and decodes the TC string (core/consent/tcf-message).

import { MAX_TCF_MESSAGES, TCF_CHANNEL } from '../../core/consent/tcf-channel';
import { parseTcfMessage } from '../../core/consent/tcf-message';
import type { TcfStatusEvent } from '../../core/consent/types';

export function listenForTcf(win: Window, onStatus: (event: TcfStatusEvent) => void): () => void {
  let count = 0;
  const handler = (e: MessageEvent) => {
    // Same window only (not other frames), text only, our channel only, and a cap.
    if (e.source !== win || typeof e.data !== 'string' || !e.data.includes(TCF_CHANNEL)) return;
    if (count >= MAX_TCF_MESSAGES) return;
    count++;
    const event = parseTcfMessage(e.data);
    if (event) onStatus(event);
  };
  win.addEventListener('message', handler);
  return () => win.removeEventListener('message', handler);
}
