// First- vs third-party by registrable domain (eTLD+1) from the Public Suffix
// List via tldts — never hand-written suffix logic. This runs for every request,
// so the registrable domain is remembered per host name (few hosts, many requests).
import { getDomain, getHostname } from 'tldts';

/** Enough for every host a long browsing session meets; the oldest entry goes first. */
const MAX_CACHED_HOSTS = 8192;
const siteByHost = new Map<string, string | null>();

/** Host name of an absolute URL without parsing the rest of it (a long query costs nothing). */
export function hostOf(url: string): string | null {
  const scheme = url.indexOf('://');
  if (scheme <= 0 || scheme > 16) return getHostname(url.slice(0, 2048)) || null;
  let end = scheme + 3;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    end += 1;
  }
  let host = url.slice(scheme + 3, end);
  const at = host.lastIndexOf('@');
  if (at !== -1) host = host.slice(at + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase() || null; // IPv6 literal
  const colon = host.indexOf(':');
  if (colon !== -1) host = host.slice(0, colon);
  return host ? host.toLowerCase() : null;
}

/** Registrable domain of a host (`www.zilverenkruis.nl` → `zilverenkruis.nl`); the host itself for IPs and localhost. */
export function siteOfHost(host: string): string | null {
  const cached = siteByHost.get(host);
  if (cached !== undefined) return cached;
  // IP addresses and single-label hosts (127.0.0.1, localhost) have no registrable domain.
  const site = getDomain(host, { allowPrivateDomains: true }) || host || null;
  if (siteByHost.size >= MAX_CACHED_HOSTS) siteByHost.delete(siteByHost.keys().next().value!);
  siteByHost.set(host, site);
  return site;
}

/** Registrable domain of a URL; null when it has no host. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const host = hostOf(url);
  return host ? siteOfHost(host) : null;
}

/** True when the request goes to another site than the page it came from; true when the page is unknown. */
export function isThirdParty(requestUrl: string, pageUrl: string | null): boolean {
  const page = siteOf(pageUrl);
  if (!page) return true;
  return siteOf(requestUrl) !== page;
}
