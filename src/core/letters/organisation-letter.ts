// Step 1: the letter to the website's organisation (legal-reference.md §5). It states
// what the evidence shows and asks for the rights the user picked; nothing more.
import { longDate } from '../evidence/format-date';
import { makeRedactor, NO_REDACTION, ownIdentifiers, type Redaction } from '../evidence/redaction';
import { letterDeadline } from './deadline';
import { factsOf, type Facts } from './facts';
import { observationLine } from './observations';
import { joinList, paragraphs, placeholder } from './text';
import type { CommonInput, Lang, LetterSection, OrganisationLetter, OrganisationRequest, Sender } from './types';

export interface OrganisationLetterInput extends CommonInput {
  requests: OrganisationRequest[];
  sender: Sender;
}

const ORDER: OrganisationRequest[] = ['access', 'withdraw', 'object', 'erasure', 'joint-controllers'];

const SUBJECT_PART: Record<Lang, Record<OrganisationRequest, string>> = {
  en: { access: 'access', withdraw: 'withdrawal of consent', object: 'objection', erasure: 'erasure', 'joint-controllers': 'joint controllership' },
  nl: { access: 'inzage', withdraw: 'intrekking van toestemming', object: 'bezwaar', erasure: 'verwijdering', 'joint-controllers': 'gezamenlijke verwerkingsverantwoordelijkheid' },
};

export function senderBlock(sender: Sender, lang: Lang): string {
  const nl = lang === 'nl';
  return [
    sender.name || placeholder(nl ? 'uw naam' : 'your name'),
    sender.address || placeholder(nl ? 'uw adres' : 'your address'),
    sender.email || placeholder(nl ? 'uw e-mailadres' : 'your e-mail address'),
  ].join('\n');
}

function requestText(request: OrganisationRequest, f: Facts, lang: Lang, n: number): string {
  const nl = lang === 'nl';
  const names = joinList(f.recipients, lang);
  switch (request) {
    case 'access':
      return nl
        ? `${n}. Inzage (artikel 15 AVG). Ik verzoek u mij te laten weten of u persoonsgegevens over mij verwerkt in verband met deze bezoeken, en zo ja: een kopie van die gegevens, de doeleinden, de bewaartermijnen, de herkomst, en de ontvangers aan wie u ze heeft verstrekt, met hun naam (artikel 15, lid 1, onder c, AVG; HvJ EU 12 januari 2023, C-154/21, Österreichische Post). Vermeldt u daarbij in ieder geval of, en welke, gegevens over mijn bezoeken zijn verstrekt aan ${names}.`
        : `${n}. Access (Article 15 GDPR). Please tell me whether you process personal data about me in connection with these visits and, if so, give me a copy of that data, the purposes, the retention periods, the source, and the recipients to whom you disclosed it, by name (Article 15(1)(c) GDPR; CJEU 12 January 2023, C-154/21, Österreichische Post). Please state in any case whether, and which, data about my visits was disclosed to ${names}.`;
    case 'withdraw':
      return nl
        ? `${n}. Intrekking van toestemming (artikel 7, lid 3, AVG). Voor zover u zich beroept op toestemming van mij voor het plaatsen of uitlezen van trackers of voor het delen van gegevens over mijn bezoeken met ${names}, trek ik die toestemming hierbij in.`
        : `${n}. Withdrawal of consent (Article 7(3) GDPR). To the extent that you rely on my consent for placing or reading trackers, or for sharing data about my visits with ${names}, I hereby withdraw that consent.`;
    case 'object':
      return nl
        ? `${n}. Bezwaar (artikel 21 AVG). Voor zover u zich voor deze verwerking beroept op een gerechtvaardigd belang, maak ik bezwaar. Voor zover de gegevens voor direct marketing worden gebruikt, is mijn bezwaar absoluut (artikel 21, lid 2 en 3, AVG).`
        : `${n}. Objection (Article 21 GDPR). To the extent that you rely on legitimate interests for this processing, I object to it. To the extent that the data is used for direct marketing, my objection is absolute (Article 21(2) and (3) GDPR).`;
    case 'erasure':
      return nl
        ? `${n}. Verwijdering (artikel 17, lid 1, onder b en d, AVG). Ik verzoek u de persoonsgegevens over mij die via deze trackers zijn verzameld te verwijderen, en de ontvangers aan wie u ze heeft verstrekt daarvan op de hoogte te stellen (artikel 19 AVG), waaronder ${names}. Laat u mij weten welke ontvangers u heeft ingelicht.`
        : `${n}. Erasure (Article 17(1)(b) and (d) GDPR). Please erase the personal data about me collected through these trackers, and notify the recipients to whom you disclosed it (Article 19 GDPR), including ${names}. Please tell me which recipients you notified.`;
    case 'joint-controllers': {
      const plugin = f.socialPlugins.length > 0
        ? nl
          ? ` Een website die een sociale plug-in insluit, is voor het verzamelen en doorgeven van bezoekersgegevens gezamenlijk verwerkingsverantwoordelijke met de aanbieder ervan (HvJ EU 29 juli 2019, C-40/17, Fashion ID); op uw pagina's werd een plug-in van ${joinList(f.socialPlugins, lang)} geladen.`
          : ` A website that embeds a social plug-in is joint controller with its provider for collecting and transmitting visitors' data (CJEU 29 July 2019, C-40/17, Fashion ID); your pages loaded a plug-in from ${joinList(f.socialPlugins, lang)}.`
        : '';
      return nl
        ? `${n}. Gezamenlijke verwerkingsverantwoordelijkheid (artikel 26 AVG). Voor zover u met ${names} gezamenlijk de doeleinden en middelen van deze verwerking bepaalt, verzoek ik u mij de wezenlijke inhoud van de onderlinge regeling te verstrekken (artikel 26, lid 2, AVG).${plugin}`
        : `${n}. Joint controllership (Article 26 GDPR). To the extent that you determine the purposes and means of this processing jointly with ${names}, please provide me with the essence of the arrangement between you (Article 26(2) GDPR).${plugin}`;
    }
  }
}

function healthSentence(f: Facts, lang: Lang, redaction: Redaction): string | null {
  if (f.healthVisits.length === 0) return null;
  const nl = lang === 'nl';
  const r = makeRedactor({ ...emptyBundle(f), visits: f.healthVisits }, redaction, lang);
  const pages = joinList(f.healthVisits.map((v) => r.page(v)), lang);
  return nl
    ? `Pixelwacht beoordeelde ${f.healthVisits.length === 1 ? 'de volgende pagina' : 'de volgende pagina’s'} als gezondheidspagina: ${pages}. Gegevens over het bezoek aan zulke pagina’s kunnen gegevens over gezondheid zijn (artikel 4, onder 15, en artikel 9, lid 1, AVG).`
    : `Pixelwacht assessed ${f.healthVisits.length === 1 ? 'the following page as a health page' : 'the following pages as health pages'}: ${pages}. Data about visits to such pages can be data concerning health (Articles 4(15) and 9(1) GDPR).`;
}

function emptyBundle(f: Facts) {
  return { schemaVersion: 1 as const, format: 'pixelwacht-evidence' as const, site: f.site, generatedAt: '', utcOffsetMinutes: 0, generator: { name: 'Pixelwacht' as const, version: '' }, browser: { name: '', version: '' }, trackerDatabase: { version: '' }, visits: f.visits };
}

export function draftOrganisationLetter(input: OrganisationLetterInput): OrganisationLetter {
  const { bundle, lang, sender, digest, date } = input;
  const redaction = input.redaction ?? NO_REDACTION;
  const nl = lang === 'nl';
  const f = factsOf(bundle);
  const r = makeRedactor(bundle, redaction, lang);
  const requests = ORDER.filter((q) => input.requests.includes(q));
  const deadline = letterDeadline(date);
  const org = input.organisation ?? {};
  const subject = nl
    ? `Verzoek op grond van de AVG (${joinList(requests.map((q) => SUBJECT_PART.nl[q]), lang)}) over uw website ${bundle.site}`
    : `Request under the GDPR (${joinList(requests.map((q) => SUBJECT_PART.en[q]), lang)}) about your website ${bundle.site}`;
  const dates = [...new Set(f.visits.map((v) => longDate(v.startedAtIso, lang)))];

  const header = paragraphs(
    senderBlock(sender, lang),
    [
      org.name || placeholder(nl ? 'naam van de organisatie' : 'name of the organisation'),
      nl ? `t.a.v. ${org.privacyContact || 'de functionaris voor gegevensbescherming / privacycontact'}` : `For the attention of ${org.privacyContact || 'the data protection officer / privacy contact'}`,
      org.address || placeholder(nl ? 'adres of e-mailadres van het privacycontact' : 'address or e-mail of the privacy contact'),
    ].join('\n'),
    `${longDate(date, lang)}`,
    `${nl ? 'Onderwerp' : 'Subject'}: ${subject}`,
    nl ? 'Geachte heer, mevrouw,' : 'Dear Sir or Madam,',
  );

  const facts = paragraphs(
    nl
      ? `Op ${joinList(dates, lang)} bezocht ik uw website ${bundle.site}. Mijn browserextensie Pixelwacht legde vast dat mijn browser tijdens die bezoeken verzoeken verstuurde naar andere bedrijven dan het uwe. Het ging om het volgende:`
      : `On ${joinList(dates, lang)} I visited your website ${bundle.site}. My browser extension Pixelwacht recorded that during these visits my browser sent requests to companies other than yours. These were:`,
    f.observations.map((o) => observationLine(o, r)).join('\n'),
    healthSentence(f, lang, redaction),
  );

  const asks = paragraphs(
    nl ? 'Ik verzoek u daarom om het volgende.' : 'I therefore ask you the following.',
    ...requests.map((q, i) => requestText(q, f, lang, i + 1)),
  );

  const ids = redaction.ownIdentifiers === 'show' ? ownIdentifiers(bundle).filter((v) => v.length < 80) : [];
  const identify = ids.length
    ? nl
      ? `Om mijn gegevens te kunnen vinden: mijn browser verstuurde de volgende identificatiecodes: ${ids.join(', ')}.`
      : `To help you find my data: my browser sent the following identifiers: ${ids.join(', ')}.`
    : null;

  const hasRightsRequest = requests.some((q) => q === 'access' || q === 'object' || q === 'erasure');
  const term = hasRightsRequest
    ? nl
      ? `Op grond van artikel 12, lid 3, AVG beantwoordt u dit verzoek zonder onnodige vertraging en in ieder geval binnen een maand na ontvangst; die termijn kan met twee maanden worden verlengd, maar dat moet u mij dan binnen de eerste maand laten weten. Heb ik op ${longDate(deadline, lang)} geen antwoord, dan overweeg ik een klacht in te dienen bij de Autoriteit Persoonsgegevens.`
      : `Under Article 12(3) GDPR you must answer this request without undue delay and in any event within one month of receipt; that period may be extended by two months, but you must then tell me so within the first month. If I have no answer by ${longDate(deadline, lang)}, I will consider lodging a complaint with the Autoriteit Persoonsgegevens (the Dutch Data Protection Authority).`
    : nl
      ? `Ik ontvang graag binnen een maand, uiterlijk op ${longDate(deadline, lang)}, een bevestiging. Blijft die uit, dan overweeg ik een klacht in te dienen bij de Autoriteit Persoonsgegevens.`
      : `I would appreciate your confirmation within one month, by ${longDate(deadline, lang)}. Failing that, I will consider lodging a complaint with the Autoriteit Persoonsgegevens (the Dutch Data Protection Authority).`;

  const limits = nl
    ? 'Pixelwacht ziet alleen wat mijn browser verliet. Het ziet niet welke gegevens uw servers rechtstreeks aan deze bedrijven doorgaven, en niet wat de ontvangers met de gegevens deden. Daarom vraag ik u om deze informatie; u moet kunnen aantonen dat de verwerking rechtmatig is (artikel 5, lid 2, AVG).'
    : 'Pixelwacht sees only what left my browser. It does not see what your servers passed on to these companies directly, nor what the recipients did with the data. That is why I ask you for this information; you must be able to demonstrate that the processing is lawful (Article 5(2) GDPR).';

  const attachments = nl
    ? `Bijlagen: een leesbaar bewijsrapport en het bewijsbestand van Pixelwacht (JSON), SHA-256: ${digest}.`
    : `Attachments: a readable evidence report and Pixelwacht's evidence file (JSON), SHA-256: ${digest}.`;

  const closing = paragraphs(nl ? 'Met vriendelijke groet,' : 'Yours faithfully,', sender.name || placeholder(nl ? 'uw naam' : 'your name'));

  const sections: LetterSection[] = [
    { id: 'header', heading: '', text: header },
    { id: 'facts', heading: nl ? 'Wat is vastgelegd' : 'What was recorded', text: facts },
    { id: 'requests', heading: nl ? 'Verzoeken' : 'Requests', text: asks },
    ...(identify ? [{ id: 'identifiers', heading: '', text: identify }] : []),
    { id: 'limits', heading: '', text: limits },
    { id: 'deadline', heading: '', text: term },
    { id: 'attachments', heading: '', text: attachments },
    { id: 'closing', heading: '', text: closing },
  ];
  const notes = nl
    ? [
        'Controleer en bewerk de brief voordat u hem verstuurt; Pixelwacht verstuurt niets.',
        `Een redelijke wachttijd is een maand (tot ${longDate(deadline, lang)}). Dat is een advies: de AP noemt geen vaste termijn.`,
        'Bewaar een kopie van de brief en het antwoord: de AP vraagt om bewijs dat u eerst contact met de organisatie hebt gehad.',
      ]
    : [
        'Check and edit the letter before you send it; Pixelwacht sends nothing.',
        `A sensible waiting time is one month (until ${longDate(deadline, lang)}). This is advice: the AP states no fixed period.`,
        'Keep a copy of the letter and the answer: the AP asks for proof that you contacted the organisation first.',
      ];
  return {
    subject,
    body: sections.map((s) => s.text).join('\n\n') + '\n',
    sections,
    recipientsNamed: f.recipients,
    deadline,
    notes,
  };
}
