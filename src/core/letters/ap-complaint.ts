// Step 2: the complaint to the AP under art. 77 GDPR, in the sections of
// legal-reference.md §7: numbered observations grouped by page, numbered provisions
// tied to them, numbered annexes, the user's own statement, art. 58(2) requests.
import { consentEventText } from '../evidence/consent-events';
import { clockTime, longDate } from '../evidence/format-date';
import { makeRedactor, NO_REDACTION, type Redactor } from '../evidence/redaction';
import { AP } from './ap';
import { annexList, annexRef, annexText } from './annexes';
import { afterRefusal, attemptedRecipients, caseFactsOf, nothingReached, reachedFacts, withoutChoice, type CaseFacts } from './case-facts';
import { cite } from './case-law';
import { choiceStatement, noExplicitConsentStatement, stillSendsStatement, NO_STATEMENT } from './consent-statement';
import { contradictionsText } from './contradiction-text';
import { letterDeadline } from './deadline';
import { infringements, legalGrounds } from './legal-grounds';
import { limitsText } from './limits-text';
import { observationsText } from './observation-text';
import { counted, observationRefs } from './plural';
import { EXTENSION_RECORDING } from './recording';
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

export function orgBlock(input: CommonInput, lang: Lang): string {
  const nl = lang === 'nl';
  const o = input.organisation ?? {};
  return [
    `${nl ? 'Organisatie' : 'Organisation'}: ${o.name || placeholder(nl ? 'officiële naam van de organisatie' : 'legal name of the organisation')}`,
    `Website: ${input.bundle.site}`,
    `${nl ? 'KvK-nummer' : 'Chamber of Commerce (KvK) number'}: ${o.kvk || placeholder(nl ? 'indien bekend' : 'if known')}`,
    `${nl ? 'Privacycontact / FG' : 'Privacy contact / DPO'}: ${[o.privacyContact, o.email].filter(Boolean).join(', ') || placeholder(nl ? 'indien bekend' : 'if known')}`,
  ].join('\n');
}

/** "De verzoeken" when all observations are meant, "Een deel van de verzoeken" otherwise. */
function someOrAll(part: number[], c: CaseFacts, lang: Lang): string {
  const all = part.length === c.numbered.length;
  const one = c.numbered.reduce((sum, o) => sum + o.tracker.requestCount, 0) === 1;
  if (all && one) return lang === 'nl' ? 'Het verzoek werd' : 'The request was';
  return lang === 'nl' ? (all ? 'De verzoeken werden' : 'Een deel van de verzoeken werd') : all ? 'The requests were' : 'Some of the requests were';
}

/** The shield's attempts, for the summary: whom the page tried to tell, and that the browser blocked it. */
function attemptsSentence(full: CaseFacts, lang: Lang): string {
  const tried = attemptedRecipients(full);
  if (!tried.length) return '';
  return lang === 'nl'
    ? ` De pagina probeerde daarnaast gegevens over mijn bezoek te versturen naar ${joinList(tried, lang)}; mijn browser blokkeerde dat (met het gezondheidsschild van Pixelwacht), zodat die gegevens ${tried.length === 1 ? 'dat bedrijf' : 'die bedrijven'} niet bereikten.`
    : ` The page also tried to send data about my visit to ${joinList(tried, lang)}; my browser blocked that (with Pixelwacht’s health shield), so the data did not reach ${tried.length === 1 ? 'that company' : 'those companies'}.`;
}

/** Every request was blocked: the summary states the attempts and that nothing reached the companies. */
function allBlockedSummary(full: CaseFacts, lang: Lang, period: string, health: string): string {
  const f = full.f;
  const one = f.visits.length === 1;
  const tried = attemptedRecipients(full);
  return lang === 'nl'
    ? `Tijdens mijn ${one ? 'bezoek' : 'bezoeken'} aan ${f.site} (${period}) probeerde de pagina gegevens over ${one ? 'dat bezoek' : 'die bezoeken'} te versturen naar ${joinList(tried, lang)}${health}. Mijn browser blokkeerde al die verzoeken (met het gezondheidsschild van Pixelwacht); geen ervan bereikte ${tried.length === 1 ? 'dat bedrijf' : 'een van die bedrijven'}.`
    : `During my ${one ? 'visit' : 'visits'} to ${f.site} (${period}) the page tried to send data about ${one ? 'that visit' : 'those visits'} to ${joinList(tried, lang)}${health}. My browser blocked all of those requests (with Pixelwacht’s health shield); none of them reached ${tried.length === 1 ? 'that company' : 'any of those companies'}.`;
}

/** `full`: the case with the attempts; the allegations rest on what reached a company (reachedFacts). */
export function summaryText(full: CaseFacts, lang: Lang): string {
  const nl = lang === 'nl';
  const c = reachedFacts(full);
  const f = c.f;
  const period = f.firstIso && f.lastIso
    ? longDate(f.firstIso, lang) === longDate(f.lastIso, lang) ? longDate(f.firstIso, lang) : `${longDate(f.firstIso, lang)} – ${longDate(f.lastIso, lang)}`
    : '';
  const one = f.visits.length === 1;
  const allHealth = f.healthVisits.length === f.visits.length;
  const health = c.health.length > 0
    ? nl ? `, ${allHealth ? '' : 'ook '}vanaf ${f.healthVisits.length === 1 ? 'een pagina' : 'pagina’s'} die Pixelwacht als gezondheidspagina beoordeelde` : `, ${allHealth ? '' : 'including '}from ${f.healthVisits.length === 1 ? 'a page' : 'pages'} Pixelwacht assessed as a health page`
    : '';
  if (nothingReached(full)) {
    const tried = full.health.length > 0
      ? nl ? `, vanaf ${f.healthVisits.length === 1 ? 'een pagina' : 'pagina’s'} die Pixelwacht als gezondheidspagina beoordeelde` : `, from ${f.healthVisits.length === 1 ? 'a page' : 'pages'} Pixelwacht assessed as a health page`
      : '';
    return allBlockedSummary(full, lang, period, tried);
  }
  const noChoice = withoutChoice(c);
  const refused = afterRefusal(c);
  const timing = noChoice.length ? (nl ? ` ${someOrAll(noChoice, c, lang)} verstuurd voordat ik een cookiekeuze had gemaakt.` : ` ${someOrAll(noChoice, c, lang)} sent before I had made a cookie choice.`) : '';
  const refusal = refused.length ? (nl ? ` ${someOrAll(refused, c, lang)} verstuurd nadat ik had geweigerd.` : ` ${someOrAll(refused, c, lang)} sent after I had refused.`) : '';
  const ongoing = c.statement.stillSends === 'yes' ? (nl ? ' Voor zover ik weet, gaat dit nog steeds door.' : ' As far as I know, this is still going on.') : '';
  return nl
    ? `Tijdens mijn ${one ? 'bezoek' : 'bezoeken'} aan ${f.site} (${period}) verstuurde mijn browser gegevens over ${one ? 'dat bezoek' : 'die bezoeken'} naar ${joinList(f.recipients, lang)}${health}.${timing}${refusal}${attemptsSentence(full, lang)}${ongoing}`
    : `During my ${one ? 'visit' : 'visits'} to ${f.site} (${period}) my browser sent data about ${one ? 'that visit' : 'those visits'} to ${joinList(f.recipients, lang)}${health}.${timing}${refusal}${attemptsSentence(full, lang)}${ongoing}`;
}

function standing(c: CaseFacts, lang: Lang): string {
  const nl = lang === 'nl';
  const f = c.f;
  if (c.numbered.length === 0) {
    return paragraphs(
      nl ? `Ik bezocht ${f.visits.length === 1 ? 'deze pagina' : 'deze pagina’s'} zelf, in mijn eigen browser op mijn eigen apparaat.` : `I visited ${f.visits.length === 1 ? 'this page' : 'these pages'} myself, in my own browser on my own device.`,
      nl
        ? 'Mijn browser blokkeerde elk verzoek dat de pagina naar deze bedrijven probeerde te versturen. Voor zover Pixelwacht kan zien, bereikten via mijn browser dus geen gegevens over mijn bezoek een van deze bedrijven.'
        : 'My browser blocked every request the page tried to send to these companies. As far as Pixelwacht can see, no data about my visit reached any of these companies through my browser.',
    );
  }
  const login = f.loginPlatforms.length
    ? nl
      ? `Met verzoeken aan ${joinList(f.loginPlatforms, lang)} gingen de inlogcookies van ${f.loginPlatforms.length === 1 ? 'dat platform' : 'die platforms'} mee; ${f.visits.length === 1 ? 'mijn bezoek kon' : 'mijn bezoeken konden'} dus aan mijn account daar worden gekoppeld.`
      : `Requests to ${joinList(f.loginPlatforms, lang)} carried ${f.loginPlatforms.length === 1 ? 'that platform’s' : 'those platforms’'} login cookies, so my ${f.visits.length === 1 ? 'visit' : 'visits'} could be linked to my account there.`
    : placeholder(nl ? 'vermeld of u was ingelogd bij Facebook, Google of een ander genoemd platform' : 'state whether you were logged in to Facebook, Google or another platform named');
  const own = c.ownEmail.length
    ? nl ? `De gehashte waarde in ${observationRefs(c.ownEmail, lang)} is de SHA-256-hash van mijn e-mailadres; dat heb ik zelf nagerekend.` : `The hashed value in ${observationRefs(c.ownEmail, lang)} is the SHA-256 hash of my e-mail address; I checked this myself.`
    : null;
  const ownPhone = c.ownPhone.length
    ? nl ? `De gehashte waarde in ${observationRefs(c.ownPhone, lang)} is de SHA-256-hash van mijn telefoonnummer; dat heb ik zelf nagerekend.` : `The hashed value in ${observationRefs(c.ownPhone, lang)} is the SHA-256 hash of my phone number; I checked this myself.`
    : null;
  const matters = c.health.length
    ? nl
      ? 'Dit raakt mij persoonlijk. Uit mijn bezoek aan een gezondheidspagina is af te leiden waar ik mij voor mijn gezondheid mee bezighoud. Die informatie is gevoelig: zij kan tot stigmatisering leiden, en bedrijven die haar ontvangen kunnen haar gebruiken om een advertentieprofiel van mij op te bouwen. Ik wil zelf bepalen wie dit weet.'
      : 'This affects me personally. My visit to a health page reveals what I am dealing with regarding my health. That information is sensitive: it can lead to stigma, and companies that receive it can use it to build an advertising profile of me. I want to decide myself who knows this.'
    : nl
      ? `Dit raakt mij persoonlijk: de gegevens over ${f.visits.length === 1 ? 'mijn bezoek' : 'mijn bezoeken'} gingen samen met identificatiecodes van mijn browser naar ${joinList(f.recipients, lang)}. ${f.recipients.length === 1 ? 'Dat bedrijf kan' : 'Die bedrijven kunnen'} ze gebruiken om een profiel van mij op te bouwen. Ik wil zelf bepalen wie dat doet.`
      : `This affects me personally: the data about ${f.visits.length === 1 ? 'my visit' : 'my visits'} went, together with identifiers of my browser, to ${joinList(f.recipients, lang)}, which can use it to build a profile of me. I want to decide myself who does that.`;
  return paragraphs(
    nl ? `Ik bezocht ${f.visits.length === 1 ? 'deze pagina' : 'deze pagina’s'} zelf, in mijn eigen browser op mijn eigen apparaat. De klacht betreft mijn eigen persoonsgegevens.` : `I visited ${f.visits.length === 1 ? 'this page' : 'these pages'} myself, in my own browser on my own device. The complaint concerns my own personal data.`,
    login,
    own,
    ownPhone,
    placeholder(nl ? 'vermeld of u klant bent van de organisatie' : 'state whether you are a customer of the organisation'),
    matters,
  );
}

export function consentSection(c: CaseFacts, lang: Lang, r: Redactor, withPlaceholder: boolean): string {
  const nl = lang === 'nl';
  const f = c.f;
  const recorded = f.visits.filter((v) => v.consent.recorded);
  const lines = recorded.map((v) => {
    const events = v.consent.events.filter((e) => e.event.type !== 'navigation-start').map((e) => {
      // A banner found by the generic heuristic has no CMP name worth printing.
      const text = e.event.type === 'banner-shown' && e.event.cmp === 'generic' ? (nl ? 'cookiemelding getoond' : 'cookie banner shown') : consentEventText(e.event, lang);
      return `${clockTime(e.atIso)} ${text}`;
    });
    const what = events.length ? events.join('; ') : nl ? 'geen cookiemelding en geen handeling van mij vastgelegd' : 'no cookie banner and no action of mine recorded';
    return `- ${longDate(v.startedAtIso, lang)}, ${r.page(v)}: ${what}.`;
  });
  const unrecorded = f.visits.length - recorded.length;
  const s = c.statement;
  const onlyVisit = unrecorded === 1 && f.visits.length === 1;
  const missing = onlyVisit
    ? nl
      ? `Voor dit bezoek is niet vastgelegd wat de cookiemelding toonde en wat ik deed${s.choice ? '; daarvoor geldt mijn eigen verklaring hieronder' : '; over de toestemmingsstatus doe ik geen uitspraak'}.`
      : `For this visit there is no record of what the cookie banner showed and what I did${s.choice ? '; my own statement below applies to it' : '; I make no statement about the consent status of that visit'}.`
    : unrecorded > 0
    ? nl
      ? `Voor ${counted('visit', unrecorded, 'nl')} is niet vastgelegd wat de cookiemelding toonde en wat ik deed${s.choice ? `; voor ${unrecorded === 1 ? 'dat bezoek' : 'die bezoeken'} geldt mijn eigen verklaring hieronder` : '; over de toestemmingsstatus bij ' + (unrecorded === 1 ? 'dat bezoek' : 'die bezoeken') + ' doe ik geen uitspraak'}.`
      : `For ${counted('visit', unrecorded, 'en')} there is no record of what the cookie banner showed and what I did${s.choice ? `; for ${unrecorded === 1 ? 'that visit' : 'those visits'} my own statement below applies` : `; I make no statement about the consent status of ${unrecorded === 1 ? 'that visit' : 'those visits'}`}.`
    : null;
  const own = [
    s.choice ? choiceStatement(s.choice, lang, f.visits.length, unrecorded === 0) : null,
    c.health.length ? noExplicitConsentStatement(lang) : null,
    s.stillSends ? stillSendsStatement(s.stillSends, lang) : null,
  ].filter((x): x is string => !!x);
  return paragraphs(
    lines.length ? (nl ? 'Pixelwacht legde vast wat de pagina toonde en wat ik deed:' : 'Pixelwacht recorded what the page showed and what I did:') : null,
    lines.join('\n'),
    contradictionsText(c.contradictions, lang),
    missing,
    own.length ? `${nl ? 'Mijn eigen verklaring' : 'My own statement'}: ${own.join(' ')}` : null,
    withPlaceholder ? placeholder(nl ? 'beschrijf zo nodig wat de cookiemelding aanbood (knoppen, vooraf aangevinkte vakjes)' : 'if needed, describe what the cookie banner offered (buttons, pre-ticked boxes)') : null,
  );
}

/** Only what is true on the letter's date: never "no answer by <date>" before that date. */
export function priorContactText(prior: PriorContact | undefined, date: string, lang: Lang): string {
  const nl = lang === 'nl';
  if (!prior) {
    return placeholder(nl
      ? 'datum van uw brief aan de organisatie, en hun antwoord of het uitblijven daarvan; voeg de correspondentie bij'
      : 'date of your letter to the organisation, and its answer or the lack of one; attach the correspondence');
  }
  const sent = longDate(prior.sentOn, lang);
  if (prior.answered) {
    const what = prior.answerSummary ? (nl ? ` Samengevat: ${prior.answerSummary}` : ` In short: ${prior.answerSummary}`) : '';
    return nl
      ? `Op ${sent} schreef ik de organisatie aan. Zij heeft geantwoord, maar het antwoord neemt mijn bezwaren niet weg.${what} De correspondentie is bijgevoegd.`
      : `On ${sent} I wrote to the organisation. It answered, but the answer does not resolve my concerns.${what} The correspondence is attached.`;
  }
  const deadline = letterDeadline(prior.sentOn);
  const today = longDate(date, lang);
  const term = date > deadline
    ? nl ? ` De termijn voor een antwoord (artikel 12, lid 3, AVG) eindigde op ${longDate(deadline, lang)}.` : ` The period for an answer (Article 12(3) GDPR) ended on ${longDate(deadline, lang)}.`
    : nl ? ` De termijn voor een antwoord (artikel 12, lid 3, AVG) loopt tot en met ${longDate(deadline, lang)}.` : ` The period for an answer (Article 12(3) GDPR) runs until ${longDate(deadline, lang)} inclusive.`;
  return nl
    ? `Op ${sent} schreef ik de organisatie aan.${term} Tot vandaag, ${today}, heb ik geen antwoord ontvangen. Mijn brief is bijgevoegd.`
    : `On ${sent} I wrote to the organisation.${term} As of today, ${today}, I have had no answer. My letter is attached.`;
}

/**
 * Every request blocked: no transfer to allege, so no art. 6 or art. 9 infringement (a
 * letter states only what the evidence supports). What is left is what the page tried.
 */
export function nothingReachedText(full: CaseFacts, lang: Lang): string {
  const refs = observationRefs(full.attempts, lang);
  return lang === 'nl'
    ? paragraphs(
        `Mijn browser blokkeerde alle verzoeken die de pagina probeerde te versturen (${refs}). Er bereikten via mijn browser dus geen gegevens over mijn bezoek de bedrijven waarnaar de pagina ze wilde sturen. Een doorgifte van mijn persoonsgegevens aan die bedrijven, en daarmee een verwerking van gegevens over mijn gezondheid door doorgifte (artikel 9, lid 1, AVG), kan ik op grond van dit bewijs niet stellen.`,
        'Wat het bewijs wel toont, is dat de pagina probeerde deze gegevens te versturen. Of dat bij bezoekers van wie de browser niets blokkeert wel lukt, en of de servers van de website gegevens op een andere manier doorgaven, kan ik niet zien.',
      )
    : paragraphs(
        `My browser blocked every request the page tried to send (${refs}). No data about my visit therefore reached, through my browser, the companies the page meant to send it to. On this evidence I cannot allege a transfer of my personal data to those companies, nor therefore processing of data concerning my health by transmission (Article 9(1) GDPR).`,
        'What the evidence does show is that the page tried to send this data. Whether that succeeds for visitors whose browser blocks nothing, and whether the website’s servers passed data on in another way, I cannot see.',
      );
}

function requestsText(c: CaseFacts, lang: Lang): string {
  const nl = lang === 'nl';
  if (c.numbered.length === 0) {
    return paragraphs(
      nl ? 'Ik verzoek de AP:' : 'I ask the AP to:',
      nl
        ? 'a. na te gaan of de website gegevens over bezoeken aan deze pagina’s naar derden verstuurt bij bezoekers van wie de browser dat niet blokkeert (artikel 58, lid 1, AVG);\nb. mij op de hoogte te houden van de voortgang en de uitkomst (artikel 77, lid 2, AVG).'
        : 'a. check whether the website sends data about visits to these pages to third parties for visitors whose browser does not block it (Article 58(1) GDPR);\nb. keep me informed of the progress and the outcome (Article 77(2) GDPR).',
      nl ? 'Ik begrijp dat een klacht niet anoniem kan worden ingediend en dat de AP mijn gegevens met de organisatie kan delen.' : 'I understand that a complaint cannot be filed anonymously and that the AP may share my details with the organisation.',
    );
  }
  const health = c.health.length > 0;
  const items = nl
    ? [
        'deze verwerking te onderzoeken (artikel 58, lid 1, AVG) en na te gaan of ook andere bezoekers van de website zijn getroffen;',
        'de organisatie te gelasten de verwerking in overeenstemming te brengen met de AVG (artikel 58, lid 2, onder d, AVG);',
        health
          ? 'de organisatie te verbieden bezoeken aan gezondheidspagina’s aan derden te versturen zolang daarvoor geen geldige grondslag en geen uitdrukkelijke toestemming is (artikel 58, lid 2, onder f, AVG);'
          : 'de organisatie te verbieden gegevens over bezoeken aan derden te versturen zolang daarvoor geen geldige grondslag is (artikel 58, lid 2, onder f, AVG);',
        'de organisatie te gelasten de onrechtmatig verwerkte gegevens te wissen en de ontvangers daarvan in kennis te stellen (artikel 58, lid 2, onder g, en artikel 19 AVG);',
        ...(c.irishRecipients.length ? [`samen te werken met de Ierse Data Protection Commission voor de ontvangers die in Ierland zijn gevestigd (${joinList(c.irishRecipients, lang)}) (artikelen 56 en 60 AVG);`] : []),
        'mij op de hoogte te houden van de voortgang en de uitkomst (artikel 77, lid 2, AVG).',
      ]
    : [
        'investigate this processing (Article 58(1) GDPR) and check whether other visitors to the website are affected;',
        'order the organisation to bring the processing into compliance with the GDPR (Article 58(2)(d) GDPR);',
        health
          ? 'ban the organisation from sending visits to health pages to third parties as long as there is no valid legal basis and no explicit consent (Article 58(2)(f) GDPR);'
          : 'ban the organisation from sending data about visits to third parties as long as there is no valid legal basis (Article 58(2)(f) GDPR);',
        'order the organisation to erase the data processed unlawfully and to notify the recipients (Articles 58(2)(g) and 19 GDPR);',
        ...(c.irishRecipients.length ? [`cooperate with the Irish Data Protection Commission for the recipients established in Ireland (${joinList(c.irishRecipients, lang)}) (Articles 56 and 60 GDPR);`] : []),
        'keep me informed of the progress and the outcome (Article 77(2) GDPR).',
      ];
  return paragraphs(
    nl ? 'Ik verzoek de AP:' : 'I ask the AP to:',
    items.map((t, i) => `${String.fromCharCode(97 + i)}. ${t}`).join('\n'),
    nl ? 'Ik begrijp dat een klacht niet anoniem kan worden ingediend en dat de AP mijn gegevens met de organisatie kan delen.' : 'I understand that a complaint cannot be filed anonymously and that the AP may share my details with the organisation.',
  );
}

function infringementText(c: CaseFacts, lang: Lang): string | null {
  const list = infringements(c, lang);
  if (!list.length) return null;
  const nl = lang === 'nl';
  return paragraphs(
    nl ? 'Naar mijn oordeel zijn de volgende bepalingen geschonden:' : 'In my view the following provisions were infringed:',
    list.map((x, i) => `${i + 1}. ${x.provision.charAt(0).toUpperCase()}${x.provision.slice(1)} (${observationRefs(x.observations, lang)}).`).join('\n'),
    nl ? 'De toelichting volgt hieronder.' : 'The reasoning follows below.',
  );
}

export function apNotes(lang: Lang, tip: boolean, c: CaseFacts): string[] {
  const nl = lang === 'nl';
  return [
    nl ? 'Pixelwacht verstuurt niets. Controleer en bewerk de tekst, en bewaar of print hem voordat u hem indient: het online formulier van de AP kunt u na verzending niet meer inzien.' : 'Pixelwacht sends nothing. Check and edit the text, and save or print it before you file it: the AP’s online form cannot be reviewed after sending.',
    nl ? `Informatie van de AP: ${AP.tipOrComplaintPage} en ${AP.beforeComplaintPage}. Per post: ${AP.postal.join(', ')}. Telefoon: ${AP.phone}.` : `Information from the AP: ${AP.tipOrComplaintPage} and ${AP.beforeComplaintPage}. By post: ${AP.postal.join(', ')}. Phone: ${AP.phone}.`,
    tip
      ? nl ? 'Een tip kan anoniem; u krijgt dan geen persoonlijke reactie. De AP waarschuwt dat een tip toch naar de melder te herleiden kan zijn. Daarom laat deze tip uw naam, adres en eigen identificatiecodes weg, en is de bijlage standaard bewerkt. Wilt u dat de AP uw zaak behandelt, dien dan een klacht in.' : 'A tip can be anonymous; you then get no individual follow-up. The AP warns that a tip can still be traced back to the person who gave it. That is why this tip leaves out your name, address and own identifiers, and why its annex is edited by default. If you want the AP to handle your case, file a complaint instead.'
      : nl ? 'Een klacht kan niet anoniem, moet over uw eigen gegevens gaan, en de AP kan uw gegevens delen met de organisatie. Wilt u anoniem blijven, stuur dan een tip.' : 'A complaint cannot be anonymous, must concern your own data, and the AP may share your details with the organisation. If you want to stay anonymous, send a tip instead.',
    nl ? 'De AP vraagt u eerst contact op te nemen met de organisatie en het bewijs daarvan mee te sturen; een vaste wachttijd stelt zij niet.' : 'The AP asks you to contact the organisation first and to include proof of that; it sets no fixed waiting period.',
    nl
      ? `De AP noemt geen vaste behandeltermijn. Wel moet zij u binnen drie maanden laten weten hoe het met uw klacht staat of wat de uitkomst is (artikel 78, lid 2, AVG). De AP stelt zelf prioriteiten. Stelt zij een overtreding vast, dan hoeft zij niet in elk geval een corrigerende maatregel zoals een boete op te leggen; zij moet de klacht wel met de nodige zorgvuldigheid behandelen (${cite('C-768/21', lang)}).`
      : `The AP states no fixed handling time. It must, however, tell you within three months how your complaint is progressing or what the outcome is (Article 78(2) GDPR). The AP sets its own priorities. If it finds an infringement, it is not obliged to take a corrective measure such as a fine in every case; it must still handle the complaint with due diligence (${cite('C-768/21', lang)}).`,
    nl ? 'U kunt een klacht indienen in het Nederlands of het Engels; het formulier en de uitleg van de AP zijn in het Nederlands.' : 'You can file a complaint in Dutch or in English; the AP’s form and guidance are in Dutch.',
    ...(tip ? [] : [nl ? 'U kunt zich laten vertegenwoordigen door een organisatie zonder winstoogmerk die actief is op het gebied van gegevensbescherming (artikel 80, lid 1, AVG); de AP vraagt dan om een ondertekende machtiging.' : 'You can be represented by a not-for-profit body active in data protection (Article 80(1) GDPR); the AP then asks for a signed authorisation.']),
    ...(c.health.length ? [nl ? `${tip ? 'De tip' : 'De klacht'} zelf onthult dat er een gezondheidspagina werd bezocht. U kunt in Pixelwacht de adressen van pagina’s vervangen door het soort pagina.` : `The ${tip ? 'tip' : 'complaint'} itself reveals that a health page was visited. In Pixelwacht you can replace page addresses by the kind of page.`] : []),
  ];
}

export function assemble(sections: LetterSection[], subject: string, recipients: string[], noteList: string[]): LetterDraft {
  const body = sections.map((s) => (s.heading ? `${s.heading}\n\n${s.text}` : s.text)).join('\n\n') + '\n';
  return { subject, body, sections, recipientsNamed: recipients, notes: noteList };
}

export function draftApComplaint(input: ComplaintInput): LetterDraft {
  const { bundle, lang, sender } = input;
  const nl = lang === 'nl';
  const full = caseFactsOf(bundle, input.statement ?? NO_STATEMENT, input.emailMatches ?? [], input.phoneMatches ?? []);
  // Allegations rest only on what reached a company; the observations list the attempts too.
  const c = reachedFacts(full);
  const r = makeRedactor(bundle, input.redaction ?? NO_REDACTION, lang);
  const recording = input.recording ?? EXTENSION_RECORDING;
  const annexes = annexList(bundle, lang, { digest: input.digest, recording, correspondence: !!input.organisationLetter, screenshots: true });
  const subject = nl ? 'Klacht op grond van artikel 77 AVG' : 'Complaint under Article 77 GDPR';
  const h = (n: number, nlText: string, enText: string) => `${n}. ${nl ? nlText : enText}`;
  const name = sender.name || placeholder(nl ? 'uw naam' : 'your name');
  const complainant = [
    name,
    sender.address || placeholder(nl ? 'uw adres' : 'your address'),
    sender.email || placeholder(nl ? 'uw e-mailadres' : 'your e-mail address'),
    `${nl ? 'Telefoon (optioneel)' : 'Phone (optional)'}: ${sender.phone || placeholder(nl ? 'telefoonnummer' : 'phone number')}`,
    `${nl ? 'Aanhef' : 'Preferred salutation'}: ${placeholder(nl ? 'voorletters en aanhef' : 'initials and salutation')}`,
  ].join('\n');
  // Art. 80(1): the AP asks a representative for a signed authorisation (legal-reference.md §1, §7).
  const representation = nl
    ? `Vertegenwoordiging: ik dien deze klacht zelf in. ${placeholder('laat u zich vertegenwoordigen door een organisatie zonder winstoogmerk die actief is op het gebied van gegevensbescherming (artikel 80, lid 1, AVG), vermeld die organisatie dan hier en voeg de ondertekende machtiging bij')}`
    : `Representation: I am filing this complaint myself. ${placeholder('if a not-for-profit body active in data protection represents you (Article 80(1) GDPR), name it here instead and attach the signed authorisation')}`;
  const evidenceRef = annexRef(annexes, 'evidence', lang);
  const harRef = annexRef(annexes, 'har', lang);
  const observationsIntro = nl
    ? `Hieronder staat per pagina wat mijn browser verstuurde${full.attempts.length ? ' of, waar het gezondheidsschild van Pixelwacht het blokkeerde, wat de pagina probeerde te versturen' : ''}, genummerd (${counted('observation', full.numbered.length, 'nl')}). Tijden staan in de tijdzone van de vastlegging, met de afwijking van UTC. Alle verzoeken staan volledig in ${evidenceRef}${harRef ? ` en in ${harRef}` : ''}.`
    : `Below, per page, is what my browser sent${full.attempts.length ? ' or, where Pixelwacht’s health shield blocked it, what the page tried to send' : ''}, numbered (${counted('observation', full.numbered.length, 'en')}). Times are in the recording’s time zone, with the offset from UTC. All requests are in full in ${evidenceRef}${harRef ? ` and in ${harRef}` : ''}.`;
  const sections: LetterSection[] = [
    {
      id: 'header',
      heading: '',
      text: paragraphs(
        AP.postal.join('\n'),
        longDate(input.date, lang),
        `${nl ? 'Onderwerp' : 'Subject'}: ${subject}`,
        `${nl ? 'Klager' : 'Complainant'}:\n${complainant}`,
        representation,
        orgBlock(input, lang),
      ),
    },
    { id: 'summary', heading: h(1, 'Samenvatting', 'Summary'), text: summaryText(full, lang) },
    { id: 'standing', heading: h(2, 'Waarom deze klacht over mijn eigen gegevens gaat', 'Why this complaint concerns my own data'), text: standing(c, lang) },
    { id: 'observations', heading: h(3, 'Waarnemingen', 'Observations'), text: paragraphs(observationsIntro, observationsText(full, r)) },
    { id: 'consent-interface', heading: h(4, 'Cookiemelding en toestemming', 'Consent interface'), text: consentSection(full, lang, r, true) },
    { id: 'prior-contact', heading: h(5, 'Eerder contact met de organisatie', 'Prior contact with the organisation'), text: priorContactText(input.organisationLetter, input.date, lang) },
    {
      id: 'legal',
      heading: h(6, 'Juridische beoordeling', 'Legal assessment'),
      text: nothingReached(full) ? nothingReachedText(full, lang) : paragraphs(infringementText(c, lang), ...legalGrounds(c, lang, 'complaint').map((g) => g.text)),
    },
    { id: 'limits', heading: h(7, 'Grenzen van het bewijs', 'Limits of the evidence'), text: limitsText(recording, lang) },
    { id: 'requests', heading: h(8, 'Verzoek', 'What I ask'), text: requestsText(c, lang) },
    { id: 'attachments', heading: h(9, 'Bijlagen', 'Annexes'), text: annexText(annexes, lang) },
    {
      id: 'closing',
      heading: '',
      text: paragraphs(
        nl ? 'Met vriendelijke groet,' : 'Yours faithfully,',
        name,
        `${nl ? 'Handtekening (bij verzending per post)' : 'Signature (for the postal version)'}: ______________________`,
      ),
    },
  ];
  return assemble(sections, subject, c.f.recipients, [...(nothingReached(full) ? [allBlockedNote(lang, false)] : []), ...apNotes(lang, false, full)]);
}

/** The plain word when every request was blocked (the wizard then offers no complaint). */
export function allBlockedNote(lang: Lang, tip: boolean): string {
  return lang === 'nl'
    ? `Uw browser blokkeerde elk verzoek: er bereikten geen gegevens een bedrijf. Over een doorgifte van uw gegevens kan ${tip ? 'deze tip' : 'een klacht'} dus niet gaan; ${tip ? 'hij' : 'zij'} kan alleen melden wat de pagina probeerde te versturen.`
    : `Your browser blocked every request: no data reached any company. ${tip ? 'This tip' : 'A complaint'} therefore cannot be about a transfer of your data; it can only report what the page tried to send.`;
}
