// Microsoft Clarity: session recording. `www.clarity.ms/tag/<project>` loads the
// recorder; `*.clarity.ms/collect` receives the recording (usually gzip, so opaque
// here; uncompressed payloads start with an envelope array `e`).
import { DisclosureBuilder } from './builder';
import type { Decoder } from './decoder';
import { bodyJsonValue } from './payload';

// Envelope positions in Clarity's open-source client (packages/clarity-js/src/data/envelope.ts).
const ENVELOPE_PROJECT = 4;
const ENVELOPE_USER = 5;
const ENVELOPE_SESSION = 6;
const ENVELOPE_URL = 11;

export const clarity: Decoder = {
  id: 'clarity',
  name: 'Microsoft Clarity',
  company: 'Microsoft',
  kind: 'session-replay',
  hosts: ['*.clarity.ms'],
  tcfVendorId: 1126,
  match(view) {
    return view.path.startsWith('/tag/') || view.path.startsWith('/collect') || view.path.startsWith('/s/') || view.path.endsWith('.js');
  },
  decode(view) {
    const b = new DisclosureBuilder('clarity', 1126);
    const tag = /^\/tag\/([a-z0-9]{4,20})/i.exec(view.path);
    if (tag) b.set('accountId', tag[1], 'path');
    b.set('event', view.path.startsWith('/collect') ? 'recording' : 'script load', 'path');
    const json = bodyJsonValue(view);
    const envelope = json && typeof json === 'object' ? (json as { e?: unknown }).e : undefined;
    if (Array.isArray(envelope)) {
      const at = (i: number) => (typeof envelope[i] === 'string' || typeof envelope[i] === 'number' ? String(envelope[i]) : undefined);
      b.set('accountId', at(ENVELOPE_PROJECT), 'e[4] (project)');
      b.userId('clarity_user', at(ENVELOPE_USER), 'e[5] (_clck)');
      b.userId('clarity_session', at(ENVELOPE_SESSION), 'e[6] (_clsk)');
      const url = at(ENVELOPE_URL);
      if (url && /^https?:/.test(url)) b.set('pageUrl', url, 'e[11] (url)');
    }
    return [b.sessionRecording().markTruncated(view.truncated).build()];
  },
};
