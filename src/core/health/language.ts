// Which language a page is written in. The declared `lang` is often wrong (templates
// ship lang="en" on Dutch pages), so common function words decide when there are
// enough of them, and the declared language only breaks a tie.

// 'of', 'is' and 'door' are words in both languages, so neither list has them.
const NL = new Set('de het een en van voor met je jouw u uw niet op zijn bij te wat hoe ook naar dat deze wordt worden heeft kunt als om meer'.split(' '));
const EN = new Set('the and to for with you your not on are at what how also from that this be have can or as by more will'.split(' '));

/** 'nl', 'en', or the declared primary language subtag ('' when unknown). */
export function detectLanguage(folded: readonly string[], declared: string): string {
  let nl = 0;
  let en = 0;
  const n = Math.min(folded.length, 3_000);
  for (let i = 0; i < n; i++) {
    const t = folded[i] as string;
    if (NL.has(t)) nl++;
    else if (EN.has(t)) en++;
  }
  if (nl >= 3 && nl >= 2 * en) return 'nl';
  if (en >= 3 && en >= 2 * nl) return 'en';
  const primary = declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary) return primary;
  if (nl > en) return 'nl';
  if (en > nl) return 'en';
  return '';
}
