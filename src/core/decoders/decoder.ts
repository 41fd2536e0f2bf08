// What every vendor decoder declares, so the registry can dispatch cheaply and
// tests can check every decoder has fixtures.
import type { TrackerKind } from '../model';
import type { RequestView } from './request-view';
import type { Disclosure } from './types';

export interface DecodeContext {
  /** True when the payload was recognised by shape on a host that is not the vendor's. */
  disguised: boolean;
}

export interface Decoder {
  /** Stable id, also the `vendor` of its disclosures and the fixture file name. */
  id: string;
  /** Human name of the product (`Meta Pixel`). */
  name: string;
  /** Company as the Ghostery tracker database names it (`Meta`, `Google`, `ByteDance Inc`). */
  company: string;
  kind: TrackerKind;
  /**
   * The vendor's own host whose tracker-database entry names the company (default: the first exact
   * host in `hosts`). Decoder-made trackers take their organisation from it: one identity per company.
   */
  vendorHost?: string;
  /** Hosts served: exact (`www.facebook.com`) or with every subdomain (`*.hotjar.com`, which also matches `hotjar.com`). */
  hosts: readonly string[];
  /**
   * Last path segments (lower-case) by which the vendor's payload is looked for on any host:
   * self-hosted analytics (`matomo.php`) and server-side tagging proxies (`collect`, `tr`).
   */
  pathTails?: readonly string[];
  /** True when a payload found through `pathTails` on a foreign host is a disguise (not the vendor's usual self-hosting). */
  foreignHostIsDisguise?: boolean;
  /** IAB TCF vendor id of the recipient, for reading its consent out of a TC string. */
  tcfVendorId?: number;
  /** Cheap check after host dispatch: is this one of the vendor's tag requests? */
  match(view: RequestView): boolean;
  /** Shape check for a payload on a foreign host; must demand enough parameters to rule out ordinary requests. */
  matchShape?(view: RequestView): boolean;
  /**
   * Shape check run on any host, after host and path-tail dispatch found nothing: payloads whose
   * path says nothing (Google tag gateway `/pntd/ag/g/c`, Meta's Conversions API gateway
   * `/events`). Must open with a cheap substring test: it runs for every unrecognised request.
   */
  matchAnyHost?(view: RequestView): boolean;
  /** What the request disclosed; one disclosure per event. Must not throw (the registry catches anyway). */
  decode(view: RequestView, context: DecodeContext): Disclosure[];
}
