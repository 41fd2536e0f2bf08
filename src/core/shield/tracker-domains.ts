// The tracker database's patterns → the few domain lists the shield's rules use:
// every domain of a blocked-category company, minus the hosts and addresses that
// the database gives to a kept category under those domains (Google's maps and
// reCAPTCHA under google.com, Shopify's CDN under shopify.com). Pure: the generator
// (scripts/generate-shield-domains.ts) reads the database's JSON export and calls it.
import { isBlockedCategory } from './categories';

export interface DbPattern {
  category: string;
  domains: readonly string[];
  filters: readonly string[];
}

export interface ShieldDomains {
  /** Registrable domains and hosts of blocked companies (a rule matches their subdomains too). */
  blocked: string[];
  /** Hosts under a blocked domain that belong to a kept category: excluded from blocking. */
  keptHosts: string[];
  /** Address prefixes (`||host/path`) under a blocked domain that belong to a kept category. */
  keptPrefixes: string[];
}

/** The blocked domain a host falls under (itself or a parent), if any. */
export function blockedParent(host: string, blocked: ReadonlySet<string>): string | null {
  let h = host;
  for (;;) {
    if (blocked.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot === -1) return null;
    h = h.slice(dot + 1);
  }
}

/** `||google.com/recaptcha/^$script` → `google.com/recaptcha/`; null for filters that are not a host prefix. */
export function prefixOfFilter(filter: string): string | null {
  const m = /^\|\|([a-z0-9.-]+)(\/[^$^*|]*)?/i.exec(filter);
  if (!m) return null;
  return (m[1] as string).toLowerCase() + (m[2] ?? '');
}

export function shieldDomainsFrom(patterns: Iterable<DbPattern>): ShieldDomains {
  const all = [...patterns];
  const blocked = new Set<string>();
  for (const p of all) if (isBlockedCategory(p.category)) for (const d of p.domains) blocked.add(d.toLowerCase());
  const keptHosts = new Set<string>();
  const keptPrefixes = new Set<string>();
  for (const p of all) {
    if (isBlockedCategory(p.category)) continue;
    for (const d of p.domains) if (blockedParent(d.toLowerCase(), blocked)) keptHosts.add(d.toLowerCase());
    for (const f of p.filters) {
      const prefix = prefixOfFilter(f);
      if (!prefix) continue;
      const host = prefix.split('/')[0] as string;
      // A kept host is excluded whole already; a bare host filter on a blocked domain is the company's own.
      if (!prefix.includes('/') || keptHosts.has(host) || !blockedParent(host, blocked)) continue;
      keptPrefixes.add(prefix);
    }
  }
  for (const h of keptHosts) blocked.delete(h);
  return { blocked: [...blocked].sort(), keptHosts: [...keptHosts].sort(), keptPrefixes: [...keptPrefixes].sort() };
}
