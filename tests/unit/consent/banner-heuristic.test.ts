import { describe, expect, it } from 'vitest';
import { isBannerBox, looksLikeBanner, mentionsConsent, type BoxFacts } from '../../../src/core/consent/banner-heuristic';

const viewport = { width: 1280, height: 800 };
const bottomBar: BoxFacts = { position: 'fixed', zIndex: '9999', rect: { top: 680, left: 0, width: 1280, height: 120 }, viewport };

describe('mentionsConsent', () => {
  it.each([
    'Wij gebruiken cookies om onze website te verbeteren.',
    'We use cookies to personalise content.',
    'Wir verwenden Cookies. Mit Ihrer Einwilligung …',
    'Nous utilisons des traceurs pour mesurer l’audience.',
    'Geef toestemming voor het plaatsen van tracking.',
    'Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.',
    'Utilizamos cookies propias y de terceros; puede dar su consentimiento.',
  ])('finds consent wording in %j', (text) => {
    expect(mentionsConsent(text)).toBe(true);
  });

  it('ignores unrelated text, and whole pages', () => {
    expect(mentionsConsent('Gratis verzending vanaf 20 euro')).toBe(false);
    expect(mentionsConsent('')).toBe(false);
    expect(mentionsConsent(`cookies ${'x'.repeat(7000)}`)).toBe(false);
  });
});

describe('isBannerBox', () => {
  it('accepts a notice floating 20 px from the edges (Klaro) and 32 px (many themes)', () => {
    expect(isBannerBox({ ...bottomBar, zIndex: '999', rect: { top: 800 - 20 - 180, left: 1280 - 20 - 400, width: 400, height: 180 } })).toBe(true);
    expect(isBannerBox({ ...bottomBar, rect: { top: 800 - 32 - 150, left: 32, width: 420, height: 150 } })).toBe(true);
  });

  it('rejects a small floating box well away from every edge', () => {
    expect(isBannerBox({ ...bottomBar, rect: { top: 300, left: 500, width: 200, height: 100 } })).toBe(false);
  });

  it('accepts a fixed bar at the bottom or top, a corner box, and a large centred dialog', () => {
    expect(isBannerBox(bottomBar)).toBe(true);
    expect(isBannerBox({ ...bottomBar, rect: { top: 0, left: 0, width: 1280, height: 80 } })).toBe(true);
    expect(isBannerBox({ ...bottomBar, rect: { top: 500, left: 8, width: 380, height: 280 } })).toBe(true);
    expect(isBannerBox({ ...bottomBar, position: 'sticky', rect: { top: 200, left: 340, width: 600, height: 400 } })).toBe(true);
  });

  it('rejects static boxes, low stacking, tiny boxes and boxes floating mid-page', () => {
    expect(isBannerBox({ ...bottomBar, position: 'static' })).toBe(false);
    expect(isBannerBox({ ...bottomBar, position: 'absolute' })).toBe(false);
    expect(isBannerBox({ ...bottomBar, zIndex: 'auto' })).toBe(false);
    expect(isBannerBox({ ...bottomBar, zIndex: '2' })).toBe(false);
    expect(isBannerBox({ ...bottomBar, rect: { top: 780, left: 0, width: 60, height: 20 } })).toBe(false);
    expect(isBannerBox({ ...bottomBar, rect: { top: 300, left: 500, width: 200, height: 100 } })).toBe(false);
  });
});

describe('looksLikeBanner', () => {
  it('needs the box, the wording and at least one button', () => {
    const text = 'Deze website gebruikt cookies.';
    expect(looksLikeBanner(bottomBar, text, 2)).toBe(true);
    expect(looksLikeBanner(bottomBar, text, 0)).toBe(false);
    expect(looksLikeBanner(bottomBar, 'Nieuwsbrief: meld je aan', 2)).toBe(false);
  });
});
