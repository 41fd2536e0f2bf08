import { GVL, TCModel, TCString } from '@iabtcf/core';
import { describe, expect, it } from 'vitest';
import { decodeGoogleConsent, decodeTcf } from '../../../src/core/decoders/consent';
import { decodeRequest } from '../../../src/core/decoders/index';
import { req } from './helpers';

const getter = (params: Record<string, string>) => (n: string) => params[n];

/** A real TC string, made with the IAB's own encoder over a two-vendor list. */
function tcString(purposes: number[], vendors: number[]): string {
  const purpose = (id: number) => ({ id, name: `Purpose ${id}`, description: '', illustrations: [] });
  const vendor = (id: number) => ({
    id, name: `Vendor ${id}`, purposes: [1, 2, 7], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [], features: [],
    specialFeatures: [], policyUrl: 'https://example.org', usesCookies: true, cookieMaxAgeSeconds: 1, cookieRefresh: false, usesNonCookieAccess: false,
  });
  const gvl = new GVL({
    gvlSpecificationVersion: 3, vendorListVersion: 200, tcfPolicyVersion: 4, lastUpdated: '2024-01-01T00:00:00Z',
    purposes: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => [i, purpose(i)])),
    specialPurposes: {}, features: {}, specialFeatures: {}, stacks: {}, dataCategories: {},
    vendors: { 755: vendor(755), 91: vendor(91) },
  } as never);
  const model = new TCModel(gvl);
  model.cmpId = 28;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.consentLanguage = 'NL';
  model.purposeConsents.set(purposes);
  model.vendorConsents.set(vendors);
  return TCString.encode(model);
}

describe('Google consent mode', () => {
  it.each([
    ['G111', 'granted', 'granted'], ['G100', 'denied', 'denied'], ['G101', 'denied', 'granted'], ['G110', 'granted', 'denied'],
  ])('gcs=%s', (gcs, ad, analytics) => {
    expect(decodeGoogleConsent(getter({ gcs }))).toMatchObject({ ad_storage: ad, analytics_storage: analytics });
  });

  it('reads all four types from gcd, the state after default and update', () => {
    expect(decodeGoogleConsent(getter({ gcd: '13r3r3r3r5l1' }))).toMatchObject({ ad_storage: 'granted', analytics_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(decodeGoogleConsent(getter({ gcd: '13p3q3m3u5l1' }))).toMatchObject({ ad_storage: 'denied', analytics_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    expect(decodeGoogleConsent(getter({ gcd: '13l3l3t3v5l1' }))).toMatchObject({ ad_storage: 'not set', analytics_storage: 'not set', ad_user_data: 'granted', ad_personalization: 'granted' });
  });

  it('reads npa and dma', () => {
    expect(decodeGoogleConsent(getter({ npa: '1', dma: '1' }))).toMatchObject({ nonPersonalisedAds: true, ad_personalization: 'denied', dmaApplies: true });
  });

  it('ignores garbage without throwing', () => {
    expect(decodeGoogleConsent(getter({ gcs: 'G1zz', gcd: '%%%' }))).toEqual({ raw: { gcs: 'G1zz', gcd: '%%%' } });
    expect(decodeGoogleConsent(getter({}))).toBeNull();
  });
});

describe('TCF strings', () => {
  const tc = tcString([1, 2, 7], [755]);

  it('decodes CMP id, purposes and the recipient vendor consent', () => {
    expect(decodeTcf(getter({ gdpr: '1', gdpr_consent: tc }), 755)).toMatchObject({
      valid: true, cmpId: 28, gdprApplies: true, purposesConsented: [1, 2, 7], recipientVendorId: 755, recipientVendorConsent: true,
    });
    expect(decodeTcf(getter({ euconsent: tc }), 91)).toMatchObject({ recipientVendorConsent: false });
  });

  it('never throws on a bad string', () => {
    for (const bad of ['', 'x', 'CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA', '%%%', 'A'.repeat(100_000), '\u0000\uffff']) {
      expect(() => decodeTcf(getter({ gdpr_consent: bad }), 755)).not.toThrow();
    }
    expect(decodeTcf(getter({ gdpr_consent: 'not-a-tc-string' }))).toMatchObject({ valid: false });
  });

  it('appears on a decoded Floodlight disclosure', () => {
    const r = decodeRequest(req({ url: `https://ad.doubleclick.net/activity;src=1;type=a;cat=b;gdpr=1;gdpr_consent=${tc};~oref=https%3A%2F%2Fx.nl%2Fa%2Fb` }));
    expect(r.disclosures[0]?.consent?.tcf).toMatchObject({ cmpId: 28, recipientVendorConsent: true });
  });
});
