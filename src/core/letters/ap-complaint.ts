// Step 2: the complaint to the AP under art. 77 GDPR, in the sections of
// legal-reference.md §7, and the anonymous tip (melding) as the alternative.
import { consentEventText } from '../evidence/consent-events';
import { clockTime, longDate } from '../evidence/format-date';
import { METHOD_NOTE } from '../evidence/method-note';
import { makeRedactor, NO_REDACTION, type Redactor } from '../evidence/redaction';
import { AP } from './ap';
import { letterDeadline } from './deadline';
import { factsOf, type Facts } from './facts';
import { legalGrounds } from './legal-grounds';
import { observationLine } from './observations';
import { senderBlock } from './organisation-letter';
import { joinList, paragraphs, placeholder } from './text';
import type { CommonInput, Lang, LetterDraft, LetterSection, Sender } from './types';

export interface PriorContact {
  /** YYYY-MM-DD. */
  sentOn: string;
  answered: boolean;
  answerSummary?: string;
}

export interface ComplaintInput extends CommonInput {
  sender: Sender;
  organisationLetter?: PriorContact;
}

export type TipInput = CommonInput & { sender?: Sender };

function orgBlock(input: CommonInput, lang: Lang): string {
  const nl = lang === 'nl';
  const o = input.organisation ?? {};
  return [
    `${nl ? 'Organisatie' : 'Organisation'}: ${o.name || placeholder(nl ? 'officiële naam van de organisatie' : 'legal name of the organisation')}`,
    `${nl ? 'Website' : 'Website'}: ${input.bundle.site}`,
    `${nl ? 'KvK-nummer' : 'Chamber of Commerce (KvK) number'}: ${o.kvk || placeholder(nl ? 'indien bekend' : 'if known')}`,
    `${nl ? 'Privacycontact / FG' : 'Privacy contact / DPO'}: ${o.privacyContact || placeholder(nl ? 'indien bekend' : 'if known')}`,
  ].join('\n');
}

function summary(f: Facts, lang: Lang): string {
  const nl = lang === 'nl';
  const period = f.firstIso && f.lastIso
    ? longDate(f.firstIso, lang) === longDate(f.lastIso, lang) ? longDate(f.firstIso, lang) : `${longDate(f.firstIso, lang)} – ${longDate(f.lastIso, lang)}`
    : '';
  const health = f.healthVisits.length > 0
    ? nl ? ', ook op een pagina die Pixelwacht als gezondheidspagina beoordeelde' : ', including on a page Pixelwacht assessed as a health page'
    : '';
  const timing = f.states.has('before-any-interaction') || f.states.has('banner-unanswered')
    ? nl ? ' Een deel van de verzoeken vertrok voordat ik een cookiekeuze had gemaakt.' : ' Some of the requests left before I had made a cookie choice.'
    : '';
  const refused = f.states.has('after-reject')
    ? nl ? ' Een deel vertrok nadat ik had geweigerd.' : ' Some left after I had refused.'
    : '';
  return nl
    ? `Tijdens mijn bezoeken aan ${f.site} (${period}) verstuurde mijn browser gegevens over die bezoeken naar ${joinList(f.recipients, lang)}${health}.${timing}${refused}`
    : `During my visits to ${f.site} (${period}) my browser sent data about those visits to ${joinList(f.recipients, lang)}${health}.${timing}${refused}`;
}

function standing(f: Facts, lang: Lang): string {
  const nl = lang === 'nl';
  const login = f.loginPlatforms.length
    ? nl
      ? `Met verzoeken aan ${joinList(f.loginPlatforms, lang)} gingen de inlogcookies van dat platform mee; mijn bezoek kon dus aan mijn account daar worden gekoppeld.`
      : `Requests to ${joinList(f.loginPlatforms, lang)} carried that platform's login cookies, so my visit could be linked to my account there.`
    : nl
      ? placeholder('vermeld of u was ingelogd bij Facebook, Google of een ander genoemd platform')
      : placeholder('state whether you were logged in to Facebook, Google or another platform named');
  return paragraphs(
    nl ? 'Ik bezocht deze pagina’s zelf, in mijn eigen browser op mijn eigen apparaat. De klacht betreft mijn eigen persoonsgegevens.' : 'I visited these pages myself, in my own browser on my own device. The complaint concerns my own personal data.',
    login,
    nl ? placeholder('vermeld of u klant bent van de organisatie') : placeholder('state whether you are a customer of the organisation'),
  );
}

function consentInterface(f: Facts, lang: Lang, r: Redactor): string {
  const nl = lang === 'nl';
  const recorded = f.visits.filter((v) => v.consent.recorded);
  const lines = recorded.map((v) => {
    const events = v.consent.events.filter((e) => e.event.type !== 'navigation-start').map((e) => `${clockTime(e.atIso)} ${consentEventText(e.event, lang)}`);
    const what = events.length ? events.join('; ') : nl ? 'geen cookiemelding en geen handeling van mij vastgelegd' : 'no cookie banner and no action of mine recorded';
    return `- ${longDate(v.startedAtIso, lang)}, ${r.page(v)}: ${what}.`;
  });
  const missing = f.visits.length > recorded.length
    ? nl ? `Voor ${f.visits.length - recorded.length} bezoek(en) is geen tijdlijn vastgelegd; voor die bezoeken doe ik geen uitspraak over het tijdstip.` : `For ${f.visits.length - recorded.length} visit(s) no timeline was recorded; I make no statement about timing for those.`
    : null;
  return paragraphs(
    lines.length ? (nl ? 'Pixelwacht legde vast wat de pagina toonde en wat ik deed:' : 'Pixelwacht recorded what the page showed and what I did:') : null,
    lines.join('\n'),
    missing,
    nl ? placeholder('beschrijf zo nodig wat de cookiemelding aanbood (knoppen, vooraf aangevinkte vakjes) en wat u koos') : placeholder('if needed, describe what the cookie banner offered (buttons, pre-ticked boxes) and what you chose'),
  );
}

function priorContact(prior: PriorContact | undefined, lang: Lang): string {
  const nl = lang === 'nl';
  if (!prior) {
    return nl
      ? placeholder('datum van uw brief aan de organisatie, en hun antwoord of het uitblijven daarvan; voeg de correspondentie bij')
      : placeholder('date of your letter to the organisation, and its answer or the lack of one; attach the correspondence');
  }
  const sent = longDate(prior.sentOn, lang);
  if (prior.answered) {
    const what = prior.answerSummary ? (nl ? ` Samengevat: ${prior.answerSummary}` : ` In short: ${prior.answerSummary}`) : '';
    return nl
      ? `Op ${sent} schreef ik de organisatie aan. Zij antwoordde, maar het antwoord neemt mijn bezwaren niet weg.${what} De correspondentie is bijgevoegd.`
      : `On ${sent} I wrote to the organisation. It answered, but the answer does not resolve my concerns.${what} The correspondence is attached.`;
  }
  const deadline = longDate(letterDeadline(prior.sentOn), lang);
  return nl
    ? `Op ${sent} schreef ik de organisatie aan. Tot ${deadline} (een maand later) heb ik geen antwoord ontvangen. Mijn brief is bijgevoegd.`
    : `On ${sent} I wrote to the organisation. By ${deadline} (one month later) I had received no answer. My letter is attached.`;
}

function limits(lang: Lang): string {
  const nl = lang === 'nl';
  return paragraphs(
    METHOD_NOTE[lang].slice(0, 2).join(' '),
    nl ? 'De bewijslast dat de verwerking rechtmatig is, ligt bij de verwerkingsverantwoordelijke (artikel 5, lid 2, AVG).' : 'The burden of proving that the processing is lawful lies with the controller (Article 5(2) GDPR).',
  );
}

function attachments(input: CommonInput, lang: Lang, withCorrespondence: boolean): string {
  const nl = lang === 'nl';
  const b = input.bundle;
  const { browser: agent } = b;
  return [
    nl ? `- Het bewijsbestand van Pixelwacht (JSON), SHA-256: ${input.digest}` : `- Pixelwacht's evidence file (JSON), SHA-256: ${input.digest}`,
    nl ? '- Een leesbaar bewijsrapport (HTML/PDF)' : '- A readable evidence report (HTML/PDF)',
    nl ? `- Methode: Pixelwacht ${b.generator.version} in ${agent.name} ${agent.version}, trackerdatabase ${b.trackerDatabase.version}, bestand gemaakt op ${longDate(b.generatedAt, lang)}` : `- Method: Pixelwacht ${b.generator.version} in ${agent.name} ${agent.version}, tracker database ${b.trackerDatabase.version}, file made on ${longDate(b.generatedAt, lang)}`,
    nl ? `- ${placeholder('schermafbeeldingen, als u die toevoegt')}` : `- ${placeholder('screenshots, if you add them')}`,
    ...(withCorrespondence ? [nl ? '- De correspondentie met de organisatie' : '- The correspondence with the organisation'] : []),
  ].join('\n');
}

function notes(lang: Lang, tip: boolean): string[] {
  const nl = lang === 'nl';
  return [
    nl ? 'Pixelwacht verstuurt niets. Controleer en bewerk de tekst, en bewaar of print hem voordat u hem indient: het online formulier van de AP kunt u na verzending niet meer inzien.' : 'Pixelwacht sends nothing. Check and edit the text, and save or print it before you file it: the AP’s online form cannot be reviewed after sending.',
    nl ? `Informatie van de AP: ${AP.tipOrComplaintPage} en ${AP.beforeComplaintPage}. Per post: ${AP.postal.join(', ')}. Telefoon: ${AP.phone}.` : `Information from the AP: ${AP.tipOrComplaintPage} and ${AP.beforeComplaintPage}. By post: ${AP.postal.join(', ')}. Phone: ${AP.phone}.`,
    tip
      ? nl ? 'Een tip kan anoniem; u krijgt dan geen persoonlijke reactie. Wilt u dat de AP uw zaak behandelt, dien dan een klacht in.' : 'A tip can be anonymous; you then get no individual follow-up. If you want the AP to handle your case, file a complaint instead.'
      : nl ? 'Een klacht kan niet anoniem, moet over uw eigen gegevens gaan, en de AP kan uw gegevens delen met de organisatie. Wilt u anoniem blijven, stuur dan een tip.' : 'A complaint cannot be anonymous, must concern your own data, and the AP may share your details with the organisation. If you want to stay anonymous, send a tip instead.',
    nl ? 'De AP reageert doorgaans binnen ongeveer drie maanden en hoeft niet in elke zaak op te treden (HvJ EU 26 september 2024, C-768/21).' : 'The AP usually responds within about three months and need not act in every case (CJEU 26 September 2024, C-768/21).',
    ...(nl ? [] : ['The AP’s form and guidance are in Dutch; whether it accepts complaints in English is not confirmed. File the Dutch text with the AP; this English version is for your understanding and for other authorities.']),
  ];
}

function assemble(sections: LetterSection[], subject: string, f: Facts, noteList: string[]): LetterDraft {
  const body = sections.map((s) => (s.heading ? `${s.heading}\n\n${s.text}` : s.text)).join('\n\n') + '\n';
  return { subject, body, sections, recipientsNamed: f.recipients, notes: noteList };
}

export function draftApComplaint(input: ComplaintInput): LetterDraft {
  const { bundle, lang, sender } = input;
  const nl = lang === 'nl';
  const f = factsOf(bundle);
  const r = makeRedactor(bundle, input.redaction ?? NO_REDACTION, lang);
  const subject = nl ? 'Klacht op grond van artikel 77 AVG' : 'Complaint under Article 77 GDPR';
  const h = (n: number, nlText: string, enText: string) => `${n}. ${nl ? nlText : enText}`;
  const sections: LetterSection[] = [
    {
      id: 'header',
      heading: '',
      text: paragraphs(
        AP.postal.join('\n'),
        longDate(input.date, lang),
        `${nl ? 'Onderwerp' : 'Subject'}: ${subject}`,
        `${nl ? 'Klager' : 'Complainant'}:\n${senderBlock(sender, lang)}\n${nl ? 'Aanhef' : 'Preferred salutation'}: ${placeholder(nl ? 'voorletters en aanhef' : 'initials and salutation')}`,
        orgBlock(input, lang),
      ),
    },
    { id: 'summary', heading: h(1, 'Samenvatting', 'Summary'), text: summary(f, lang) },
    { id: 'standing', heading: h(2, 'Betrokkenheid', 'Standing'), text: standing(f, lang) },
    { id: 'observations', heading: h(3, 'Waarnemingen', 'Observations'), text: f.observations.map((o) => observationLine(o, r)).join('\n') },
    { id: 'consent-interface', heading: h(4, 'Cookiemelding en toestemming', 'Consent interface'), text: consentInterface(f, lang, r) },
    { id: 'prior-contact', heading: h(5, 'Eerder contact met de organisatie', 'Prior contact with the organisation'), text: priorContact(input.organisationLetter, lang) },
    { id: 'legal', heading: h(6, 'Juridische beoordeling', 'Legal assessment'), text: legalGrounds(f, lang).map((g) => g.text).join('\n\n') },
    { id: 'limits', heading: h(7, 'Grenzen van het bewijs', 'Limits of the evidence'), text: limits(lang) },
    {
      id: 'requests',
      heading: h(8, 'Verzoek', 'What I ask'),
      text: nl
        ? 'Ik verzoek de AP deze verwerking te onderzoeken (artikel 58, lid 1, AVG), zo nodig de organisatie op te dragen de verwerking in overeenstemming met de AVG te brengen of te staken (artikel 58, lid 2, AVG), na te gaan of ook andere bezoekers zijn getroffen, en mij op de hoogte te houden van de voortgang en de uitkomst (artikel 77, lid 2, AVG).\n\nIk begrijp dat een klacht niet anoniem kan worden ingediend en dat de AP mijn gegevens met de organisatie kan delen.'
        : 'I ask the AP to investigate this processing (Article 58(1) GDPR), where necessary to order the organisation to bring the processing into compliance with the GDPR or to stop it (Article 58(2) GDPR), to check whether other visitors are affected, and to keep me informed of the progress and outcome (Article 77(2) GDPR).\n\nI understand that a complaint cannot be filed anonymously and that the AP may share my details with the organisation.',
    },
    { id: 'attachments', heading: h(9, 'Bijlagen', 'Attachments'), text: attachments(input, lang, true) },
    { id: 'closing', heading: '', text: paragraphs(nl ? 'Met vriendelijke groet,' : 'Yours faithfully,', sender.name || placeholder(nl ? 'uw naam' : 'your name')) },
  ];
  return assemble(sections, subject, f, notes(lang, false));
}

export function draftApTip(input: TipInput): LetterDraft {
  const { bundle, lang } = input;
  const nl = lang === 'nl';
  const f = factsOf(bundle);
  const r = makeRedactor(bundle, input.redaction ?? NO_REDACTION, lang);
  const subject = nl ? `Tip over de website ${bundle.site}` : `Tip about the website ${bundle.site}`;
  const h = (n: number, nlText: string, enText: string) => `${n}. ${nl ? nlText : enText}`;
  const contact = input.sender && (input.sender.name || input.sender.email)
    ? `${nl ? 'Contact (optioneel)' : 'Contact (optional)'}:\n${senderBlock(input.sender, lang)}`
    : nl ? 'Deze tip wordt anoniem gegeven.' : 'This tip is given anonymously.';
  const sections: LetterSection[] = [
    { id: 'header', heading: '', text: paragraphs(AP.postal.join('\n'), longDate(input.date, lang), `${nl ? 'Onderwerp' : 'Subject'}: ${subject}`, contact, orgBlock(input, lang)) },
    { id: 'summary', heading: h(1, 'Samenvatting', 'Summary'), text: summary(f, lang) },
    { id: 'observations', heading: h(2, 'Waarnemingen', 'Observations'), text: f.observations.map((o) => observationLine(o, r)).join('\n') },
    { id: 'consent-interface', heading: h(3, 'Cookiemelding en toestemming', 'Consent interface'), text: consentInterface(f, lang, r) },
    { id: 'legal', heading: h(4, 'Juridische beoordeling', 'Legal assessment'), text: legalGrounds(f, lang).map((g) => g.text).join('\n\n') },
    { id: 'limits', heading: h(5, 'Grenzen van het bewijs', 'Limits of the evidence'), text: limits(lang) },
    {
      id: 'requests',
      heading: h(6, 'Verzoek', 'What I ask'),
      text: nl
        ? 'Ik verzoek de AP deze informatie te betrekken bij haar toezicht en na te gaan of bezoekers van deze website worden getroffen.'
        : 'I ask the AP to take this information into account in its supervision and to check whether visitors to this website are affected.',
    },
    { id: 'attachments', heading: h(7, 'Bijlagen', 'Attachments'), text: attachments(input, lang, false) },
  ];
  return assemble(sections, subject, f, notes(lang, true));
}
