// Step 1: the letter to the website's organisation (legal-reference.md §5). It states
// what the evidence shows and asks for the rights the user picked; nothing more.
import { longDate } from '../evidence/format-date';
import { makeRedactor, NO_REDACTION } from '../evidence/redaction';
import { annexList, annexText } from './annexes';
import { caseFactsOf, nothingReached, type CaseFacts } from './case-facts';
import { cite } from './case-law';
import { NO_STATEMENT } from './consent-statement';
import { contradictionsText } from './contradiction-text';
import { letterDeadline } from './deadline';
import { labelledIdentifiers } from './identifier-list';
import { observationsText } from './observation-text';
import { EXTENSION_RECORDING, recordingSentence } from './recording';
import { joinList, paragraphs, placeholder } from './text';
import type { CommonInput, Lang, LetterSection, OrganisationLetter, OrganisationRequest, Sender } from './types';

export interface OrganisationLetterInput extends CommonInput {
  requests: OrganisationRequest[];
  sender: Sender;
}

const ORDER: OrganisationRequest[] = ['access', 'withdraw', 'object', 'stop', 'erasure', 'joint-controllers'];

const SUBJECT_PART: Record<Lang, Record<OrganisationRequest, string>> = {
  en: { access: 'access', withdraw: 'withdrawal of consent', object: 'objection', stop: 'stopping the disclosure', erasure: 'erasure', 'joint-controllers': 'joint controllership' },
  nl: { access: 'inzage', withdraw: 'intrekking van toestemming', object: 'bezwaar', stop: 'staken van de verstrekking', erasure: 'verwijdering', 'joint-controllers': 'gezamenlijke verwerkingsverantwoordelijkheid' },
};

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function senderBlock(sender: Sender, lang: Lang): string {
  const nl = lang === 'nl';
  return [
    sender.name || placeholder(nl ? 'uw naam' : 'your name'),
    sender.address || placeholder(nl ? 'uw adres' : 'your address'),
    sender.email || placeholder(nl ? 'uw e-mailadres' : 'your e-mail address'),
  ].join('\n');
}

/** The addressee: the name, "t.a.v." a person or the DPO, then the postal address and/or the e-mail address. */
function addressee(input: OrganisationLetterInput, lang: Lang): string {
  const nl = lang === 'nl';
  const o = input.organisation ?? {};
  // A privacy contact typed as an e-mail address is where the letter goes, not a person.
  const contactIsEmail = !!o.privacyContact && EMAIL.test(o.privacyContact.trim());
  const email = o.email || (contactIsEmail ? o.privacyContact!.trim() : '');
  const person = contactIsEmail ? '' : o.privacyContact;
  const lines = [
    o.name || placeholder(nl ? 'naam van de organisatie' : 'name of the organisation'),
    nl ? `t.a.v. ${person || 'de functionaris voor gegevensbescherming / het privacycontact'}` : `For the attention of ${person || 'the data protection officer / privacy contact'}`,
  ];
  if (o.address) lines.push(o.address);
  if (email) lines.push(`${nl ? 'Per e-mail' : 'By e-mail'}: ${email}`);
  if (!o.address && !email) lines.push(placeholder(nl ? 'postadres of e-mailadres van het privacycontact' : 'postal or e-mail address of the privacy contact'));
  return lines.join('\n');
}

function requestText(request: OrganisationRequest, c: CaseFacts, requests: OrganisationRequest[], lang: Lang, n: number): string {
  const nl = lang === 'nl';
  const these = c.f.visits.length === 1 ? (nl ? 'dit bezoek' : 'this visit') : nl ? 'deze bezoeken' : 'these visits';
  const mine = c.f.visits.length === 1 ? (nl ? 'mijn bezoek' : 'my visit') : nl ? 'mijn bezoeken' : 'my visits';
  const names = joinList(c.f.recipients, lang);
  const health = c.health.length > 0;
  switch (request) {
    case 'access':
      return nl
        ? `${n}. Inzage (artikel 15 AVG). Laat u mij weten of u persoonsgegevens over mij verwerkt in verband met ${these}. Zo ja, dan ontvang ik graag een kopie van die gegevens (artikel 15, lid 3, AVG) en informatie over: de doeleinden (lid 1, onder a); de categorieën van persoonsgegevens (onder b); de ontvangers aan wie u de gegevens heeft verstrekt, met hun naam (onder c; ${cite('C-154/21', lang)}), en in ieder geval of, en welke, gegevens over ${mine} zijn verstrekt aan ${names}; de bewaartermijn (onder d); de herkomst van de gegevens (onder g); het bestaan van geautomatiseerde besluitvorming, waaronder profilering, met nuttige informatie over de onderliggende logica (onder h); en, als gegevens naar een land buiten de EER zijn doorgegeven, de passende waarborgen daarvoor (artikel 15, lid 2, AVG).`
        : `${n}. Access (Article 15 GDPR). Please tell me whether you process personal data about me in connection with ${these}. If so, I would like a copy of that data (Article 15(3) GDPR) and information on: the purposes (paragraph 1(a)); the categories of personal data (point (b)); the recipients to whom you disclosed the data, by name (point (c); ${cite('C-154/21', lang)}), and in any case whether, and which, data about ${mine} was disclosed to ${names}; the retention period (point (d)); the source of the data (point (g)); the existence of automated decision-making, including profiling, with meaningful information about the logic involved (point (h)); and, where data was transferred to a country outside the EEA, the appropriate safeguards for that transfer (Article 15(2) GDPR).`;
    case 'withdraw':
      return nl
        ? `${n}. Intrekking van toestemming (artikel 7, lid 3, AVG). Voor zover u zich beroept op toestemming van mij voor het plaatsen of uitlezen van trackers of voor het delen van gegevens over ${mine} met ${names}, trek ik die toestemming hierbij in.`
        : `${n}. Withdrawal of consent (Article 7(3) GDPR). To the extent that you rely on my consent for placing or reading trackers, or for sharing data about ${mine} with ${names}, I hereby withdraw that consent.`;
    case 'object':
      return nl
        ? `${n}. Bezwaar (artikel 21 AVG). Voor zover u zich voor deze verwerking beroept op een gerechtvaardigd belang, maak ik bezwaar. Voor zover de gegevens voor direct marketing worden gebruikt, moet u die verwerking hoe dan ook staken (artikel 21, leden 2 en 3, AVG).`
        : `${n}. Objection (Article 21 GDPR). To the extent that you rely on legitimate interests for this processing, I object to it. To the extent that the data is used for direct marketing, you must stop that processing in any event (Article 21(2) and (3) GDPR).`;
    case 'stop':
      return health
        ? nl
          ? `${n}. Staken van de verstrekking. Ik verzoek u te stoppen met het versturen van bezoeken aan gezondheidspagina’s van uw website aan derden, waaronder ${names}. Voor zulke gegevens is uitdrukkelijke toestemming nodig (artikel 9, lid 2, onder a, AVG), en die heb ik niet gegeven.`
          : `${n}. Stopping the disclosure. Please stop sending visits to your website’s health pages to third parties, including ${names}. Such data requires explicit consent (Article 9(2)(a) GDPR), and I did not give it.`
        : nl
          ? `${n}. Staken van de verstrekking. Ik verzoek u te stoppen met het versturen van gegevens over ${mine} aan derden, waaronder ${names}, zolang u daarvoor geen geldige grondslag heeft.`
          : `${n}. Stopping the disclosure. Please stop sending data about ${mine} to third parties, including ${names}, as long as you have no valid legal basis for it.`;
    case 'erasure': {
      const wait = requests.includes('access')
        ? nl ? ' Verwijder de gegevens pas nadat u mijn inzageverzoek volledig heeft beantwoord, zodat de gegevens waar dat verzoek over gaat niet eerst verdwijnen.' : ' Please erase the data only after you have answered my access request in full, so that the data that request concerns does not disappear first.'
        : '';
      return nl
        ? `${n}. Verwijdering (artikel 17, lid 1, onder b en d, AVG). Ik verzoek u de persoonsgegevens over mij die via deze trackers zijn verzameld te verwijderen, en de ontvangers aan wie u ze heeft verstrekt daarvan op de hoogte te stellen (artikel 19 AVG), waaronder ${names}. Laat u mij weten welke ontvangers u heeft ingelicht.${wait}`
        : `${n}. Erasure (Article 17(1)(b) and (d) GDPR). Please erase the personal data about me collected through these trackers, and notify the recipients to whom you disclosed it (Article 19 GDPR), including ${names}. Please tell me which recipients you notified.${wait}`;
    }
    case 'joint-controllers': {
      const basis: string[] = [];
      if (c.plugins.length) basis.push(nl ? `een website die een sociale plug-in insluit, is met de aanbieder gezamenlijk verwerkingsverantwoordelijke voor het verzamelen en doorgeven van bezoekersgegevens (${cite('C-40/17', lang)})` : `a website that embeds a social plug-in is joint controller with its provider for collecting and transmitting visitors’ data (${cite('C-40/17', lang)})`);
      // With a plug-in before it the pixel sentence can refer back; alone it must say the whole rule.
      const edpb = nl ? 'EDPB-richtsnoeren 8/2020 over het targeten van gebruikers van sociale media, het voorbeeld van een website met een trackingpixel' : 'EDPB Guidelines 8/2020 on the targeting of social media users, the example of a website with a tracking pixel';
      if (c.pixels.length) basis.push(c.plugins.length
        ? nl ? `voor een website die een trackingpixel insluit, geldt hetzelfde (${edpb})` : `the same holds for a website that embeds a tracking pixel (${edpb})`
        : nl ? `een website die een trackingpixel insluit, is met het platform gezamenlijk verwerkingsverantwoordelijke voor het verzamelen en doorgeven van bezoekersgegevens (${edpb})` : `a website that embeds a tracking pixel is joint controller with the platform for collecting and transmitting visitors’ data (${edpb})`);
      const onePage = c.f.visits.length === 1;
      const loaded = c.plugins.length && c.pixels.length ? 'plug-ins en pixels' : c.plugins.length ? 'een plug-in' : 'een pixel';
      const loadedEn = c.plugins.length && c.pixels.length ? 'third-party plug-ins and pixels' : c.plugins.length ? 'a third-party plug-in' : 'a third-party pixel';
      const why = basis.length ? (nl ? ` ${onePage ? 'Uw pagina laadde' : 'Uw pagina’s laadden'} ${loaded} van derden; ${basis.join('; ')}.` : ` Your ${onePage ? 'page' : 'pages'} loaded ${loadedEn}; ${basis.join('; ')}.`) : '';
      return nl
        ? `${n}. Gezamenlijke verwerkingsverantwoordelijkheid (artikel 26 AVG). Voor zover u met ${names} gezamenlijk de doeleinden en middelen van deze verwerking bepaalt, verzoek ik u mij de wezenlijke inhoud van de onderlinge regeling te verstrekken (artikel 26, lid 2, AVG).${why} Op grond van artikel 26, lid 3, AVG kan ik mijn rechten ook tegenover elk van de gezamenlijk verwerkingsverantwoordelijken uitoefenen.`
        : `${n}. Joint controllership (Article 26 GDPR). To the extent that you determine the purposes and means of this processing jointly with ${names}, please provide me with the essence of the arrangement between you (Article 26(2) GDPR).${why} Under Article 26(3) GDPR I may also exercise my rights against each of the joint controllers.`;
    }
  }
}

/**
 * Requests the health shield blocked: they did not reach the companies, so the letter asks
 * what the website sends when a browser does not block it, and states nothing as received.
 */
function blockedSentence(c: CaseFacts, lang: Lang): string | null {
  const anyBlocked = c.numbered.some((o) => (o.tracker.blocked ?? 0) > 0);
  if (!anyBlocked) return null;
  const nl = lang === 'nl';
  if (nothingReached(c)) {
    return nl
      ? 'Mijn browser blokkeerde al deze verzoeken; via mijn browser bereikten de gegevens deze bedrijven dus niet. Uw website probeerde ze wel te versturen. Ik vraag u daarom ook of uw website deze gegevens verstuurt bij bezoekers van wie de browser dat niet blokkeert, en of u of uw servers gegevens over mijn bezoek op een andere manier aan deze bedrijven doorgaven.'
      : 'My browser blocked all of these requests; the data therefore did not reach these companies through my browser. Your website did try to send it. I therefore also ask whether your website sends this data for visitors whose browser does not block it, and whether you or your servers passed data about my visit to these companies in another way.';
  }
  return nl
    ? 'Een deel van deze verzoeken blokkeerde mijn browser; die gegevens bereikten de ontvangers via mijn browser niet. Ik vraag u daarom ook of uw website ze verstuurt bij bezoekers van wie de browser dat niet blokkeert.'
    : 'My browser blocked some of these requests; that data did not reach the recipients through my browser. I therefore also ask whether your website sends it for visitors whose browser does not block it.';
}

function healthSentence(c: CaseFacts, lang: Lang): string | null {
  if (c.health.length === 0) return null;
  const nl = lang === 'nl';
  const one = c.f.healthVisits.length === 1;
  const onlyPage = c.f.visits.length === 1;
  return nl
    ? `Pixelwacht beoordeelde ${onlyPage ? 'deze pagina' : one ? 'een van deze pagina’s' : `${c.f.healthVisits.length} van deze pagina’s`} als gezondheidspagina. Gegevens over het bezoek aan zo’n pagina kunnen gegevens over gezondheid zijn (artikel 4, onder 15, en artikel 9, lid 1, AVG).`
    : `Pixelwacht assessed ${onlyPage ? 'this page' : one ? 'one of these pages' : `${c.f.healthVisits.length} of these pages`} as a health page. Data about visits to such a page can be data concerning health (Articles 4(15) and 9(1) GDPR).`;
}

export function draftOrganisationLetter(input: OrganisationLetterInput): OrganisationLetter {
  const { bundle, lang, sender, digest, date } = input;
  const redaction = input.redaction ?? NO_REDACTION;
  const nl = lang === 'nl';
  const c = caseFactsOf(bundle, input.statement ?? NO_STATEMENT, input.emailMatches ?? [], input.phoneMatches ?? []);
  const r = makeRedactor(bundle, redaction, lang);
  const recording = input.recording ?? EXTENSION_RECORDING;
  const requests = ORDER.filter((q) => input.requests.includes(q));
  // Counted from receipt; an e-mail is received the day it is sent.
  const deadline = letterDeadline(date);
  const subject = nl
    ? `Verzoek op grond van de AVG (${joinList(requests.map((q) => SUBJECT_PART.nl[q]), lang)}) over uw website ${bundle.site}`
    : `Request under the GDPR (${joinList(requests.map((q) => SUBJECT_PART.en[q]), lang)}) about your website ${bundle.site}`;
  const dates = [...new Set(c.f.visits.map((v) => longDate(v.startedAtIso, lang)))];
  const annexes = annexList(bundle, lang, { digest, recording, correspondence: false, screenshots: false });

  const header = paragraphs(
    senderBlock(sender, lang),
    addressee(input, lang),
    longDate(date, lang),
    `${nl ? 'Onderwerp' : 'Subject'}: ${subject}`,
    nl ? 'Geachte heer, mevrouw,' : 'Dear Sir or Madam,',
  );

  const facts = paragraphs(
    nl ? `Op ${joinList(dates, lang)} bezocht ik uw website ${bundle.site}. ${recordingSentence(recording, bundle, lang)} Per pagina ging het om het volgende:` : `On ${joinList(dates, lang)} I visited your website ${bundle.site}. ${recordingSentence(recording, bundle, lang)} Per page, these were:`,
    observationsText(c, r),
    contradictionsText(c.contradictions, lang, true),
    blockedSentence(c, lang),
    healthSentence(c, lang),
  );

  const asks = paragraphs(
    nl ? 'Ik verzoek u daarom om het volgende.' : 'I therefore ask you the following.',
    ...requests.map((q, i) => requestText(q, c, requests, lang, i + 1)),
  );

  const ids = redaction.ownIdentifiers === 'show' ? labelledIdentifiers(bundle, lang).map((x) => `- ${x.label}: ${x.value}`).join('\n') : '';
  const ownHashes = [...new Set((input.emailMatches ?? []).flatMap((m) => {
    const t = bundle.visits.find((v) => v.visitId === m.visitId)?.trackers[m.trackerKey];
    return (t?.disclosures ?? []).map((d) => d.hashedPii?.[m.field]).filter((v): v is string => !!v);
  }))];
  const ownPhoneHashes = [...new Set((input.phoneMatches ?? []).flatMap((m) => {
    const t = bundle.visits.find((v) => v.visitId === m.visitId)?.trackers[m.trackerKey];
    return (t?.disclosures ?? []).map((d) => d.hashedPii?.[m.field]).filter((v): v is string => !!v);
  }))];
  const identify = paragraphs(
    ownPhoneHashes.length
      ? nl ? `De gehashte waarde ${r.text(ownPhoneHashes.join(', '))} is de SHA-256-hash van mijn telefoonnummer; dat heb ik zelf nagerekend.` : `The hashed value ${r.text(ownPhoneHashes.join(', '))} is the SHA-256 hash of my phone number; I checked this myself.`
      : null,
    ownHashes.length
      ? nl ? `De gehashte waarde ${r.text(ownHashes.join(', '))} is de SHA-256-hash van mijn e-mailadres; dat heb ik zelf nagerekend.` : `The hashed value ${r.text(ownHashes.join(', '))} is the SHA-256 hash of my e-mail address; I checked this myself.`
      : null,
    ids.length
      ? c.numbered.some((o) => (o.tracker.blocked ?? 0) > 0)
        // Some were only in requests the browser blocked: "contained", never "sent".
        ? nl ? `Om u te helpen mijn gegevens te vinden, noem ik de identificatiecodes die in de verzoeken stonden:\n${ids}` : `To help you find my data, these are the identifiers the requests contained:\n${ids}`
        : nl ? `Om u te helpen mijn gegevens te vinden, noem ik de identificatiecodes die mijn browser verstuurde:\n${ids}` : `To help you find my data, these are the identifiers my browser sent:\n${ids}`
      : null,
    requests.includes('access')
      ? nl
        ? 'Dit verzoek is kosteloos (artikel 12, lid 5, AVG). Een kopie van mijn identiteitsbewijs stuur ik niet mee: die is niet nodig om mijn gegevens te vinden. Heeft u gegronde twijfel over mijn identiteit, dan kunt u om aanvullende informatie vragen (artikel 12, lid 6, AVG).'
        : 'This request is free of charge (Article 12(5) GDPR). I am not enclosing a copy of my identity document: it is not needed to find my data. If you have reasonable doubts about my identity, you may ask for additional information (Article 12(6) GDPR).'
      : null,
  );

  const hasRightsRequest = requests.some((q) => q !== 'joint-controllers');
  const movedNote = nl
    ? 'Valt de laatste dag op een zaterdag, zondag of feestdag, dan eindigt de termijn op de eerstvolgende werkdag (artikel 3, lid 4, Verordening (EEG, Euratom) nr. 1182/71); daarmee is rekening gehouden'
    : 'Where the last day is a Saturday, Sunday or public holiday, the period ends on the next working day (Article 3(4) of Regulation (EEC, Euratom) No 1182/71); this has been taken into account';
  const term = hasRightsRequest
    ? nl
      ? `Op grond van artikel 12, lid 3, AVG moet u dit verzoek zonder onnodige vertraging en in ieder geval binnen een maand na ontvangst beantwoorden. Ontvangt u deze brief op ${longDate(date, lang)}, dan eindigt die termijn op ${longDate(deadline, lang)}. ${movedNote}. U kunt de termijn met twee maanden verlengen als dat nodig is; dan moet u mij dat binnen een maand na ontvangst laten weten, met redenen. Heb ik na afloop van de termijn geen antwoord ontvangen, dan overweeg ik een klacht in te dienen bij de Autoriteit Persoonsgegevens.`
      : `Under Article 12(3) GDPR you must answer this request without undue delay and in any event within one month of receipt. If you receive this letter on ${longDate(date, lang)}, that period ends on ${longDate(deadline, lang)}. ${movedNote}. You may extend the period by two months where necessary; you must then tell me so within one month of receipt, with reasons. If I have had no answer when the period has ended, I will consider lodging a complaint with the Autoriteit Persoonsgegevens (the Dutch Data Protection Authority).`
    : nl
      ? `Ik ontvang graag binnen een maand na ontvangst van deze brief een antwoord; ontvangt u hem op ${longDate(date, lang)}, dan is dat uiterlijk ${longDate(deadline, lang)}. Blijft een antwoord uit, dan overweeg ik een klacht in te dienen bij de Autoriteit Persoonsgegevens.`
      : `I would appreciate your answer within one month of receipt of this letter; if you receive it on ${longDate(date, lang)}, that is by ${longDate(deadline, lang)}. Failing that, I will consider lodging a complaint with the Autoriteit Persoonsgegevens (the Dutch Data Protection Authority).`;

  const limits = recording.kind === 'har'
    ? nl
      ? 'Een HAR-bestand toont alleen wat mijn browser verstuurde, niet welke gegevens uw servers rechtstreeks aan deze bedrijven doorgaven of wat de ontvangers met de gegevens deden. Daarom vraag ik u om deze informatie; u moet kunnen aantonen dat de verwerking rechtmatig is (artikel 5, lid 2, AVG).'
      : 'A HAR file shows only what my browser sent. It does not show what your servers passed on to these companies directly, nor what the recipients did with the data. That is why I ask you for this information; you must be able to demonstrate that the processing is lawful (Article 5(2) GDPR).'
    : nl
      ? 'Pixelwacht ziet alleen wat mijn browser verstuurde, niet welke gegevens uw servers rechtstreeks aan deze bedrijven doorgaven of wat de ontvangers met de gegevens deden. Daarom vraag ik u om deze informatie; u moet kunnen aantonen dat de verwerking rechtmatig is (artikel 5, lid 2, AVG).'
      : 'Pixelwacht sees only what my browser sent. It does not see what your servers passed on to these companies directly, nor what the recipients did with the data. That is why I ask you for this information; you must be able to demonstrate that the processing is lawful (Article 5(2) GDPR).';

  const attachments = `${nl ? 'Bijlagen' : 'Annexes'}:\n${annexText(annexes.filter((a) => a.id !== 'method'), lang)}`;
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
  const meta = c.f.recipients.find((x) => x.startsWith('Meta Platforms Ireland'));
  const notes = nl
    ? [
        'Controleer en bewerk de brief voordat u hem verstuurt; Pixelwacht verstuurt niets.',
        `Wij raden aan een maand te wachten (bij ontvangst op ${longDate(date, lang)}: tot en met ${longDate(deadline, lang)}). Dat is een advies: de AP vraagt u eerst contact op te nemen met de organisatie, maar noemt geen vaste termijn.`,
        'Bewaar een kopie van de brief en het antwoord: de AP vraagt om bewijs dat u eerst contact met de organisatie hebt gehad.',
        ...(meta ? ['U kunt uw rechten ook rechtstreeks uitoefenen bij Meta Platforms Ireland Ltd. (artikel 26, lid 3, AVG); de Ierse Data Protection Commission is daar de leidende toezichthouder. Met een Facebook- of Instagram-account kunt u in het Accountcentrum onder “Je activiteit buiten Meta-technologieën” deze activiteit bekijken en loskoppelen; dat is geen bewijs dat de gegevens zijn verwijderd.'] : []),
      ]
    : [
        'Check and edit the letter before you send it; Pixelwacht sends nothing.',
        `We suggest waiting one month (if received on ${longDate(date, lang)}: until ${longDate(deadline, lang)} inclusive). This is advice: the AP asks you to contact the organisation first, but states no fixed period.`,
        'Keep a copy of the letter and the answer: the AP asks for proof that you contacted the organisation first.',
        ...(meta ? ['You can also exercise your rights directly with Meta Platforms Ireland Ltd. (Article 26(3) GDPR); the Irish Data Protection Commission is its lead authority. With a Facebook or Instagram account you can see and disconnect this activity in Accounts Center under “Your activity off Meta technologies”; that is not proof that the data was deleted.'] : []),
      ];
  return {
    subject,
    body: sections.map((s) => s.text).join('\n\n') + '\n',
    sections,
    recipientsNamed: c.f.recipients,
    deadline,
    notes,
  };
}
