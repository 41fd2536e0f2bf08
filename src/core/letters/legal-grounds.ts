// The legal assessment, paragraph by paragraph. Each argument is switched on by the
// observations that support it (case-facts.ts) and cites them by number; with no
// such observation it is left out (legal-reference.md §2, §3, §7). The tests check
// every pairing both ways.
import type { Lang } from '../evidence/types';
import { afterRefusal, withoutChoice, type CaseFacts } from './case-facts';
import { cite } from './case-law';
import { observationRefs } from './plural';
import { joinList } from './text';

export type GroundId =
  | 'personal-data' | 'hashed-email' | 'hashed-phone' | 'own-email' | 'own-phone' | 'tcf-string' | 'consent-missing' | 'after-reject' | 'consent-proof'
  | 'health' | 'accept-not-explicit' | 'no-legitimate-interest' | 'pharmacy-order' | 'google-denied' | 'site-contradicts' | 'site-record-denied'
  | 'joint-controllers' | 'transparency' | 'transfer' | 'cookie-rule';

export interface Ground {
  id: GroundId;
  text: string;
  /** The numbered observations the ground rests on (empty: it rests on all, or on none in particular). */
  observations: number[];
}

export type DocKind = 'complaint' | 'tip';

export function legalGrounds(c: CaseFacts, lang: Lang, doc: DocKind = 'complaint'): Ground[] {
  const nl = lang === 'nl';
  const out: Ground[] = [];
  const add = (id: GroundId, observations: number[], text: string) => out.push({ id, text, observations });
  const refs = (ns: number[]) => `(${observationRefs(ns, lang)})`;
  const all = c.numbered.map((o) => o.n);
  // "De verzoeken" when every observation is meant, "Een deel van de verzoeken" otherwise.
  const requestsIn = (ns: number[]) => c.numbered.filter((o) => ns.includes(o.n)).reduce((sum, o) => sum + o.tracker.requestCount, 0);
  const one = (ns: number[]) => requestsIn(ns) === 1;
  const which = (ns: number[]) => ns.length === all.length
    ? one(ns) ? nl ? `Het verzoek ${refs(ns)} werd` : `The request ${refs(ns)} was` : nl ? `De verzoeken ${refs(ns)} werden` : `The requests ${refs(ns)} were`
    : nl ? `Een deel van de verzoeken ${refs(ns)} werd` : `Some of the requests ${refs(ns)} were`;
  const basisOf = (ns: number[], recordedNs: number[]) => {
    const recorded = ns.some((n) => recordedNs.includes(n));
    const stated = ns.some((n) => !recordedNs.includes(n));
    return recorded && stated
      ? nl ? 'zoals Pixelwacht vastlegde en zoals ik hierboven zelf verklaar' : 'as Pixelwacht recorded and as I state above'
      : recorded ? nl ? 'zoals Pixelwacht vastlegde' : 'as Pixelwacht recorded' : nl ? 'zoals ik hierboven zelf verklaar' : 'as I state above';
  };
  const recipients = joinList(c.f.recipients, lang);

  add('personal-data', all, nl
    ? `${one(all) ? 'Het verzoek bevatte' : 'De verzoeken bevatten'} online identificatiecodes en het adres van de bezochte pagina. Dat zijn persoonsgegevens (artikel 4, onder 1, AVG, en overweging 26), en het verzamelen en doorgeven ervan is een verwerking (artikel 4, onder 2, AVG).`
    : `${one(all) ? 'The request contained' : 'The requests contained'} online identifiers and the address of the page visited. These are personal data (Article 4(1) GDPR and recital 26), and collecting and transmitting them is processing (Article 4(2) GDPR).`);
  if (c.hashedEmail.length) {
    add('hashed-email', c.hashedEmail, nl
      ? `Een gehasht e-mailadres ${refs(c.hashedEmail)} blijft een persoonsgegeven wanneer de ontvanger het kan koppelen aan een e-mailadres dat hij al kent (overweging 26 AVG).`
      : `A hashed e-mail address ${refs(c.hashedEmail)} remains personal data where the recipient can match it to an e-mail address it already holds (recital 26 GDPR).`);
  }
  if (c.hashedPhone.length) {
    add('hashed-phone', c.hashedPhone, nl
      ? `Een gehasht telefoonnummer ${refs(c.hashedPhone)} blijft een persoonsgegeven wanneer de ontvanger het kan koppelen aan een telefoonnummer dat hij al kent (overweging 26 AVG).`
      : `A hashed phone number ${refs(c.hashedPhone)} remains personal data where the recipient can match it to a phone number it already holds (recital 26 GDPR).`);
  }
  if (c.ownEmail.length) {
    add('own-email', c.ownEmail, nl
      ? `Ik heb zelf nagerekend dat de gehashte waarde in ${observationRefs(c.ownEmail, lang)} de SHA-256-hash van mijn e-mailadres is. Het gaat dus om mijn eigen gegevens.`
      : `I have checked myself that the hashed value in ${observationRefs(c.ownEmail, lang)} is the SHA-256 hash of my e-mail address. The data is therefore my own.`);
  }
  if (c.ownPhone.length) {
    add('own-phone', c.ownPhone, nl
      ? `Ik heb zelf nagerekend dat de gehashte waarde in ${observationRefs(c.ownPhone, lang)} de SHA-256-hash van mijn telefoonnummer is. Het gaat dus om mijn eigen gegevens.`
      : `I have checked myself that the hashed value in ${observationRefs(c.ownPhone, lang)} is the SHA-256 hash of my phone number. The data is therefore my own.`);
  }
  if (c.tcf.length) {
    add('tcf-string', c.tcf, nl
      ? `Een verzoek bevatte een TCF-toestemmingsstring ${refs(c.tcf)}; zo’n string is een persoonsgegeven wanneer hij te koppelen is aan een identificatiecode zoals een IP-adres (${cite('C-604/22', lang)}).`
      : `A request carried a TCF consent string ${refs(c.tcf)}; such a string is personal data where it can be linked to an identifier such as an IP address (${cite('C-604/22', lang)}).`);
  }
  const noChoice = withoutChoice(c);
  if (noChoice.length) {
    add('consent-missing', noChoice, nl
      ? `${which(noChoice)} verstuurd voordat ik een keuze had gemaakt, ${basisOf(noChoice, c.beforeChoice)}. Toestemming moet vrij, specifiek, geïnformeerd en ondubbelzinnig zijn en blijken uit een duidelijke actieve handeling (artikel 4, onder 11, AVG); stilzwijgen of inactiviteit is geen toestemming (overweging 32). Voor ${one(noChoice) ? 'dit verzoek' : 'deze verzoeken'} kan de organisatie zich dus niet op toestemming beroepen (artikel 6, lid 1, onder a, AVG).`
      : `${which(noChoice)} sent before I had made any choice, ${basisOf(noChoice, c.beforeChoice)}. Consent must be freely given, specific, informed and unambiguous, by a clear affirmative act (Article 4(11) GDPR); silence or inactivity is not consent (recital 32). For ${one(noChoice) ? 'this request' : 'these requests'} the organisation therefore cannot rely on consent (Article 6(1)(a) GDPR).`);
  }
  const refused = afterRefusal(c);
  if (refused.length) {
    add('after-reject', refused, nl
      ? `${which(refused)} verstuurd nadat ik in de cookiemelding had geweigerd, ${basisOf(refused, c.afterReject)}. Voor ${one(refused) ? 'dat verzoek' : 'die verzoeken'} kan de organisatie zich niet op mijn toestemming beroepen.`
      : `${which(refused)} sent after I had refused in the cookie banner, ${basisOf(refused, c.afterReject)}. For ${one(refused) ? 'that request' : 'those requests'} the organisation cannot rely on my consent.`);
  }
  add('consent-proof', [], nl
    ? 'Beroept de organisatie zich op toestemming, dan moet zij die kunnen aantonen (artikel 7, lid 1, AVG), en moet intrekken even eenvoudig zijn als geven (artikel 7, lid 3, AVG). Zij moet kunnen aantonen dat zij aan de beginselen van artikel 5, lid 1, onder a tot en met c, AVG voldoet (artikel 5, lid 2, AVG).'
    : 'Where the organisation relies on consent, it must be able to demonstrate it (Article 7(1) GDPR), and withdrawing must be as easy as giving (Article 7(3) GDPR). It must be able to demonstrate compliance with the principles of Article 5(1)(a) to (c) GDPR (Article 5(2) GDPR).');
  if (c.health.length) {
    add('health', c.health, nl
      ? `${one(c.health) ? 'Het verzoek' : 'De verzoeken'} ${refs(c.health)} ${one(c.health) ? 'ging' : 'gingen'} uit van een pagina die Pixelwacht als gezondheidspagina beoordeelde. Het Hof van Justitie oordeelde over het verzamelen door Meta van gegevens over bezoeken aan websites en apps die betrekking hebben op bijzondere categorieën van persoonsgegevens: dat verzamelen is een verwerking van zulke gegevens wanneer daaruit zulke informatie blijkt, en het bezoeken van of klikken op zo’n pagina is geen “kennelijk openbaar maken” (${cite('C-252/21', lang)}). Ook gegevens waaruit gevoelige informatie indirect, door afleiding, blijkt, vallen onder artikel 9, lid 1, AVG (${cite('C-184/20', lang)}). Gegevens over gezondheid (artikel 4, onder 15, AVG) mogen niet worden verwerkt (artikel 9, lid 1, AVG), tenzij een van de uitzonderingen van artikel 9, lid 2, AVG geldt, zoals uitdrukkelijke toestemming van de betrokkene (onder a). Die uitdrukkelijke toestemming heb ik niet gegeven.`
      : `${one(c.health) ? 'The request' : 'The requests'} ${refs(c.health)} came from a page Pixelwacht assessed as a health page. The Court of Justice ruled on Meta’s collection of data about visits to websites and apps relating to special categories of personal data: that collection is processing of such data where it reveals such information, and visiting or clicking on such a page is not “manifestly making public” (${cite('C-252/21', lang)}). Data that reveals sensitive information indirectly, by deduction, also falls under Article 9(1) GDPR (${cite('C-184/20', lang)}). Data concerning health (Article 4(15) GDPR) may not be processed unless, among other exceptions, explicit consent was given (Article 9(1) and 9(2)(a) GDPR). I did not give such explicit consent.`);
    add('no-legitimate-interest', c.health, nl
      ? 'Een gerechtvaardigd belang (artikel 6, lid 1, onder f, AVG) kan het verbod van artikel 9, lid 1, AVG niet opheffen: artikel 9, lid 2, AVG somt de uitzonderingen limitatief op, en een gerechtvaardigd belang hoort daar niet bij.'
      : 'A legitimate interest (Article 6(1)(f) GDPR) cannot lift the prohibition of Article 9(1) GDPR: Article 9(2) GDPR lists the exceptions exhaustively, and a legitimate interest is not among them.');
  }
  if (c.healthAfterAccept.length) {
    add('accept-not-explicit', c.healthAfterAccept, nl
      ? `${which(c.healthAfterAccept)} verstuurd nadat ik in de cookiemelding op accepteren had geklikt, ${basisOf(c.healthAfterAccept, c.afterAccept)}. Zo’n klik is geen uitdrukkelijke toestemming om bezoeken aan een gezondheidspagina met derden te delen: uitdrukkelijke toestemming vraagt een uitdrukkelijke verklaring voor juist die verwerking (artikel 9, lid 2, onder a, AVG; EDPB-richtsnoeren 05/2020 inzake toestemming, onderdeel over uitdrukkelijke toestemming).`
      : `${which(c.healthAfterAccept)} sent after I had clicked accept in the cookie banner, ${basisOf(c.healthAfterAccept, c.afterAccept)}. Such a click is not explicit consent to share visits to a health page with third parties: explicit consent requires an express statement for that very processing (Article 9(2)(a) GDPR; EDPB Guidelines 05/2020 on consent, section on explicit consent).`);
  }
  if (c.pharmacyOrders.length) {
    add('pharmacy-order', c.pharmacyOrders, nl
      ? `${one(c.pharmacyOrders) ? 'Het verzoek' : 'De verzoeken'} ${refs(c.pharmacyOrders)} ${one(c.pharmacyOrders) ? 'meldde' : 'meldden'} een bestelling of een product in het winkelmandje op de website van een apotheek. Bestelgegevens voor geneesmiddelen die alleen bij de apotheek verkrijgbaar zijn, zijn gegevens over gezondheid; een zekere waarschijnlijkheid dat zij de klant betreffen is voldoende (${cite('C-21/23', lang)}).`
      : `${one(c.pharmacyOrders) ? 'The request' : 'The requests'} ${refs(c.pharmacyOrders)} reported an order or a product added to the cart on a pharmacy’s website. Order data for pharmacy-only medicines is data concerning health; a certain probability that it concerns the customer suffices (${cite('C-21/23', lang)}).`);
  }
  if (c.googleDenied.length && c.othersWhileDenied.length) {
    add('google-denied', [...c.googleDenied, ...c.othersWhileDenied], nl
      ? `Met ${c.googleDenied.length === 1 ? 'het verzoek' : 'de verzoeken'} in ${observationRefs(c.googleDenied, lang)} meldde de website zelf aan Google dat opslag voor advertenties of analyse op dat moment was geweigerd (Google-toestemmingsmodus; dat kan de standaardinstelling van de site zijn vóór een keuze). Tijdens ${c.f.visits.length === 1 ? 'hetzelfde bezoek' : 'dezelfde bezoeken'} gingen verzoeken naar andere ontvangers (${observationRefs(c.othersWhileDenied, lang)}). De website gaf dus zelf aan dat er geen toestemming was, terwijl zij die gegevens toch liet versturen.`
      : `With the ${c.googleDenied.length === 1 ? 'request' : 'requests'} in ${observationRefs(c.googleDenied, lang)} the website itself told Google that ad or analytics storage was denied at that moment (Google consent mode; this can be the site’s default before any choice). During the same ${c.f.visits.length === 1 ? 'visit' : 'visits'}, requests went to other recipients (${observationRefs(c.othersWhileDenied, lang)}). The website thus itself signalled that there was no consent, while it still let that data be sent.`);
  }
  const claims = c.contradictions.filter((x) => x.kind === 'refused-but-record-granted' || x.kind === 'tcf-action-without-interaction');
  if (claims.length) {
    const refusedRecord = claims.some((x) => x.kind === 'refused-but-record-granted');
    const tcfClaim = claims.some((x) => x.kind === 'tcf-action-without-interaction');
    const what = nl
      ? joinList([...(refusedRecord ? ['na mijn weigering vermeldde haar eigen toestemmingsregistratie toch toestemming'] : []), ...(tcfClaim ? ['haar TCF-interface meldde een voltooide keuze terwijl ik niets had gedaan'] : [])], lang)
      : joinList([...(refusedRecord ? ['after my refusal its own consent record still stated consent'] : []), ...(tcfClaim ? ['its TCF interface reported a completed choice while I had done nothing'] : [])], lang);
    add('site-contradicts', [], nl
      ? `Wat de website zelf over mijn toestemming vastlegde, is geen bewijs van toestemming (zie hierboven onder “Cookiemelding en toestemming”): ${what}. Toestemming moet blijken uit een duidelijke actieve handeling van mij (artikel 4, onder 11, AVG), en de organisatie moet haar kunnen aantonen (artikel 7, lid 1, AVG); een registratie die mijn handelingen tegenspreekt, toont die toestemming niet aan.`
      : `What the website itself recorded about my consent is no proof of consent (see “Consent interface” above): ${what}. Consent must be shown by a clear affirmative act of mine (Article 4(11) GDPR), and the organisation must be able to demonstrate it (Article 7(1) GDPR); a record that contradicts my actions does not demonstrate that consent.`);
  }
  const deniedRecord = [...new Set(c.contradictions.filter((x) => x.kind === 'record-denied-but-identifiers-sent').flatMap((x) => x.observations))].sort((a, b) => a - b);
  if (deniedRecord.length) {
    add('site-record-denied', deniedRecord, nl
      ? `Volgens haar eigen toestemmingsregistratie had de website geen toestemming voor marketing, en toch gingen daarna verzoeken naar andere ontvangers ${refs(deniedRecord)}. Voor die verzoeken kan de organisatie zich dus niet op toestemming beroepen (artikel 6, lid 1, onder a, AVG).`
      : `According to its own consent record the website had no consent for marketing, and still requests went to other recipients afterwards ${refs(deniedRecord)}. For those requests the organisation therefore cannot rely on consent (Article 6(1)(a) GDPR).`);
  }
  if (c.pixels.length || c.plugins.length) {
    const parts: string[] = [];
    if (c.plugins.length) parts.push(nl
      ? `Een website die een sociale plug-in insluit ${refs(c.plugins)}, is met de aanbieder ervan gezamenlijk verwerkingsverantwoordelijke voor het verzamelen en doorgeven van de gegevens van bezoekers; dat gebeurt al bij het laden van de pagina, zonder klik, ook bij mensen zonder account (${cite('C-40/17', lang)}).`
      : `A website that embeds a social plug-in ${refs(c.plugins)} is joint controller with its provider for collecting and transmitting visitors’ data; this happens when the page loads, without a click, even for people without an account (${cite('C-40/17', lang)}).`);
    if (c.pixels.length && c.plugins.length) parts.push(nl
      ? `Voor een trackingpixel ${refs(c.pixels)} geldt hetzelfde: de website en het platform zijn gezamenlijk verwerkingsverantwoordelijk voor het verzamelen en doorgeven (EDPB-richtsnoeren 8/2020 over het targeten van gebruikers van sociale media, het voorbeeld van een website met een trackingpixel).`
      : `The same holds for a tracking pixel ${refs(c.pixels)}: the website and the platform are joint controllers for the collection and transmission (EDPB Guidelines 8/2020 on the targeting of social media users, the example of a website with a tracking pixel).`);
    else if (c.pixels.length) parts.push(nl
      ? `Een website die een trackingpixel insluit ${refs(c.pixels)}, is met het platform gezamenlijk verwerkingsverantwoordelijke voor het verzamelen en doorgeven van de gegevens van bezoekers (EDPB-richtsnoeren 8/2020 over het targeten van gebruikers van sociale media, het voorbeeld van een website met een trackingpixel). Het Hof van Justitie oordeelde zo over een website die een sociale plug-in insluit (${cite('C-40/17', lang)}).`
      : `A website that embeds a tracking pixel ${refs(c.pixels)} is joint controller with the platform for collecting and transmitting visitors’ data (EDPB Guidelines 8/2020 on the targeting of social media users, the example of a website with a tracking pixel). The Court of Justice so held for a website that embeds a social plug-in (${cite('C-40/17', lang)}).`);
    parts.push(nl
      ? 'De organisatie is dus zelf verantwoordelijk voor deze verzameling en doorgifte (artikel 26 AVG).'
      : 'The organisation is therefore itself responsible for this collection and transmission (Article 26 GDPR).');
    add('joint-controllers', [...c.plugins, ...c.pixels].sort((a, b) => a - b), parts.join(' '));
  }
  add('transparency', [], nl
    ? `De organisatie moet bezoekers informeren over de ontvangers van hun gegevens (artikel 13, lid 1, onder e, AVG); hier gaat het om ${recipients}.`
    : `The organisation must inform visitors about the recipients of their data (Article 13(1)(e) GDPR); here these are ${recipients}.`);
  if (c.transfers.length) {
    add('transfer', c.transfers, nl
      ? `${one(c.transfers) ? 'Het verzoek' : 'De verzoeken'} ${refs(c.transfers)} ${one(c.transfers) ? 'ging' : 'gingen'} naar een ontvanger die buiten de EER is gevestigd; daarover moet de organisatie ook informeren (artikel 13, lid 1, onder f, AVG).`
      : `${one(c.transfers) ? 'The request' : 'The requests'} ${refs(c.transfers)} went to a recipient established outside the EEA; the organisation must also inform visitors about that (Article 13(1)(f) GDPR).`);
  }
  const subject = doc === 'tip' ? (nl ? 'deze tip gaat' : 'this tip is') : nl ? 'deze klacht gaat' : 'this complaint is';
  add('cookie-rule', [], nl
    ? `Ter toelichting: voor het plaatsen en uitlezen van cookies en vergelijkbare technieken geldt ook artikel 11.7a Telecommunicatiewet (artikel 5, lid 3, e-privacyrichtlijn). Op die regel houdt de Autoriteit Consument & Markt (ACM) toezicht; ${subject} over de verwerking van persoonsgegevens onder de AVG.`
    : `By way of explanation: placing and reading cookies and similar techniques is also governed by Article 11.7a of the Dutch Telecommunications Act (Article 5(3) of the ePrivacy Directive). That rule is supervised by the Netherlands Authority for Consumers and Markets (ACM); ${subject} about the processing of personal data under the GDPR.`);
  return out;
}

export interface Infringement {
  provision: string;
  observations: number[];
}

/** The provisions said to be infringed, each with the observations that support it. */
export function infringements(c: CaseFacts, lang: Lang): Infringement[] {
  const nl = lang === 'nl';
  const out: Infringement[] = [];
  const deniedByRecord = c.contradictions.filter((x) => x.kind === 'record-denied-but-identifiers-sent').flatMap((x) => x.observations);
  const unlawful = [...new Set([...withoutChoice(c), ...afterRefusal(c), ...deniedByRecord])].sort((a, b) => a - b);
  if (unlawful.length) out.push({ provision: nl ? 'artikel 6, lid 1, AVG, met artikel 4, onder 11, en artikel 7, lid 1, AVG: verwerking zonder geldige grondslag' : 'Article 6(1) GDPR, with Articles 4(11) and 7(1) GDPR: processing without a valid legal basis', observations: unlawful });
  if (c.health.length) out.push({ provision: nl ? 'artikel 9, lid 1, AVG: verwerking van gegevens over gezondheid zonder uitdrukkelijke toestemming' : 'Article 9(1) GDPR: processing of data concerning health without explicit consent', observations: [...new Set([...c.health, ...c.pharmacyOrders])].sort((a, b) => a - b) });
  if (unlawful.length || c.health.length) out.push({ provision: nl ? 'artikel 5, lid 1, onder a, AVG: rechtmatigheid' : 'Article 5(1)(a) GDPR: lawfulness', observations: [...new Set([...unlawful, ...c.health])].sort((a, b) => a - b) });
  return out;
}
