import { describe, expect, it } from 'vitest';
import { bundledHealthSites, healthSitesFor } from '../../../src/core/shield/health-sites';
import { buildShieldRules, FIRST_ALLOW_RULE_ID, MAX_SHIELD_RULES, SITE_RULE_ID, TAB_RULE_ID } from '../../../src/core/shield/rules';
import { KEPT_PREFIXES } from '../../../src/core/shield/tracker-domains.generated';
import { isShieldedRecipient, shieldWouldBlock, type InstalledShield } from '../../../src/core/shield/would-block';

const installed = (over: Partial<{ healthSites: string[]; tabIds: number[]; exceptions: string[] }> = {}): InstalledShield => ({
  healthSites: new Set(over.healthSites ?? []),
  tabIds: new Set(over.tabIds ?? []),
  exceptions: new Set(over.exceptions ?? []),
});

describe('which sites: the bundled health-sector list and the user\'s health sites', () => {
  it('bundles insurers, hospitals, GGZ providers and pharmacies from the curated list, not health-information sites', () => {
    const sites = bundledHealthSites();
    for (const s of ['zilverenkruis.nl', 'amsterdamumc.nl', 'parnassia.nl', 'apotheek.nl']) expect(sites).toContain(s);
    expect(sites).not.toContain('thuisarts.nl');
    expect(sites.length).toBeLessThan(300);
  });

  it('adds the user\'s health sites and drops every exception, with its subdomains', () => {
    const sites = healthSitesFor(['mijnpraktijk.nl', 'shop.zilverenkruis.nl'], ['zilverenkruis.nl']);
    expect(sites).toContain('mijnpraktijk.nl');
    expect(sites).not.toContain('zilverenkruis.nl');
    expect(sites).not.toContain('shop.zilverenkruis.nl');
  });
});

describe('the rules: few, indexed, keyed on sites and tabs', () => {
  it('nothing to protect: no rules at all', () => {
    expect(buildShieldRules({ healthSites: [], tabIds: [], exceptions: [] })).toEqual([]);
  });

  it('one site rule, one tab rule, and one allow rule per kept address', () => {
    const rules = buildShieldRules({ healthSites: ['cz.nl'], tabIds: [7, 3], exceptions: ['127.0.0.1'] });
    expect(rules.length).toBe(2 + KEPT_PREFIXES.length);
    expect(rules.length).toBeLessThanOrEqual(MAX_SHIELD_RULES);
    const site = rules.find((r) => r.id === SITE_RULE_ID)!;
    expect(site.action.type).toBe('block');
    expect(site.condition.initiatorDomains).toEqual(['cz.nl']);
    expect(site.condition.requestDomains).toContain('facebook.com');
    expect(site.condition.domainType).toBe('thirdParty');
    expect(site.condition.excludedResourceTypes).toEqual(['main_frame']);
    expect(site.condition.excludedInitiatorDomains).toEqual(['127.0.0.1']);
    const tab = rules.find((r) => r.id === TAB_RULE_ID)!;
    expect(tab.condition.tabIds).toEqual([3, 7]);
    expect(tab.condition.initiatorDomains).toBeUndefined();
    const allow = rules.filter((r) => r.action.type === 'allow');
    expect(allow.map((r) => r.condition.urlFilter)).toContain('||google.com/recaptcha/');
    expect(Math.min(...allow.map((r) => r.id))).toBe(FIRST_ALLOW_RULE_ID);
    expect(allow.every((r) => r.priority > site.priority)).toBe(true);
    // Empty lists are invalid in declarativeNetRequest: never sent.
    for (const r of rules) for (const value of Object.values(r.condition)) if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
  });

  it('only tabs: no site rule', () => {
    const rules = buildShieldRules({ healthSites: [], tabIds: [5], exceptions: [] });
    expect(rules.map((r) => r.id)).not.toContain(SITE_RULE_ID);
    expect(rules.find((r) => r.id === TAB_RULE_ID)!.condition.excludedInitiatorDomains).toBeUndefined();
  });
});

describe('would the rules block it (the mark on the recorded request)', () => {
  const page = 'http://127.0.0.1:8377/vergoedingen/ivf.html';
  const req = (url: string, over: Partial<{ type: string; initiator: string | null; tabId: number }> = {}) => ({
    url, type: over.type ?? 'image', initiator: over.initiator === undefined ? page : over.initiator, tabId: over.tabId ?? 4,
  });

  it('the demo IVF page\'s trackers in a shielded tab', () => {
    const shield = installed({ tabIds: [4] });
    for (const url of [
      'https://www.facebook.com/tr/?id=1&ev=PageView',
      'https://region1.google-analytics.com/g/collect?v=2',
      'https://px.ads.linkedin.com/collect?v=2',
      'https://analytics.tiktok.com/api/v2/pixel',
    ]) expect(shieldWouldBlock(req(url), shield), url).toBe(true);
  });

  it('another tab, the page itself, a followed link, an exception, a kept address: not blocked', () => {
    expect(shieldWouldBlock(req('https://www.facebook.com/tr/', { tabId: 5 }), installed({ tabIds: [4] }))).toBe(false);
    expect(shieldWouldBlock(req('http://127.0.0.1:8377/js/trackers.js'), installed({ tabIds: [4] }))).toBe(false);
    expect(shieldWouldBlock(req('https://www.facebook.com/', { type: 'main_frame' }), installed({ tabIds: [4] }))).toBe(false);
    expect(shieldWouldBlock(req('https://www.facebook.com/tr/'), installed({ tabIds: [4], exceptions: ['127.0.0.1'] }))).toBe(false);
    expect(shieldWouldBlock(req('https://www.google.com/recaptcha/api.js', { type: 'script' }), installed({ tabIds: [4] }))).toBe(false);
    expect(shieldWouldBlock(req('https://accounts.google.com/gsi/client', { type: 'script' }), installed({ tabIds: [4] }))).toBe(false);
    expect(shieldWouldBlock(req('https://fonts.googleapis.com/css2?family=Inter', { type: 'stylesheet' }), installed({ tabIds: [4] }))).toBe(false);
  });

  it('a health site\'s pages in any tab, its subdomains too; the tracker\'s own site is first party there', () => {
    const shield = installed({ healthSites: ['zilverenkruis.nl'] });
    expect(shieldWouldBlock(req('https://connect.facebook.net/en_US/fbevents.js', { initiator: 'https://www.zilverenkruis.nl', tabId: 9 }), shield)).toBe(true);
    expect(shieldWouldBlock(req('https://graph.facebook.com/x', { initiator: 'https://www.facebook.com', tabId: 9 }), installed({ tabIds: [9] }))).toBe(false);
  });

  it('recipients: blocked domains and their subdomains, minus the kept hosts and addresses', () => {
    expect(isShieldedRecipient('https://stats.g.doubleclick.net/g/collect')).toBe(true);
    expect(isShieldedRecipient('https://www.google.com/maps/embed?pb=1')).toBe(false);
    expect(isShieldedRecipient('https://www.google.com/pagead/1p-conversion/1/')).toBe(true);
    expect(isShieldedRecipient('https://cdn.shopify.com/s/files/x.js')).toBe(false);
    expect(isShieldedRecipient('https://example.org/')).toBe(false);
  });
});
