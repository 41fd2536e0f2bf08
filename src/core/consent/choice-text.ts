// What a clicked cookie-banner button means, from its words (Dutch, English, German,
// French, Italian, Spanish). Used when no CMP rule knows the button. The order of the rules is the
// logic: the first that matches wins, so the narrow phrases come before the broad
// verbs ("Alleen noodzakelijke accepteren" contains "accepteren" but is a refusal;
// "Accept selected" contains "accept" but saves a custom choice; "Niet akkoord"
// contains "akkoord"). When in doubt between "refused" and "accepted", "accepted" is
// the label that favours the site, so a vague "OK" / "Doorgaan" counts as accepting.

import type { ChoiceKind } from './types';

/** Longer strings are not button labels (a whole banner's text, a paragraph). */
const MAX_LABEL_LENGTH = 80;

const ACCEPT_VERB = String.raw`(accept\w*|agree|allow|akzeptier\w*|zustimm\w*|zulassen|erlauben|annehmen|accepte\w*|autoriser|toestaan|sta\s(\w+\s){0,3}toe|stimme\w*\szu|akkoord|accett\w*|acconsent\w*|consenti|acept\w*|permitir|permitirlas|consiento)`;
const ALL = String.raw`(all|alle|alles|tout|tous|toutes|tutti|tutte|tutto|todo|todos|todas)`;
const NECESSARY = String.raw`(?<!non\s)(strictly\snecessary|necessary|essential|required|functional|noodzakelijk\w*|functionele|essentiel\w*|vereiste|notwendig\w*|essenziell\w*|erforderlich\w*|funktional\w*|technisch\w*|necessaire\w*|strictement\snecessaire\w*|indispensable\w*|necessari\w*|essenzial\w*|tecnic\w*|necesari\w*|esencial\w*|imprescindible\w*)`;

/** [pattern, meaning], tried in order. Patterns see lower-case text without accents. */
const RULES: ReadonlyArray<readonly [RegExp, ChoiceKind]> = [
  // Leaving without consenting: "Continuer sans accepter", "Doorgaan zonder te accepteren".
  [/\b(without|zonder|ohne|sans|senza|sin)\b.*\b(accept\w*|agree\w*|akkoord|cookies|toestemming|consent\w*|akzeptier\w*|zustimm\w*|einwillig\w*|accepte\w*|consentir|accett\w*|acept\w*)\b/, 'reject-all'],
  // Necessary only, in any word order: "Alleen noodzakelijke", "Necessary only", "Nur notwendige".
  [new RegExp(String.raw`\b(only|just|alleen|enkel|uitsluitend|nur|uniquement|seulement|seuls?|solo|soltanto|solamente|unicamente)\b.*\b${NECESSARY}`), 'reject-all'],
  [new RegExp(String.raw`\b${NECESSARY}\b.*\b(only|alleen|enkel|uniquement|seulement|solo|solamente)\b`), 'reject-all'],
  [new RegExp(String.raw`\b${ACCEPT_VERB}\b.*\b${NECESSARY}\b`), 'reject-all'],
  [new RegExp(String.raw`\b${NECESSARY}\b.*\b(cookies\s)?${ACCEPT_VERB}\b`), 'reject-all'],
  // Refusing: checked before accepting because "do not accept", "niet akkoord" contain accept words.
  [/\b(reject\w*|decline\w*|deny|denied|refuse\w*|disagree|opt[\s-]?out|weiger\w*|afwijzen|wijs\w*\saf|ablehn\w*|lehne\w*\sab|verweiger\w*|widerspr\w*|refuser|refus\w*|rejet\w*|rejeter|rifiut\w*|nega\w*|rechaz\w*|deneg\w*)\b/, 'reject-all'],
  [/\b(do\snot|don't|dont|niet|nicht|ne\spas|pas|non|no)\b.*\b(accept\w*|agree|allow|consent|akkoord|accepteren|toestaan|akzeptier\w*|zustimm\w*|einverstanden|accepter|d'accord|accett\w*|acconsent\w*|acept\w*|consiento|estoy de acuerdo)\b/, 'reject-all'],
  [/^(no|nee|nein|non)\b/, 'reject-all'],
  // Saving a selection: "Voorkeuren opslaan", "Auswahl speichern", "Enregistrer", "Accept selected".
  [/\b(save\w*|opslaan|bewaren|bewaar|speicher\w*|enregistrer|sauvegarder|submit|salva\w*|memorizza\w*|guardar\w*)\b/, 'save-custom'],
  [/\b(selected|selection|selectie|geselecteerde|auswahl|ausgewahlte\w*|selection\w*|mes\schoix|ma\sselection|my\schoices|mijn\skeuze|meine\sauswahl|selezion\w*|seleccion\w*)\b/, 'save-custom'],
  [/\b(confirm\w*|bevestig\w*|bestatig\w*|valider|confirmer|conferm\w*)\b/, 'save-custom'],
  // Accepting everything, before the settings words so "Alles accepteren en sluiten" is clear.
  [new RegExp(String.raw`\b${ACCEPT_VERB}\b.*\b${ALL}\b|\b${ALL}\b.*\b${ACCEPT_VERB}\b`), 'accept-all'],
  // Any accept verb, before the settings words: "Accept recommended settings" accepts.
  [new RegExp(String.raw`\b${ACCEPT_VERB}\b`), 'accept-all'],
  // Opening settings, reading more: not a choice (nor is closing, which falls through).
  [/\b(settings?|preferences?|customi[sz]e|manage|options?|more|details?|learn|read|\w*instelling\w*|voorkeur\w*|aanpassen|beheren|meer|lees|\w*einstellung\w*|anpassen|verwalten|mehr|parametr\w*|personnaliser|gerer|plus|impostazion\w*|preferenz\w*|personalizz\w*|gestisci|gestire|opzioni|scopri|configur\w*|preferencias|personaliz\w*|opciones|ajustes|informacion|mas|choose|kiezen|wahlen|close|sluiten|schliessen|fermer|chiudi|cerrar)\b/, 'other'],
  // Short assent: "OK", "Got it", "Prima", "Toestemming geven".
  [/^((dat|het|das|that) ?('s|is|ist)? (ok|okay|oke|okee|goed|prima|in ordnung)|ok|okay|oke|okee|yes|ja|oui|si|prima|got it|i understand|understood|begrepen|verstanden|compris|continue|doorgaan|verder|weiter|continuer|fine|sounds good|einverstanden|d'accord|j'ai compris|ik begrijp het|consent|toestemming|enable all|zustimmung|einwilligen|va bene|d'accordo|de acuerdo|vale|entendido|entiendo|capito|ho capito|continua|continuar|acconsento)\b/, 'accept-all'],
  [/\b(einverstanden|d'accord|consent|d'accordo|de acuerdo)\b/, 'accept-all'],
];

export function classifyButtonText(text: string): ChoiceKind {
  const normalised = normaliseLabel(text);
  if (normalised === '' || normalised.length > MAX_LABEL_LENGTH) return 'other';
  for (const [pattern, choice] of RULES) {
    if (pattern.test(normalised)) return choice;
  }
  return 'other';
}

/** Lower case, no accents (é → e, ß → ss), curly quotes straightened, whitespace collapsed. */
export function normaliseLabel(text: string): string {
  return String(text)
    .slice(0, 500)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What a control's id, class or data-role say it does, for icon-only buttons and for
 * labels the words do not settle ("✓", "×"): CMPs name their controls after the action
 * (`data-role="necessary"`, `#tarteaucitronAllDenied2`, `.cc-deny`, `accept-all-btn`).
 * Null when they say nothing.
 */
export function classifyControlHint(hint: string): ChoiceKind | null {
  const h = String(hint).slice(0, 300).toLowerCase();
  if (/(deny|denied|reject|refuse|decline|disagree|necessary|essential|optout|opt-out)/.test(h)) return 'reject-all';
  if (/(save|selection|selected|confirm)/.test(h)) return 'save-custom';
  if (/(accept|allow|agree|optin|opt-in|consent|role=all|\ball\b)/.test(h)) return 'accept-all';
  if (/(close|dismiss|settings|preferences|personali[sz]e|customi[sz]e|manage|more|learn)/.test(h)) return 'other';
  return null;
}
