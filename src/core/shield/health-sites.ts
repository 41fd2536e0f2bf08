// The sites whose every page the shield protects before it loads: the health-sector
// organisations Pixelwacht already curates (core/health/known-sites.ts — insurers,
// hospitals, GGZ providers, pharmacies; not the health-information sites, whose
// pages the address check and the classifier judge one by one), and the sites the
// user marked "about health" as a whole. One list, so there is one source of truth.
import { knownHealthDomains } from '../health/known-sites';
import type { HealthOrgKind } from '../health/types';

export const SHIELDED_ORG_KINDS: readonly HealthOrgKind[] = ['insurer', 'hospital', 'mental-health-provider', 'pharmacy'];

/** Cap on the user's own health sites in one rule (the rest still get tab rules per page). */
export const MAX_USER_HEALTH_SITES = 2000;

let bundled: string[] | null = null;

export function bundledHealthSites(): readonly string[] {
  bundled ??= knownHealthDomains(SHIELDED_ORG_KINDS).sort();
  return bundled;
}

/**
 * The initiator domains of the site rule: bundled sites plus the user's "health site"
 * overrides, without the sites the user made an exception for (and their subdomains).
 */
export function healthSitesFor(userHealthSites: readonly string[], exceptions: readonly string[]): string[] {
  const excepted = new Set(exceptions);
  const isExcepted = (site: string) => {
    for (let h = site; h; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : '') if (excepted.has(h)) return true;
    return false;
  };
  const sites = new Set<string>(bundledHealthSites());
  for (const s of userHealthSites.slice(0, MAX_USER_HEALTH_SITES)) if (s) sites.add(s.toLowerCase());
  return [...sites].filter((s) => !isExcepted(s)).sort();
}
