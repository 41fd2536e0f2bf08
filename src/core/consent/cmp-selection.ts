// Which autoconsent rules Pixelwacht ships, under the name people know the CMP by.
// A curated list rather than all ~800 rules: most of those are single-site rules, and
// the content script runs on every page, so its table should stay small. The
// generator fails when a listed rule disappears from autoconsent, so an update that
// renames one is noticed.

/**
 * autoconsent's "Complianz categories/notice/opt-out/optin" rules match the markup of
 * Osano's open-source cookieconsent library (`.cc-window[aria-describedby="cookieconsent:desc"]`),
 * which Complianz once bundled; so they are named after the library, and cmp-rules.ts
 * revises the name to Complianz only when Complianz's own markup is on the page.
 */
export const OSANO_COOKIECONSENT = 'Osano Cookie Consent';

export const AUTOCONSENT_SELECTION: Readonly<Record<string, string>> = {
  'cookiefirst.com': 'CookieFirst',
  didomi: 'Didomi',
  'usercentrics-api': 'Usercentrics',
  'usercentrics-button': 'Usercentrics',
  quantcast: 'Quantcast Choice',
  'Complianz banner': 'Complianz',
  'Complianz categories': OSANO_COOKIECONSENT,
  'Complianz notice': OSANO_COOKIECONSENT,
  'Complianz opt-out': OSANO_COOKIECONSENT,
  'Complianz optin': OSANO_COOKIECONSENT,
  cookieyes: 'CookieYes',
  'Cookie Information Banner': 'Cookie Information',
  'TrustArc-newcm': 'TrustArc',
  osano: 'Osano',
  iubenda: 'iubenda',
  'consentmanager-ncmp': 'consentmanager',
  'funding-choices': 'Google Funding Choices',
  cookiehub: 'CookieHub',
  borlabs: 'Borlabs Cookie',
  axeptio: 'Axeptio',
  Termly: 'Termly',
  'cookie-script': 'Cookie Script',
  'tarteaucitron.js': 'tarteaucitron',
  cookieconsent2: 'CookieConsent',
  cookieconsent3: 'CookieConsent',
  Moove: 'Moove GDPR',
  'dpgmedia-nl': 'DPG Media',
};

/** CMPs the product promises to recognise (issue 5); a test checks each is in the table. */
export const REQUIRED_CMPS: readonly string[] = [
  'Cookiebot',
  'OneTrust',
  'CookieFirst',
  'Didomi',
  'Usercentrics',
  'Quantcast Choice',
  'Complianz',
  'CookieYes',
  'Cookie Information',
  'TrustArc',
  'Osano',
  'iubenda',
  'Sourcepoint',
];
