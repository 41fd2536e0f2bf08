// Button labels of real cookie banners (the CMPs' built-in texts and common site texts)
// in Dutch, English, German, French, Italian and Spanish, with what a click on each
// means. Table-driven: a new banner text that is misread becomes one more row.
import { describe, expect, it } from 'vitest';
import { classifyButtonText } from '../../../src/core/consent/choice-text';
import type { ChoiceKind } from '../../../src/core/consent/types';

const A: ChoiceKind = 'accept-all';
const R: ChoiceKind = 'reject-all';
const S: ChoiceKind = 'save-custom';
const O: ChoiceKind = 'other';

// [label, meaning, where it is seen]
const LABELS: ReadonlyArray<readonly [string, ChoiceKind, string]> = [
  // English
  ['Accept All Cookies', A, 'OneTrust'], ['Reject All', R, 'OneTrust'], ['Cookies Settings', O, 'OneTrust'], ['Confirm My Choices', S, 'OneTrust'],
  ['Allow All', A, 'OneTrust'], ['Accept All', A, 'Usercentrics'], ['Deny', R, 'Usercentrics'], ['More Information', O, 'Usercentrics'],
  ['Save Services', S, 'Usercentrics'], ['Allow all', A, 'Cookiebot'], ['Allow selection', S, 'Cookiebot'], ['Customize', O, 'Cookiebot'],
  ['Use necessary cookies only', R, 'Cookiebot'], ['Show details', O, 'Cookiebot'], ['Agree and close', A, 'Didomi'], ['Disagree and close', R, 'Didomi'],
  ['Learn More →', O, 'Didomi'], ['Continue without agreeing →', R, 'Didomi'], ['Customise', O, 'CookieYes'], ['Save My Preferences', S, 'CookieYes'],
  ['OK, accept all', A, 'tarteaucitron'], ['Deny all cookies', R, 'tarteaucitron'], ['Personalize', O, 'tarteaucitron'], ["That's ok", A, 'Klaro'],
  ['I decline', R, 'Klaro'], ['Let me choose', O, 'Klaro'], ['Accept selected', S, 'Klaro'], ['Manage preferences', O, 'CookieConsent v3'],
  ['Save preferences', S, 'CookieConsent v3'], ['Got it!', A, 'Osano cookieconsent'], ['Allow cookies', A, 'Osano cookieconsent'], ['Decline', R, 'Osano cookieconsent'],
  ['Learn more', O, 'Osano cookieconsent'], ['Accept', A, 'Complianz'], ['View preferences', O, 'Complianz'], ['Learn more and customise', O, 'iubenda'],
  ['Decline all', R, 'Cookie Script'], ['Save & Close', S, 'Cookie Script'], ['AGREE', A, 'Quantcast'], ['DISAGREE', R, 'Quantcast'],
  ['MORE OPTIONS', O, 'Quantcast'], ['SAVE & EXIT', S, 'Quantcast'], ['Accept all cookies', A, 'site'], ['Only necessary cookies', R, 'site'],
  ['Necessary cookies only', R, 'site'], ['Essential only', R, 'site'], ['Reject non-essential cookies', R, 'site'], ['Accept recommended settings', A, 'site'],
  ['I agree', A, 'site'], ["I don't agree", R, 'site'], ['Do not accept', R, 'site'], ['No, thanks', R, 'site'],
  ['Yes, I agree', A, 'site'], ['OK', A, 'site'], ['Okay', A, 'site'], ['I understand', A, 'site'],
  ['Privacy settings', O, 'site'], ['Cookie preferences', O, 'site'], ['Manage cookies', O, 'site'], ['Close', O, 'site'],
  ['Consent', A, 'Google Funding Choices'], ['Do not consent', R, 'Google Funding Choices'], ['Manage options', O, 'Google Funding Choices'], ['Confirm choices', S, 'Google Funding Choices'],
  ['Accept only essential cookies', R, 'site'], ['Refuse all', R, 'site'], ['Opt out', R, 'site'], ['Allow necessary only', R, 'site'],
  // Dutch
  ['Alle cookies toestaan', A, 'Cookiebot nl'], ['Weigeren', R, 'Cookiebot nl'], ['Selectie toestaan', S, 'Cookiebot nl'], ['Details tonen', O, 'Cookiebot nl'],
  ['Aanpassen', O, 'Cookiebot nl'], ['Alleen noodzakelijke cookies gebruiken', R, 'Cookiebot nl'], ['Alles accepteren', A, 'OneTrust nl'], ['Alles weigeren', R, 'OneTrust nl'],
  ['Cookie-instellingen', O, 'OneTrust nl'], ['Mijn keuzes bevestigen', S, 'OneTrust nl'], ['Accepteren', A, 'Complianz nl'], ['Voorkeuren bekijken', O, 'Complianz nl'],
  ['Voorkeuren opslaan', S, 'Complianz nl'], ['Dat is oké', A, 'Klaro nl'], ['Ik weiger', R, 'Klaro nl'], ['Laat me kiezen', O, 'Klaro nl'],
  ['Akkoord', A, 'site nl'], ['Niet akkoord', R, 'site nl'], ['Akkoord en sluiten', A, 'Didomi nl'], ['Niet akkoord en sluiten', R, 'Didomi nl'],
  ['Meer informatie', O, 'site nl'], ['Doorgaan zonder te accepteren', R, 'site nl'], ['Instellingen', O, 'site nl'], ['Cookie-instellingen aanpassen', O, 'site nl'],
  ['Alleen noodzakelijke', R, 'site nl'], ['Alleen functionele cookies', R, 'site nl'], ['Accepteer alle cookies', A, 'site nl'], ['Ja, ik ga akkoord', A, 'site nl'],
  ['Nee, bedankt', R, 'site nl'], ['Toestaan', A, 'site nl'], ['Alles toestaan', A, 'site nl'], ['Prima', A, 'site nl'],
  ['Oké', A, 'site nl'], ['Begrepen', A, 'site nl'], ['Sluiten', O, 'site nl'], ['Beheer voorkeuren', O, 'site nl'],
  ['Selectie opslaan', S, 'site nl'], ['Noodzakelijke cookies accepteren', R, 'site nl'], ['Alle cookies weigeren', R, 'site nl'], ['Ik accepteer', A, 'site nl'],
  // German
  ['Alle akzeptieren', A, 'Usercentrics de'], ['Ablehnen', R, 'Usercentrics de'], ['Einstellungen', O, 'Usercentrics de'], ['Auswahl speichern', S, 'Usercentrics de'],
  ['Alle zulassen', A, 'Cookiebot de'], ['Ablehnen und schließen', R, 'site de'], ['Auswahl erlauben', S, 'Cookiebot de'], ['Details zeigen', O, 'Cookiebot de'],
  ['Nur notwendige Cookies verwenden', R, 'Cookiebot de'], ['Ich akzeptiere', A, 'Borlabs'], ['Nur essenzielle Cookies akzeptieren', R, 'Borlabs'], ['Individuelle Datenschutzeinstellungen', O, 'Borlabs'],
  ['Speichern', S, 'Borlabs'], ['Alle Cookies akzeptieren', A, 'OneTrust de'], ['Alle ablehnen', R, 'OneTrust de'], ['Cookie-Einstellungen', O, 'OneTrust de'],
  ['Meine Auswahl bestätigen', S, 'OneTrust de'], ['Das ist ok', A, 'Klaro de'], ['Ich lehne ab', R, 'Klaro de'], ['Lassen Sie mich wählen', O, 'Klaro de'],
  ['Zustimmen', A, 'site de'], ['Zustimmen und weiter', A, 'site de'], ['Nicht zustimmen', R, 'site de'], ['Weiter ohne Einwilligung', R, 'site de'],
  ['Mehr Informationen', O, 'site de'], ['Einverstanden', A, 'site de'], ['Akzeptieren', A, 'site de'], ['Nur technisch notwendige', R, 'site de'],
  ['Verweigern', R, 'site de'], ['Anpassen', O, 'site de'], ['Einstellungen verwalten', O, 'site de'], ['Alle auswählen und speichern', S, 'site de'],
  // French
  ['Tout accepter', A, 'tarteaucitron fr'], ['Tout refuser', R, 'tarteaucitron fr'], ['Personnaliser', O, 'tarteaucitron fr'], ['Accepter & Fermer', A, 'Didomi fr'],
  ['Continuer sans accepter →', R, 'Didomi fr'], ['En savoir plus', O, 'Didomi fr'], ['Refuser', R, 'site fr'], ['Accepter', A, 'site fr'],
  ['Paramétrer les cookies', O, 'site fr'], ['Enregistrer mes choix', S, 'site fr'], ['Accepter tous les cookies', A, 'OneTrust fr'], ['Refuser tous les cookies', R, 'site fr'],
  ['Paramètres des cookies', O, 'OneTrust fr'], ['Confirmer mes choix', S, 'OneTrust fr'], ["J'accepte", A, 'site fr'], ['Je refuse', R, 'site fr'],
  ["OK pour moi", A, 'site fr'], ["Autoriser tous les cookies", A, 'Cookiebot fr'], ['Autoriser la sélection', S, 'Cookiebot fr'], ['Utiliser uniquement les cookies nécessaires', R, 'Cookiebot fr'],
  ["Ne pas accepter", R, 'site fr'], ["J'ai compris", A, 'site fr'], ['Gérer mes préférences', O, 'site fr'], ['Fermer', O, 'site fr'],
  ['Accepter uniquement les cookies essentiels', R, 'site fr'], ['Valider', S, 'site fr'], ["D'accord", A, 'site fr'], ['Plus d’options', O, 'site fr'],
  // Italian
  ['Accetta tutti', A, 'site it'], ['Rifiuta', R, 'iubenda it'], ['Accetta', A, 'iubenda it'], ['Scopri di più e personalizza', O, 'iubenda it'],
  ['Rifiuta tutti', R, 'site it'], ['Accetta tutto', A, 'CookieYes it'], ['Rifiuta tutto', R, 'CookieYes it'], ['Personalizza', O, 'CookieYes it'],
  ['Salva le mie preferenze', S, 'CookieYes it'], ['Accetta e chiudi', A, 'Didomi it'], ['Rifiuta e chiudi', R, 'Didomi it'], ['Scopri di più', O, 'Didomi it'],
  ['Continua senza accettare →', R, 'Didomi it'], ['Accetta tutti i cookie', A, 'OneTrust it'], ['Rifiuta tutti i cookie', R, 'site it'], ['Impostazioni dei cookie', O, 'OneTrust it'],
  ['Conferma le mie scelte', S, 'OneTrust it'], ['Consenti tutti', A, 'Cookiebot it'], ['Consenti la selezione', S, 'Cookiebot it'], ['Usa solo i cookie necessari', R, 'Cookiebot it'],
  ['Mostra dettagli', O, 'Cookiebot it'], ['Va bene', A, 'Klaro it'], ['Rifiuto', R, 'Klaro it'], ['Fammi scegliere', O, 'Klaro it'],
  ['Solo cookie tecnici', R, 'site it'], ['Gestisci preferenze', O, 'site it'], ['Salva', S, 'site it'], ['Chiudi', O, 'site it'],
  ['Non accetto', R, 'site it'], ['Accetto', A, 'site it'],
  // Spanish
  ['Aceptar', A, 'site es'], ['Rechazar', R, 'site es'], ['Aceptar todo', A, 'CookieYes es'], ['Rechazar todo', R, 'CookieYes es'],
  ['Personalizar', O, 'CookieYes es'], ['Guardar mis preferencias', S, 'CookieYes es'], ['Aceptar todas las cookies', A, 'OneTrust es'], ['Rechazar todas', R, 'OneTrust es'],
  ['Configuración de cookies', O, 'OneTrust es'], ['Confirmar mis preferencias', S, 'OneTrust es'], ['Aceptar y cerrar', A, 'Didomi es'], ['Continuar sin aceptar →', R, 'Didomi es'],
  ['Más información', O, 'Didomi es'], ['Permitir todas', A, 'Cookiebot es'], ['Permitir la selección', S, 'Cookiebot es'], ['Usar solo cookies necesarias', R, 'Cookiebot es'],
  ['Mostrar detalles', O, 'Cookiebot es'], ['Configurar', O, 'site es'], ['Solo necesarias', R, 'site es'], ['Acepto', A, 'site es'],
  ['No acepto', R, 'site es'], ['De acuerdo', A, 'site es'], ['Entendido', A, 'site es'], ['Denegar', R, 'site es'],
  ['Guardar y salir', S, 'site es'], ['Cerrar', O, 'site es'], ['Ajustes de cookies', O, 'site es'], ['Aceptar seleccionadas', S, 'site es'],
];

describe('button labels of real cookie banners', () => {
  it('has at least 200 labelled strings in six languages', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(LABELS.map(([label]) => label)).size).toBe(LABELS.length);
  });

  it.each(LABELS)('%j → %s (%s)', (label, meaning) => {
    expect(classifyButtonText(label)).toBe(meaning);
  });
});
