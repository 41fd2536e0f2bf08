// Decoder registry entry point: request → what it disclosed.
import type { ObservedRequest, TrackerKind } from '../model';
import type { Disclosure } from './types';

export interface DecodeResult {
  /** Decoder that recognised the request, or null. */
  decoder: string | null;
  /** Kind the decoder knows the request to be (a Meta pixel hit is a `pixel`). */
  kind: TrackerKind | null;
  /** Vendor payload recognised on a host that is not the vendor's (first-party or server-side proxy). */
  disguised: boolean;
  disclosures: Disclosure[];
}

export function decodeRequest(_request: ObservedRequest): DecodeResult {
  return { decoder: null, kind: null, disguised: false, disclosures: [] };
}
