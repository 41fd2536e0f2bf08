// What one recipient received, in words, for the report and the letters. Built on
// the popup's chips (records/disclosure-summary.ts) so all three say the same thing.
import { summariseTracker, type Chip, type DisclosedValue } from '../records/disclosure-summary';
import type { Redactor } from './redaction';
import type { EvidenceTracker, Lang } from './types';

export interface SentItem {
  chip: Chip['id'];
  /** "the address of the page", "a hashed e-mail address". */
  label: string;
  /** The event name, or the platform a click id belongs to. */
  detail?: string;
  /** Values behind it, redacted as the user chose. */
  values: string[];
}

const LABELS: Record<Lang, Record<Chip['id'], (detail?: string) => string>> = {
  en: {
    'page-address': () => 'the address of the page',
    'page-title': () => 'the title of the page',
    referrer: () => 'the address of the previous page (referrer)',
    event: (d) => `the event "${d ?? ''}"`,
    account: () => "the website's own id at the recipient (such as its pixel id)",
    'hashed-email': () => 'a hashed e-mail address',
    'hashed-phone': () => 'a hashed phone number',
    'hashed-personal': () => 'other hashed personal data',
    'plain-personal': () => 'personal data in readable form',
    'click-id': (d) => `an ad click identifier (${d ?? ''})`,
    'browser-id': () => 'an identifier of my browser (cookie id)',
    'login-cookie': (d) => `the login cookies of ${d ?? 'the recipient'}`,
    'session-recording': () => 'a recording of what happened on the page',
    'custom-data': () => 'additional event data',
    'consent-denied': () => 'a Google consent signal saying storage was denied',
    disguised: () => 'sent through an address that is not the vendor’s own',
  },
  nl: {
    'page-address': () => 'het adres van de pagina',
    'page-title': () => 'de titel van de pagina',
    referrer: () => 'het adres van de vorige pagina (referrer)',
    event: (d) => `de gebeurtenis "${d ?? ''}"`,
    account: () => 'het eigen ID van de website bij de ontvanger (zoals het pixel-ID)',
    'hashed-email': () => 'een gehasht e-mailadres',
    'hashed-phone': () => 'een gehasht telefoonnummer',
    'hashed-personal': () => 'andere gehashte persoonsgegevens',
    'plain-personal': () => 'persoonsgegevens in leesbare vorm',
    'click-id': (d) => `een advertentieklik-id (${d ?? ''})`,
    'browser-id': () => 'een identificatiecode van mijn browser (cookie-id)',
    'login-cookie': (d) => `de inlogcookies van ${d ?? 'de ontvanger'}`,
    'session-recording': () => 'een opname van wat er op de pagina gebeurde',
    'custom-data': () => 'extra gegevens bij de gebeurtenis',
    'consent-denied': () => 'een Google-toestemmingssignaal dat opslag geweigerd was',
    disguised: () => 'verstuurd via een adres dat niet van de leverancier zelf is',
  },
};

/** A social plug-in's request is the page loading the plug-in, not something the person did. */
function pluginLabel(plugin: string | undefined, lang: Lang): string {
  if (plugin === 'like') return lang === 'nl' ? 'dat de pagina de Like-knop laadde (niet aangeklikt)' : 'that the page loaded the Like button (not clicked)';
  const name = plugin ?? '';
  return lang === 'nl' ? `dat de pagina de plug-in "${name}" laadde (niet aangeklikt)` : `that the page loaded the plug-in "${name}" (not clicked)`;
}

function shown(v: DisclosedValue, r: Redactor): string {
  if (v.field === 'pageUrl' || v.field === 'referrer') return r.address(v.value);
  if (v.field === 'pageTitle') return r.redaction.pageAddresses === 'category' ? (r.lang === 'nl' ? '[titel weggelaten]' : '[title left out]') : r.text(v.value);
  if (v.field.startsWith('customData.') && !r.showsCustomValues) return `${v.field.slice('customData.'.length)}: …`;
  const name = v.field.replace(/^(userIds|hashedPii|plainPii|customData)\./, '');
  return v.field === 'accountId' ? r.text(v.value) : `${name}: ${r.text(v.value)}`;
}

export function whatWasSent(tracker: EvidenceTracker, r: Redactor): SentItem[] {
  const { chips, values } = summariseTracker(tracker);
  const items: SentItem[] = [];
  for (const chip of chips) {
    const detail = chip.id === 'login-cookie' ? tracker.loginCookies?.platform : chip.detail;
    const label = chip.id === 'event' && tracker.kind === 'social-plugin' ? pluginLabel(detail, r.lang) : LABELS[r.lang][chip.id](detail);
    const item: SentItem = { chip: chip.id, label, values: [], ...(detail ? { detail } : {}) };
    if (chip.id === 'login-cookie' && tracker.loginCookies) item.values.push(tracker.loginCookies.cookieNames.join(', '));
    items.push(item);
  }
  for (const v of values) {
    if (v.field === 'event' || !v.chip) continue; // the event name is in the label already
    // Each value says its chip (classified when decoded); a click id also its platform.
    const target = items.find((i) => i.chip === v.chip && (v.chip !== 'click-id' || i.detail === v.detail));
    const text = shown(v, r);
    if (target && !target.values.includes(text)) target.values.push(text);
  }
  return items;
}
