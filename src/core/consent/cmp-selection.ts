// Which autoconsent rules Pixelwacht ships, under the name people know the CMP by.
// A curated list rather than all ~800 rules: most of those are single-site rules, and
// the content script runs on every page, so its table should stay small. The
// generator fails when a listed rule disappears from autoconsent, so an update that
// renames one is noticed.

export const AUTOCONSENT_SELECTION: Readonly<Record<string, string>> = {
  'cookiefirst.com': 'CookieFirst',
  didomi: 'Didomi',
  'usercentrics-api': 'Usercentrics',
  'usercentrics-button': 'Usercentrics',
  quantcast: 'Quantcast Choice',
  'Complianz banner': 'Complianz',
  'Complianz categories': 'Complianz',
  'Complianz notice': 'Complianz',
  'Complianz opt-out': 'Complianz',
  'Complianz optin': 'Complianz',
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
