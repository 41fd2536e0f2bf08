// Whether the shield's rules (rules.ts) stop a request: the same decision, made in
// code, so that the observer — which still sees every blocked request — can mark the
// recorded request "blocked by the health shield". It mirrors the rules' conditions
// one by one; tests/unit/shield/shield-rules.test.ts holds the two together.
import { hostOf, siteOf } from '../trackers/party';
import { disguisedShapeOf, type DisguisedShapeId } from './disguised';
import { blockedParent } from './tracker-domains';
import { BLOCKED_DOMAINS, KEPT_HOSTS, KEPT_PREFIXES } from './tracker-domains.generated';

const BLOCKED: ReadonlySet<string> = new Set(BLOCKED_DOMAINS);
const KEPT: ReadonlySet<string> = new Set(KEPT_HOSTS);

export interface ShieldRequest {
  url: string;
  type: string;
  /** Chrome's `initiator`, Firefox's `originUrl`: the document that sent it. */
  initiator: string | null;
  tabId: number;
}

export interface InstalledShield {
  healthSites: ReadonlySet<string>;
  tabIds: ReadonlySet<number>;
  exceptions: ReadonlySet<string>;
  /** Chromium: the disguised-payload shapes whose rules are installed (disguised.ts); none when absent. */
  disguisedShapes?: ReadonlySet<DisguisedShapeId>;
}

function underAny(host: string, set: ReadonlySet<string>): boolean {
  return blockedParent(host, set) !== null;
}

/** The request goes to a blocked company's domain and to none of the kept hosts or addresses under it. */
export function isShieldedRecipient(url: string): boolean {
  const host = hostOf(url);
  if (!host || !underAny(host, BLOCKED) || underAny(host, KEPT)) return false;
  const address = url.slice(url.indexOf('://') + 3).toLowerCase();
  for (const prefix of KEPT_PREFIXES) {
    // `||host/path` matches the host and its subdomains followed by that path.
    const slash = prefix.indexOf('/');
    const keptHost = prefix.slice(0, slash);
    if ((host === keptHost || host.endsWith('.' + keptHost)) && address.slice(host.length).startsWith(prefix.slice(slash))) return false;
  }
  return true;
}

/** The request comes from a page the shield protects now: a health site, or a tab showing a health page, not excepted. */
export function inShieldScope(request: ShieldRequest, shield: InstalledShield): boolean {
  if (request.type === 'main_frame' || !request.initiator) return false;
  const initiatorHost = hostOf(request.initiator);
  if (!initiatorHost || underAny(initiatorHost, shield.exceptions)) return false;
  return underAny(initiatorHost, shield.healthSites) || shield.tabIds.has(request.tabId);
}

/**
 * What the rules block: a third-party request to a blocked company, or (Chromium's
 * regexFilter rules, any party) an address of a disguised-payload shape whose rule is installed.
 */
export function shieldWouldBlock(request: ShieldRequest, shield: InstalledShield): boolean {
  if (!inShieldScope(request, shield)) return false;
  if (siteOf(request.url) !== siteOf(request.initiator) && isShieldedRecipient(request.url)) return true;
  const shapes = shield.disguisedShapes;
  return !!shapes && shapes.size > 0 && disguisedShapeOf(request.url, shapes) !== null;
}
