import { describe, expect, it } from 'vitest';
import type { ConsentSignals } from '../../../src/core/decoders/types';
import { describeConsent, formatDuration } from '../../../src/core/consent/describe-consent';
import { CONSENT_STATES } from '../../../src/core/consent/types';

describe('describeConsent', () => {
  it('says when the request left and that the user had done nothing, in both languages', () => {
    expect(describeConsent('before-any-interaction', 400, 'en')).toBe('0.4 s after the page started loading, before you did anything');
    expect(describeConsent('before-any-interaction', 400, 'nl')).toBe('0,4 s nadat de pagina begon te laden, voordat u iets deed');
  });

  it.each([
    ['banner-unanswered', 'while the cookie banner was still unanswered', 'terwijl de cookiemelding nog niet beantwoord was'],
    ['after-reject', 'after you refused', 'nadat u had geweigerd'],
    ['after-accept', 'after you accepted', 'nadat u had geaccepteerd'],
    ['after-custom', 'after you saved your own cookie settings', 'nadat u eigen cookie-instellingen had opgeslagen'],
    ['earlier-choice', 'after a cookie choice made earlier on this site', 'na een cookiekeuze die eerder op deze site is gemaakt'],
  ] as const)('describes %s', (state, en, nl) => {
    expect(describeConsent(state, 2500, 'en')).toBe(`2.5 s after the page started loading, ${en}`);
    expect(describeConsent(state, 2500, 'nl')).toBe(`2,5 s nadat de pagina begon te laden, ${nl}`);
  });

  it('describes an unknown state, with and without a time', () => {
    expect(describeConsent('unknown', 12_000, 'en')).toBe('12 s after the page started loading; it is not known whether you had made a cookie choice');
    expect(describeConsent('unknown', null, 'en')).toBe('It is not known whether you had made a cookie choice');
    expect(describeConsent('unknown', null, 'nl')).toBe('Het is niet bekend of u al een cookiekeuze had gemaakt');
  });

  it('names the earlier choice when known', () => {
    expect(describeConsent('earlier-choice', 300, 'en', undefined, { earlierChoice: 'reject-all' })).toBe(
      '0.3 s after the page started loading, after a cookie choice made earlier on this site (you refused)',
    );
  });

  it('adds the request’s own Google consent signal when it says denied', () => {
    const signals: ConsentSignals = { google: { ad_storage: 'denied', raw: { gcs: 'G100' } } };
    expect(describeConsent('before-any-interaction', 400, 'en', signals)).toBe(
      "0.4 s after the page started loading, before you did anything; sent although the site's own Google consent signal says ad storage denied",
    );
    expect(describeConsent('after-reject', 4000, 'nl', { google: { ad_storage: 'denied', analytics_storage: 'denied', raw: { gcs: 'G100' } } })).toBe(
      '4,0 s nadat de pagina begon te laden, nadat u had geweigerd; verstuurd hoewel het eigen Google-toestemmingssignaal van de site zegt: advertentieopslag en analytische opslag geweigerd',
    );
  });

  it('says "tried to send" when the health shield blocked the requests', () => {
    const signals: ConsentSignals = { google: { ad_storage: 'denied', raw: { gcs: 'G100' } } };
    expect(describeConsent('before-any-interaction', 400, 'en', signals, { blocked: true })).toBe(
      "0.4 s after the page started loading, before you did anything; tried to send although the site's own Google consent signal says ad storage denied",
    );
    expect(describeConsent('before-any-interaction', 400, 'nl', signals, { blocked: true })).toContain('; geprobeerd te versturen hoewel het eigen');
  });

  it('points out a "granted" signal when the user had not agreed, and only then', () => {
    const granted: ConsentSignals = { google: { ad_storage: 'granted', raw: { gcs: 'G110' } } };
    expect(describeConsent('after-reject', 4000, 'en', granted)).toBe(
      "4.0 s after the page started loading, after you refused; the site's own Google consent signal says ad storage granted, although you refused",
    );
    expect(describeConsent('before-any-interaction', 100, 'en', granted)).toContain('already says ad storage granted');
    expect(describeConsent('after-accept', 4000, 'en', granted)).toBe('4.0 s after the page started loading, after you accepted');
  });

  it('reads the decoders’ `google` key and ignores "not set"', () => {
    const signals: ConsentSignals = { google: { ad_storage: 'denied', analytics_storage: 'not set', raw: {} }, tcf: { tcString: 'x', valid: false } };
    expect(describeConsent('after-accept', 1000, 'en', signals)).toBe(
      "1.0 s after the page started loading, after you accepted; sent although the site's own Google consent signal says ad storage denied",
    );
  });

  it('mentions a request that claims the GDPR does not apply', () => {
    expect(describeConsent('before-any-interaction', 100, 'nl', { tcf: { tcString: '', valid: false, gdprApplies: false } })).toContain('de AVG niet van toepassing');
  });

  it('ignores signals it does not understand', () => {
    // A damaged stored record: not the decoders' shape.
    const odd = { google: { ad_storage: 'maybe', evil: 'denied' }, tcf: 'x', other: 1 } as unknown as ConsentSignals;
    expect(describeConsent('after-accept', 1000, 'en', odd)).toBe('1.0 s after the page started loading, after you accepted');
    expect(describeConsent('after-accept', 1000, 'en', null)).toBe('1.0 s after the page started loading, after you accepted');
  });

  it('has a text for every state in both languages', () => {
    for (const state of CONSENT_STATES) {
      for (const lang of ['nl', 'en'] as const) expect(describeConsent(state, 0, lang)).toMatch(/^0[.,]0 s /);
    }
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0.0 s', '0,0 s'],
    [449, '0.4 s', '0,4 s'],
    [9_949, '9.9 s', '9,9 s'],
    [12_345, '12 s', '12 s'],
    [120_000, '2 min', '2 min'],
    [185_000, '3 min 5 s', '3 min 5 s'],
  ])('%i ms', (ms, en, nl) => {
    expect(formatDuration(ms, 'en')).toBe(en);
    expect(formatDuration(ms, 'nl')).toBe(nl);
  });
});
