// A visit's consent timeline in words, for the report and the complaint's section
// on the consent interface. Only what was recorded; the CMP name is as detected.
import type { ChoiceKind, ConsentEvent } from '../consent/types';
import type { Lang } from './types';
import { recordSaysText } from '../consent/record-text';

const CHOICE: Record<Lang, Record<ChoiceKind, string>> = {
  en: { 'accept-all': 'accept all', 'reject-all': 'refuse all', 'save-custom': 'save own settings', other: 'another button' },
  nl: { 'accept-all': 'alles accepteren', 'reject-all': 'alles weigeren', 'save-custom': 'eigen instellingen opslaan', other: 'een andere knop' },
};

export function choiceText(choice: ChoiceKind, lang: Lang): string {
  return CHOICE[lang][choice];
}

export function consentEventText(e: ConsentEvent, lang: Lang): string {
  const nl = lang === 'nl';
  switch (e.type) {
    case 'navigation-start':
      return nl ? 'de pagina begon te laden' : 'the page started loading';
    case 'first-interaction':
      return nl ? 'eerste handeling op de pagina (klik, toets of aanraking)' : 'first action on the page (click, key or touch)';
    case 'banner-shown':
      return nl ? `cookiemelding getoond (${e.cmp})` : `cookie banner shown (${e.cmp})`;
    case 'banner-hidden':
      return nl ? 'cookiemelding verdwenen' : 'cookie banner closed';
    case 'choice':
      return nl ? `keuze in de cookiemelding: ${CHOICE.nl[e.choice]}` : `choice in the cookie banner: ${CHOICE.en[e.choice]}`;
    case 'tcf-status':
      return nl
        ? `de toestemmingsinterface (TCF) van de pagina meldde: ${e.eventStatus}${e.purposesConsented.length ? `, toestemming voor doelen ${e.purposesConsented.join(', ')}` : ''}`
        : `the page's consent interface (TCF) reported: ${e.eventStatus}${e.purposesConsented.length ? `, consent for purposes ${e.purposesConsented.join(', ')}` : ''}`;
    case 'cmp-record':
      return recordSaysText(e.cmp, e.says, lang);
  }
}
