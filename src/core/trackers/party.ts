// First- vs third-party by registrable domain (eTLD+1) from the Public Suffix
// List via tldts — never hand-written suffix logic.
import { getDomain, getHostname } from 'tldts';

/** Registrable domain of a URL (`www.zilverenkruis.nl` → `zilverenkruis.nl`); the host for IPs and localhost. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const domain = getDomain(url, { allowPrivateDomains: true });
  if (domain) return domain;
  // IP addresses and single-label hosts (127.0.0.1, localhost) have no registrable domain.
  return getHostname(url) || null;
}

export function hostnameOf(url: string | null | undefined): string | null {
  if (!url) return null;
  return getHostname(url) || null;
}

/** True when the request goes to another site than the page it came from; true when the page is unknown. */
export function isThirdParty(requestUrl: string, pageUrl: string | null): boolean {
  const page = siteOf(pageUrl);
  if (!page) return true;
  const target = siteOf(requestUrl);
  return target !== page;
}
