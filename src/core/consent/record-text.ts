// The site's own consent record in words, always as the site's claim.
import type { Lang } from '../model';
import type { RecordSays } from './records/record';


const SAYS: Record<Lang, Record<RecordSays, string>> = {
  en: { 'accept-all': 'all accepted', 'reject-all': 'all refused', 'save-custom': 'some categories accepted', 'no-choice': 'no choice made yet' },
  nl: { 'accept-all': 'alles geaccepteerd', 'reject-all': 'alles geweigerd', 'save-custom': 'sommige categorieën geaccepteerd', 'no-choice': 'nog geen keuze gemaakt' },
};

/** "the site's own consent record (OneTrust) says: all accepted" */
export function recordSaysText(cmp: string, says: RecordSays, lang: Lang): string {
  return lang === 'nl'
    ? `het eigen toestemmingsregister van de site (${cmp}) zegt: ${SAYS.nl[says]}`
    : `the site's own consent record (${cmp}) says: ${SAYS.en[says]}`;
}
