// The badge tooltip on a page where the health shield blocked requests: the sentence
// "Pixelwacht blocked nothing." becomes how many it blocked (badge.ts writes the rest,
// about the companies a request reached).
import { pluralCategory } from '../core/records/headline';
import { lang, msg } from './i18n';

/** `title`: the tooltip about the companies reached (unused when none was). */
export function shieldTitle(title: string, blocked: number, anyReached: boolean): string {
  if (blocked === 0) return title;
  const count = [String(blocked)];
  if (!anyReached) return msg(`shield_badgeAllBlocked_${pluralCategory(blocked, lang())}`, count);
  const said = msg(`shield_badgeBlocked_${pluralCategory(blocked, lang())}`, count);
  return title.replace(msg('shield_badgeNothingBlocked'), said);
}
