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

/** The website's id at the recipient, addressed to the website: "het pixel-ID van uw website bij Meta". */
export function yourAccountName(tracker: EvidenceTracker, lang: Lang): string {
  const brand = brandOf(tracker);
  const nl = lang === 'nl';
  if (tracker.kind === 'social-plugin') return nl ? `het app-ID van uw website bij ${brand}` : `your website’s app id at ${brand}`;
  if (brand === 'Meta' || brand === 'TikTok' || brand === 'Pinterest' || brand === 'Snap') return nl ? `het pixel-ID van uw website bij ${brand}` : `your website’s pixel id at ${brand}`;
  if (brand === 'Google') return nl ? 'het meet- of advertentie-ID van uw website bij Google' : 'your website’s measurement or advertising id at Google';
  if (brand === 'LinkedIn') return nl ? 'het partner-ID van uw website bij LinkedIn' : 'your website’s partner id at LinkedIn';
  return nl ? `het account-ID van uw website bij ${brand}` : `your website’s account id at ${brand}`;
}

/** What a hashed or readable personal-data field is, as the letters name it ("een gehasht telefoonnummer"). */
export function personalName(kind: 'hashed-email' | 'hashed-phone' | 'hashed-personal' | 'plain-email' | 'plain-phone' | 'plain-personal', lang: Lang): string {
  const nl = lang === 'nl';
  switch (kind) {
    case 'hashed-email': return nl ? 'een gehasht e-mailadres' : 'a hashed e-mail address';
    case 'hashed-phone': return nl ? 'een gehasht telefoonnummer' : 'a hashed phone number';
    case 'hashed-personal': return nl ? 'een gehasht persoonsgegeven' : 'a hashed item of personal data';
    case 'plain-email': return nl ? 'een e-mailadres in leesbare vorm' : 'an e-mail address in readable form';
    case 'plain-phone': return nl ? 'een telefoonnummer in leesbare vorm' : 'a phone number in readable form';
    case 'plain-personal': return nl ? 'een persoonsgegeven in leesbare vorm' : 'personal data in readable form';
  }
}
