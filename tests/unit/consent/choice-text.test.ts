import { describe, expect, it } from 'vitest';
import { classifyButtonText, normaliseLabel } from '../../../src/core/consent/choice-text';
import type { ChoiceKind } from '../../../src/core/consent/types';

// Labels seen on real Dutch, English, German and French cookie banners.
const LABELS: ReadonlyArray<readonly [string, ChoiceKind]> = [
  // Dutch
  ['Alles accepteren', 'accept-all'],
  ['Accepteren', 'accept-all'],
  ['Akkoord', 'accept-all'],
  ['Ik ga akkoord', 'accept-all'],
  ['Ja, ik ga akkoord', 'accept-all'],
  ['Alle cookies toestaan', 'accept-all'],
  ['Sta alle cookies toe', 'accept-all'],
  ['Cookies accepteren', 'accept-all'],
  ['Accepteren en sluiten', 'accept-all'],
  ['Prima', 'accept-all'],
  ['Oké', 'accept-all'],
  ['Toestemming geven', 'accept-all'],
  ['Weigeren', 'reject-all'],
  ['Alles weigeren', 'reject-all'],
  ['Alle cookies weigeren', 'reject-all'],
  ['Afwijzen', 'reject-all'],
  ['Niet akkoord', 'reject-all'],
  ['Nee, bedankt', 'reject-all'],
  ['Alleen noodzakelijke cookies', 'reject-all'],
  ['Alleen noodzakelijke accepteren', 'reject-all'],
  ['Alleen functionele cookies', 'reject-all'],
  ['Functionele cookies accepteren', 'reject-all'],
  ['Noodzakelijke cookies toestaan', 'reject-all'],
  ['Doorgaan zonder te accepteren', 'reject-all'],
  ['Voorkeuren opslaan', 'save-custom'],
  ['Keuze opslaan', 'save-custom'],
  ['Mijn keuze bevestigen', 'save-custom'],
  ['Selectie toestaan', 'save-custom'],
  ['Instellingen', 'other'],
  ['Cookie-instellingen', 'other'],
  ['Voorkeuren beheren', 'other'],
  ['Lees meer', 'other'],
  ['Sluiten', 'other'],
  // English
  ['Accept all', 'accept-all'],
  ['Accept All Cookies', 'accept-all'],
  ['Allow all', 'accept-all'],
  ['Accept', 'accept-all'],
  ['I agree', 'accept-all'],
  ['Agree and close', 'accept-all'],
  ['OK', 'accept-all'],
  ['Got it!', 'accept-all'],
  ['Accept recommended settings', 'accept-all'],
  ['Allow non-essential cookies', 'accept-all'],
  ['Reject all', 'reject-all'],
  ['Decline', 'reject-all'],
  ['Deny', 'reject-all'],
  ['I do not accept', 'reject-all'],
  ['No thanks', 'reject-all'],
  ['Necessary only', 'reject-all'],
  ['Use necessary cookies only', 'reject-all'],
  ['Only essential cookies', 'reject-all'],
  ['Accept necessary cookies', 'reject-all'],
  ['Accept only strictly necessary', 'reject-all'],
  ['Continue without accepting', 'reject-all'],
  ['Opt out', 'reject-all'],
  ['Save preferences', 'save-custom'],
  ['Save my choices', 'save-custom'],
  ['Confirm my choices', 'save-custom'],
  ['Accept selected', 'save-custom'],
  ['Allow selection', 'save-custom'],
  ['Cookie settings', 'other'],
  ['Manage preferences', 'other'],
  ['Customize', 'other'],
  ['Learn more', 'other'],
  ['Close', 'other'],
  // German
  ['Alle akzeptieren', 'accept-all'],
  ['Alle Cookies akzeptieren', 'accept-all'],
  ['Akzeptieren', 'accept-all'],
  ['Zustimmen', 'accept-all'],
  ['Ich stimme zu', 'accept-all'],
  ['Einverstanden', 'accept-all'],
  ['Alle zulassen', 'accept-all'],
  ['Akzeptieren und schließen', 'accept-all'],
  ['Ablehnen', 'reject-all'],
  ['Alle ablehnen', 'reject-all'],
  ['Nicht einverstanden', 'reject-all'],
  ['Nur notwendige', 'reject-all'],
  ['Nur notwendige Cookies', 'reject-all'],
  ['Nur essenzielle Cookies akzeptieren', 'reject-all'],
  ['Technisch notwendige Cookies akzeptieren', 'reject-all'],
  ['Weiter ohne Einwilligung', 'reject-all'],
  ['Auswahl speichern', 'save-custom'],
  ['Auswahl bestätigen', 'save-custom'],
  ['Einstellungen', 'other'],
  ['Cookie-Einstellungen', 'other'],
  ['Mehr erfahren', 'other'],
  // French
  ['Tout accepter', 'accept-all'],
  ["J'accepte", 'accept-all'],
  ['J’accepte', 'accept-all'],
  ['Accepter et fermer', 'accept-all'],
  ["D'accord", 'accept-all'],
  ['Accepter', 'accept-all'],
  ['Tout refuser', 'reject-all'],
  ['Refuser', 'reject-all'],
  ['Je refuse', 'reject-all'],
  ['Continuer sans accepter', 'reject-all'],
  ['Non merci', 'reject-all'],
  ['Uniquement les cookies nécessaires', 'reject-all'],
  ['Enregistrer', 'save-custom'],
  ['Enregistrer mes choix', 'save-custom'],
  ['Valider ma sélection', 'save-custom'],
  ['Personnaliser', 'other'],
  ['Paramétrer les cookies', 'other'],
  ['En savoir plus', 'other'],
  // Not labels
  ['', 'other'],
  ['   ', 'other'],
  ['×', 'other'],
  ['We use cookies to improve your experience and to show you personalised advertising. By clicking accept all you agree.', 'other'],
];

describe('classifyButtonText', () => {
  it('has a table of at least 60 labels', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(LABELS)('%j is %s', (label, expected) => {
    expect(classifyButtonText(label)).toBe(expected);
  });

  it('never throws on odd input', () => {
    expect(classifyButtonText(undefined as unknown as string)).toBe('other');
    expect(classifyButtonText('a'.repeat(100_000))).toBe('other');
  });
});

describe('normaliseLabel', () => {
  it('drops accents, case, punctuation and extra space', () => {
    expect(normaliseLabel('  Paramètres   ÉCRAN! ')).toBe('parametres ecran');
    expect(normaliseLabel('Schließen')).toBe('schliessen');
    expect(normaliseLabel('J’accepte')).toBe("j'accepte");
  });
});
