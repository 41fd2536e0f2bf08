// Each CMP's stored consent record, decoded from values shaped as the CMP writes them.
import { GVL, TCModel, TCString } from '@iabtcf/core';
import { describe, expect, it } from 'vitest';
import { parseCookieHeader, readCmpRecords, RECORD_DECODERS } from '../../../src/core/consent/records/index';
import type { StoredValues } from '../../../src/core/consent/records/record';

function stored(cookies: Record<string, string>, local: Record<string, string> = {}): StoredValues {
  return { cookie: (n) => cookies[n], cookieNames: () => Object.keys(cookies), local: (k) => local[k] };
}
const only = (cookies: Record<string, string>, local: Record<string, string> = {}) => {
  const records = readCmpRecords(stored(cookies, local));
  expect(records).toHaveLength(1);
  return records[0]!;
};
const enc = encodeURIComponent;
const b64 = (s: string) => Buffer.from(s).toString('base64');

const ONETRUST = (groups: string, interactionCount: number) =>
  `isGpcEnabled=0&datestamp=Tue+Dec+01+2026+21%3A40%3A12+GMT%2B0100+(Central+European+Standard+Time)&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=5f1d2c3b-aaaa-bbbb-cccc-0123456789ab&interactionCount=${interactionCount}&isAnonUser=1&landingPath=NotLandingPage&groups=${enc(groups)}&AwaitingReconsent=false&geolocation=NL%3BNH`;

describe('CMP stored records', () => {
  it('OneTrust: groups before any interaction are defaults, not a choice', () => {
    expect(only({ OptanonConsent: ONETRUST('C0001:1,C0002:1,C0003:1,C0004:1', 0) })).toMatchObject({ cmp: 'OneTrust', says: 'no-choice' });
  });

  it('OneTrust: refused after the banner closed, with the close time', () => {
    const r = only({ OptanonConsent: ONETRUST('C0001:1,C0002:0,C0003:0,C0004:0,C0005:0', 1), OptanonAlertBoxClosed: '2026-12-01T20:40:12.345Z' });
    expect(r).toEqual({ cmp: 'OneTrust', says: 'reject-all', granted: ['necessary'], denied: ['preferences', 'analytics', 'marketing'], claimedAt: Date.parse('2026-12-01T20:40:12.345Z') });
  });

  it('OneTrust: accepted, and one refused marketing group is enough to refuse marketing', () => {
    expect(only({ OptanonConsent: ONETRUST('C0001:1,C0002:1,C0003:1,C0004:1', 2) }).says).toBe('accept-all');
    expect(only({ OptanonConsent: ONETRUST('C0001:1,C0002:1,C0003:1,C0004:1,C0005:0', 2) })).toMatchObject({ says: 'save-custom', denied: ['marketing'] });
  });

  it('Cookiebot: the URL-encoded object literal, with its utc time; -1 and implied are no choice', () => {
    const value = enc("{stamp:'3ZpJ9kQy0bWlN1Xc4mTn6vR8sA2dE5fG7hJ9kL1mN3pQ5rS7tU9vW==',necessary:true,preferences:false,statistics:false,marketing:false,method:'explicit',ver:1,utc:1764621612345,region:'nl'}");
    expect(only({ CookieConsent: value })).toEqual({ cmp: 'Cookiebot', says: 'reject-all', granted: ['necessary'], denied: ['preferences', 'analytics', 'marketing'], claimedAt: 1764621612345 });
    const all = value.replace(/false/g, 'true');
    expect(only({ CookieConsent: all }).says).toBe('accept-all');
    expect(readCmpRecords(stored({ CookieConsent: '-1' }))).toEqual([]);
    expect(only({ CookieConsent: all.replace('explicit', 'implied') }).says).toBe('no-choice');
  });

  it('Didomi: base64 JSON with enabled and disabled purposes', () => {
    const token = (enabled: string[], disabled: string[]) =>
      b64(JSON.stringify({ user_id: '18c2f1a0-1111-6222-8333-a0b1c2d3e4f5', created: '2026-12-01T20:40:00.000Z', updated: '2026-12-01T20:41:00.000Z', vendors: { enabled: [], disabled: [] }, purposes: { enabled, disabled }, version: 2, ac: 'AAAA' }));
    expect(only({ didomi_token: token([], ['cookies', 'select_basic_ads', 'measure_content_performance']) })).toMatchObject({ cmp: 'Didomi', says: 'reject-all', denied: ['marketing'], claimedAt: Date.parse('2026-12-01T20:41:00.000Z') });
    expect(only({ didomi_token: token(['cookies', 'select_basic_ads'], []) })).toMatchObject({ says: 'accept-all', granted: ['marketing'] });
    expect(only({ didomi_token: token(['cookies'], ['select_basic_ads']) }).says).toBe('save-custom');
  });

  it('Usercentrics v2: the last history action of the services', () => {
    const settings = (action: string, status: boolean) =>
      JSON.stringify({
        controllerId: 'c1',
        id: 'SettingsId42',
        language: 'de',
        services: [
          { id: 'H1Vl5NidjWX', status: true, history: [{ action: 'onInitialPageLoad', status: true, timestamp: 1764621600000, type: 'implicit' }, { action, status: true, timestamp: 1764621612000, type: 'explicit' }] },
          { id: 'HkocEodjb7', status, history: [{ action, status, timestamp: 1764621612000, type: 'explicit' }] },
        ],
        version: '3',
      });
    expect(only({}, { uc_settings: settings('onDenyAllServices', false) })).toMatchObject({ cmp: 'Usercentrics', says: 'reject-all', denied: ['marketing'], claimedAt: 1764621612000 });
    expect(only({}, { uc_settings: settings('onAcceptAllServices', true) })).toMatchObject({ says: 'accept-all', granted: ['necessary', 'marketing'] });
    expect(only({}, { uc_settings: settings('onInitialPageLoad', false) }).says).toBe('no-choice');
  });

  it('Usercentrics v3: ucData consent services', () => {
    const data = (type: string, a: boolean, b: boolean) => JSON.stringify({ consent: { type, services: { BJz7qNsdj: { name: 'YouTube Video', consent: a }, HkocEodjb7: { name: 'Google Analytics', consent: b } } } });
    expect(only({}, { ucData: data('EXPLICIT', true, true) }).says).toBe('accept-all');
    expect(only({}, { ucData: data('EXPLICIT', false, false) }).says).toBe('reject-all');
    expect(only({}, { ucData: data('IMPLICIT', true, true) }).says).toBe('no-choice');
  });

  it('CookieYes: key:value pairs; action:yes marks a choice', () => {
    const v = (consent: string, values: string) => `consentid:NkZ2dXJ4SWdRbHlyd1pBOUdJbEpYUmRyVkNkRkVsS0s,consent:${consent},action:yes,${values}`;
    expect(only({ 'cookieyes-consent': v('no', 'necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no') })).toMatchObject({ cmp: 'CookieYes', says: 'reject-all' });
    expect(only({ 'cookieyes-consent': v('yes', 'necessary:yes,functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes') }).says).toBe('accept-all');
    expect(only({ 'cookieyes-consent': 'consentid:abc,consent:no,action:,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no' }).says).toBe('no-choice');
  });

  it('Complianz: one cookie per category', () => {
    expect(only({ cmplz_functional: 'allow', cmplz_preferences: 'deny', cmplz_statistics: 'deny', cmplz_marketing: 'deny', 'cmplz_banner-status': 'dismissed', cmplz_policy_id: '21' })).toMatchObject({ cmp: 'Complianz', says: 'reject-all' });
    expect(only({ cmplz_functional: 'allow', cmplz_preferences: 'allow', cmplz_statistics: 'allow', cmplz_marketing: 'allow' }).says).toBe('accept-all');
  });

  it('Borlabs Cookie: the accepted groups and their services', () => {
    const cookie = (consents: object) => enc(JSON.stringify({ consents, domainPath: 'example.de/', expires: 'Thu, 01 Jun 2027 20:40:12 GMT', uid: 'a1b2c3d4-e5f6a7b8-c9d0e1f2-a3b4c5d6', version: '1' }));
    expect(only({ 'borlabs-cookie': cookie({ essential: ['borlabs-cookie'] }) })).toMatchObject({ cmp: 'Borlabs Cookie', says: 'reject-all' });
    expect(only({ 'borlabs-cookie': cookie({ essential: ['borlabs-cookie'], statistics: ['google-analytics'], marketing: ['facebook-pixel'], 'external-media': ['youtube'] }) }).says).toBe('accept-all');
  });

  it('tarteaucitron: !service=true|false|wait', () => {
    expect(only({ tarteaucitron: '!gtag=false!facebookpixel=false' })).toMatchObject({ cmp: 'tarteaucitron', says: 'reject-all' });
    expect(only({ tarteaucitron: '!gtag=true!facebookpixel=true' }).says).toBe('accept-all');
    expect(only({ tarteaucitron: '!gtag=wait!facebookpixel=wait' }).says).toBe('no-choice');
    expect(only({ tarteaucitron: '!gtag=true!facebookpixel=false' }).says).toBe('save-custom');
  });

  it('Klaro: service → boolean, in the cookie or localStorage', () => {
    expect(only({ klaro: enc(JSON.stringify({ 'google-analytics': false, matomo: false })) })).toMatchObject({ cmp: 'Klaro', says: 'reject-all' });
    expect(only({}, { klaro: JSON.stringify({ 'google-analytics': true, matomo: true }) }).says).toBe('accept-all');
  });

  it('CookieConsent v3: accepted categories against the defined ones, with the consent time', () => {
    const cookie = (categories: string[]) =>
      enc(JSON.stringify({ categories, revision: 0, data: null, consentTimestamp: '2026-12-01T20:40:12.000Z', consentId: 'c0ffee00-1234-4321-9abc-0123456789ab', services: { necessary: [], analytics: [], ads: [] }, languageCode: 'en', lastConsentTimestamp: '2026-12-01T20:41:12.000Z', expirationTime: 1780000000000 }));
    expect(only({ cc_cookie: cookie(['necessary']) })).toMatchObject({ cmp: 'CookieConsent', says: 'reject-all', claimedAt: Date.parse('2026-12-01T20:41:12.000Z') });
    expect(only({ cc_cookie: cookie(['necessary', 'analytics', 'ads']) }).says).toBe('accept-all');
    expect(only({ cc_cookie: cookie(['necessary', 'analytics']) }).says).toBe('save-custom');
  });

  it("Osano's open-source cookieconsent: cookieconsent_status", () => {
    expect(only({ cookieconsent_status: 'deny' })).toMatchObject({ cmp: 'Osano Cookie Consent', says: 'reject-all' });
    expect(only({ cookieconsent_status: 'allow' }).says).toBe('accept-all');
    expect(only({ cookieconsent_status: 'dismiss' }).says).toBe('no-choice');
  });

  it('Osano: category → ACCEPT / DENY, as JSON or base64', () => {
    const json = JSON.stringify({ ESSENTIAL: 'ACCEPT', STORAGE: 'ACCEPT', MARKETING: 'DENY', PERSONALIZATION: 'DENY', ANALYTICS: 'DENY', OPT_OUT: 'DENY' });
    expect(only({}, { osano_consentmanager: json })).toMatchObject({ cmp: 'Osano', says: 'reject-all' });
    expect(only({}, { osano_consentmanager: b64(json.replace(/DENY/g, 'ACCEPT')) }).says).toBe('accept-all');
  });

  it('iubenda: _iub_cs-<id> with purposes 1-5, and the older consent flag', () => {
    const cookie = (purposes: Record<string, boolean>) => enc(JSON.stringify({ timestamp: '2026-12-01T20:40:12.345Z', version: '1.56.0', purposes, id: 123456, cons: { rand: 'a1b2c3' } }));
    expect(only({ '_iub_cs-123456': cookie({ 1: true, 2: false, 3: false, 4: false, 5: false }) })).toMatchObject({ cmp: 'iubenda', says: 'reject-all', claimedAt: Date.parse('2026-12-01T20:40:12.345Z') });
    expect(only({ '_iub_cs-123456': cookie({ 1: true, 2: true, 3: true, 4: true, 5: true }) }).says).toBe('accept-all');
    expect(only({ '_iub_cs-99': enc(JSON.stringify({ consent: true, timestamp: '2026-12-01T20:40:12.345Z' })) }).says).toBe('accept-all');
  });

  it('Cookie Script: action and the JSON text of categories', () => {
    expect(only({ CookieScriptConsent: JSON.stringify({ action: 'reject', categories: '[]', key: 'e1b8f2a0-0000-4000-8000-000000000000' }) })).toMatchObject({ cmp: 'Cookie Script', says: 'reject-all' });
    expect(only({ CookieScriptConsent: JSON.stringify({ action: 'accept', categories: '["performance","targeting","functionality"]', key: 'k' }) }).says).toBe('accept-all');
    expect(only({ CookieScriptConsent: JSON.stringify({ action: 'accept', categories: '["performance"]', key: 'k' }) }).says).toBe('save-custom');
  });

  it('IAB euconsent-v2: the TC string, with its last-updated time', () => {
    const gvl = new GVL({ gvlSpecificationVersion: 3, vendorListVersion: 100, tcfPolicyVersion: 5, lastUpdated: '2025-01-01T00:00:00Z', purposes: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, { id: i + 1, name: `P${i + 1}`, description: '', descriptionLegal: '' }])), specialPurposes: {}, features: {}, specialFeatures: {}, stacks: {}, dataCategories: {}, vendors: {} } as unknown as ConstructorParameters<typeof GVL>[0]);
    const model = new TCModel(gvl);
    model.cmpId = 10;
    model.isServiceSpecific = true;
    model.purposeConsents.set([1]);
    const r = only({ 'euconsent-v2': TCString.encode(model) });
    expect(r).toMatchObject({ cmp: 'IAB TCF', says: 'save-custom', denied: ['marketing', 'analytics'] });
    expect(typeof r.claimedAt).toBe('number');
  });

  it('hostile values never throw and decode to nothing', () => {
    const junk = ['', '{', '%E0%A4%A', 'x'.repeat(100_000), '!!!', 'null', '[]', '{"__proto__":{"a":1}}'];
    for (const value of junk) {
      const names = ['OptanonConsent', 'CookieConsent', 'didomi_token', 'cookieyes-consent', 'borlabs-cookie', 'tarteaucitron', 'klaro', 'cc_cookie', '_iub_cs-1', 'CookieScriptConsent', 'euconsent-v2'];
      const s = stored(Object.fromEntries(names.map((n) => [n, value])), { uc_settings: value, ucData: value, osano_consentmanager: value });
      for (const decode of RECORD_DECODERS) expect(() => decode(s)).not.toThrow();
      expect(readCmpRecords(s).filter((r) => r.says !== 'no-choice' && r.granted.length + r.denied.length > 0)).toEqual([]);
    }
  });

  it('parses document.cookie text, first value of a name winning, bounded', () => {
    const map = parseCookieHeader('a=1; OptanonAlertBoxClosed=2026-12-01T20:40:12.345Z; a=2; =x; klaro=%7B%7D');
    expect([...map]).toEqual([['a', '1'], ['OptanonAlertBoxClosed', '2026-12-01T20:40:12.345Z'], ['klaro', '%7B%7D']]);
    expect(parseCookieHeader(Array.from({ length: 1000 }, (_, i) => `c${i}=v`).join('; ')).size).toBe(300);
  });
});

describe('which stored names hold a record (for the change watch)', () => {
  it('knows the cookies and localStorage keys the decoders read, and no others', async () => {
    const { isRecordCookie, RECORD_LOCAL_KEYS } = await import('../../../src/core/consent/records/index');
    const names = ['OptanonConsent', 'OptanonAlertBoxClosed', 'CookieConsent', 'didomi_token', 'cookieyes-consent', 'cmplz_marketing', 'cmplz_banner-status', 'borlabs-cookie', 'tarteaucitron', 'klaro', 'cc_cookie', 'cookieconsent_status', 'osano_consentmanager', '_iub_cs-12345', 'CookieScriptConsent', 'euconsent-v2'];
    expect(names.filter((n) => !isRecordCookie(n))).toEqual([]);
    expect(['_ga', '_fbp', 'session', 'OptanonConsentX', '_iub_cs'].filter(isRecordCookie)).toEqual([]);
    expect([...RECORD_LOCAL_KEYS].sort()).toEqual(['klaro', 'osano_consentmanager', 'ucData', 'uc_settings']);
  });
});
