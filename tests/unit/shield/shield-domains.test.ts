import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCKED_CATEGORIES, KEPT_CATEGORIES } from '../../../src/core/shield/categories';
import { shieldDomainsFrom, type DbPattern } from '../../../src/core/shield/tracker-domains';
import * as generated from '../../../src/core/shield/tracker-domains.generated';

const root = resolve(import.meta.dirname, '../../..');
const db = JSON.parse(readFileSync(resolve(root, 'node_modules/@ghostery/trackerdb/dist/trackerdb.json'), 'utf8')) as {
  categories: Record<string, unknown>;
  patterns: Record<string, DbPattern>;
};

describe('which companies the shield stops', () => {
  it('every database category is either blocked or kept, by name', () => {
    expect([...BLOCKED_CATEGORIES, ...KEPT_CATEGORIES].sort()).toEqual(Object.keys(db.categories).sort());
  });

  it('the generated lists are those of the installed tracker database (run scripts/generate-shield-domains.ts)', () => {
    const lists = shieldDomainsFrom(Object.values(db.patterns));
    expect(generated.BLOCKED_DOMAINS).toEqual(lists.blocked);
    expect(generated.KEPT_HOSTS).toEqual(lists.keptHosts);
    expect(generated.KEPT_PREFIXES).toEqual(lists.keptPrefixes);
  });

  it('the demo trackers are in; CDNs, fonts, payment, consent platforms and essentials are out', () => {
    const blocked = new Set(generated.BLOCKED_DOMAINS);
    for (const d of ['facebook.net', 'facebook.com', 'google-analytics.com', 'doubleclick.net', 'analytics.tiktok.com', 'hotjar.com', 'clarity.ms']) {
      expect(blocked.has(d), d).toBe(true);
    }
    for (const d of ['fonts.googleapis.com', 'cdnjs.cloudflare.com', 'stripe.com', 'js.stripe.com', 'cookiebot.com', 'onetrust.com', 'cdn.jsdelivr.net', 'gstatic.com']) {
      expect(blocked.has(d), d).toBe(false);
    }
    expect(generated.KEPT_HOSTS).toContain('accounts.google.com');
    expect(generated.KEPT_PREFIXES).toContain('google.com/recaptcha/');
  });

  it('a kept pattern under a blocked domain is carved out, a bare host filter of a kept pattern is not', () => {
    const lists = shieldDomainsFrom([
      { category: 'advertising', domains: ['ads.example'], filters: [] },
      { category: 'hosting', domains: ['cdn.ads.example', 'elsewhere.example'], filters: ['||ads.example/captcha/^$script', '||ads.example^$3p'] },
    ]);
    expect(lists).toEqual({ blocked: ['ads.example'], keptHosts: ['cdn.ads.example'], keptPrefixes: ['ads.example/captcha/'] });
  });
});
