// Complianz: one cookie per category, `cmplz_marketing`, `cmplz_statistics`,
// `cmplz_preferences`, `cmplz_functional`, each `allow` or `deny`; `cmplz_banner-status`
// is `dismissed` once the banner was answered.
import { fromCategories, type ConsentCategory, type RecordDecoder } from './record';

const COOKIES: Record<string, ConsentCategory> = {
  cmplz_functional: 'necessary',
  cmplz_preferences: 'preferences',
  cmplz_statistics: 'analytics',
  cmplz_marketing: 'marketing',
};

export const decodeComplianz: RecordDecoder = (stored) => {
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const [name, category] of Object.entries(COOKIES)) {
    const v = stored.cookie(name);
    if (v === 'allow' || v === 'deny') flags[category] = v === 'allow';
  }
  if (Object.keys(flags).length === 0) return null;
  return fromCategories('Complianz', flags, stored.cookie('cmplz_banner-status') === 'dismissed' || flags.marketing !== undefined);
};
