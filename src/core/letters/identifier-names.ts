// Names for what a request carried, as a person reads them: "de Meta-ID van mijn
// browser (fbp)", "het advertentie-ID (pixel-ID) van de website bij Meta" — not raw
// parameter names or "the site's account number with the recipient".
import type { EvidenceTracker, Lang } from '../evidence/types';

/** The brand a person knows the recipient by: Meta, Google, LinkedIn, TikTok… */
export function brandOf(tracker: EvidenceTracker): string {
  const { companyKey, key, company } = tracker.tracker;
  if (companyKey === 'facebook') return 'Meta';
  if (companyKey === 'microsoft' && key.startsWith('linkedin')) return 'LinkedIn';
  if (companyKey === 'bytedance_inc') return 'TikTok';
  if (companyKey === 'twitter') return 'X';
  return company;
}

export function leafOf(name: string): string {
  const bracket = /\[([^\]]+)\]$/.exec(name);
  return bracket ? bracket[1]! : name.split('.').pop()!;
}

/** "de Meta-ID van mijn browser (fbp)" / "my browser's Meta id (fbp)". */
export function browserIdName(tracker: EvidenceTracker, name: string, lang: Lang): string {
  const brand = brandOf(tracker);
  return lang === 'nl' ? `de ${brand}-ID van mijn browser (${name})` : `my browser’s ${brand} id (${name})`;
}

/** "een advertentieklik-ID van Facebook (…)": the platform comes from the click-id finding. */
export function clickIdName(platform: string, name: string, lang: Lang): string {
  return lang === 'nl' ? `een advertentieklik-ID van ${platform} (${name})` : `an ad click id from ${platform} (${name})`;
}

/** The website's own id at the recipient: the pixel id at Meta, the measurement id at Google… */
export function accountName(tracker: EvidenceTracker, lang: Lang): string {
  const brand = brandOf(tracker);
  const nl = lang === 'nl';
  if (tracker.kind === 'social-plugin') return nl ? `het app-ID van de website bij ${brand}` : `the website’s app id at ${brand}`;
  if (brand === 'Meta' || brand === 'TikTok' || brand === 'Pinterest' || brand === 'Snap') {
    return nl ? `het advertentie-ID (pixel-ID) van de website bij ${brand}` : `the website’s advertising id (pixel id) at ${brand}`;
  }
  if (brand === 'Google') return nl ? 'het meet- of advertentie-ID van de website bij Google' : 'the website’s measurement or advertising id at Google';
  if (brand === 'LinkedIn') return nl ? 'het partner-ID van de website bij LinkedIn' : 'the website’s partner id at LinkedIn';
  return nl ? `het account-ID van de website bij ${brand}` : `the website’s account id at ${brand}`;
}
