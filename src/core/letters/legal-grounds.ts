// The complaint's legal assessment, paragraph by paragraph, each switched on by a
// fact in the evidence (legal-reference.md §2, §3, §7 point 6). Nothing here is
// stated without its trigger; the tests check each pairing.
import type { Lang } from '../evidence/types';
import { sentWithoutChoice, type Facts } from './facts';
import { joinList } from './text';

export type GroundId =
  | 'personal-data' | 'hashed-email' | 'tcf-string' | 'consent-missing' | 'after-reject' | 'consent-proof'
  | 'health' | 'pharmacy' | 'social-plugin' | 'transparency' | 'cookie-rule';

export interface Ground {
  id: GroundId;
  text: string;
}

export function legalGrounds(f: Facts, lang: Lang): Ground[] {
  const nl = lang === 'nl';
  const out: Ground[] = [];
  const add = (id: GroundId, text: string) => out.push({ id, text });

  add('personal-data', nl
    ? 'De verzoeken bevatten online identificatiecodes en het adres van de bezochte pagina. Dat zijn persoonsgegevens (artikel 4, onder 1, AVG, en overweging 26), en het verzamelen en doorgeven ervan is een verwerking (artikel 4, onder 2, AVG).'
    : 'The requests contained online identifiers and the address of the page visited. These are personal data (Article 4(1) GDPR and recital 26), and collecting and transmitting them is processing (Article 4(2) GDPR).');
  if (f.hashedEmail) {
    add('hashed-email', nl
      ? 'Een gehasht e-mailadres blijft een persoonsgegeven wanneer de ontvanger het kan koppelen aan een e-mailadres dat hij al kent (overweging 26 AVG).'
      : 'A hashed e-mail address remains personal data where the recipient can match it to an e-mail address it already holds (recital 26 GDPR).');
  }
  if (f.tcfString) {
    add('tcf-string', nl
      ? 'Een verzoek bevatte een TCF-toestemmingsstring; zo’n string is een persoonsgegeven wanneer hij te koppelen is aan een identificator zoals een IP-adres (HvJ EU 7 maart 2024, C-604/22, IAB Europe).'
      : 'A request carried a TCF consent string; such a string is personal data where it can be linked to an identifier such as an IP address (CJEU 7 March 2024, C-604/22, IAB Europe).');
  }
  if (sentWithoutChoice(f)) {
    add('consent-missing', nl
      ? 'Verzoeken vertrokken voordat ik een keuze had gemaakt. Toestemming moet vrij, specifiek, geïnformeerd en ondubbelzinnig zijn en blijken uit een duidelijke actieve handeling (artikel 4, onder 11, AVG); stilzwijgen of inactiviteit is geen toestemming (overweging 32). Voor deze verzoeken was er dus geen toestemming als grondslag (artikel 6, lid 1, onder a, AVG).'
      : 'Requests left before I had made any choice. Consent must be freely given, specific, informed and unambiguous, by a clear affirmative act (Article 4(11) GDPR); silence or inactivity is not consent (recital 32). For these requests there was therefore no consent to rely on (Article 6(1)(a) GDPR).');
  }
  if (f.states.has('after-reject')) {
    add('after-reject', nl
      ? 'Verzoeken vertrokken nadat ik in de cookiemelding had geweigerd. Voor die verzoeken kan de organisatie zich niet op mijn toestemming beroepen.'
      : 'Requests left after I had refused in the cookie banner. For those requests the organisation cannot rely on my consent.');
  }
  add('consent-proof', nl
    ? 'Beroept de organisatie zich op toestemming, dan moet zij die kunnen aantonen (artikel 7, lid 1, AVG), en moet intrekken even eenvoudig zijn als geven (artikel 7, lid 3, AVG). Zij moet kunnen aantonen dat zij aan de beginselen van artikel 5, lid 1, onder a tot en met c, AVG voldoet (artikel 5, lid 2, AVG).'
    : 'Where the organisation relies on consent, it must be able to demonstrate it (Article 7(1) GDPR), and withdrawing must be as easy as giving (Article 7(3) GDPR). It must be able to demonstrate compliance with the principles of Article 5(1)(a) to (c) GDPR (Article 5(2) GDPR).');
  if (f.healthVisits.length > 0) {
    add('health', nl
      ? 'Pixelwacht beoordeelde ' + (f.healthVisits.length === 1 ? 'een van de pagina’s' : 'meerdere pagina’s') + ' als gezondheidspagina. Het verzamelen van gegevens over bezoeken aan websites die betrekking hebben op bijzondere categorieën van persoonsgegevens is een verwerking van zulke gegevens wanneer daaruit zulke informatie blijkt; het bezoeken van of klikken op zo’n pagina is geen “kennelijk openbaar maken” (HvJ EU 4 juli 2023, C-252/21, Meta Platforms/Bundeskartellamt). Ook gegevens waaruit gevoelige informatie indirect, door afleiding, blijkt, vallen onder artikel 9, lid 1, AVG (HvJ EU 1 augustus 2022, C-184/20, OT). Gegevens over gezondheid (artikel 4, onder 15, AVG) mogen niet worden verwerkt, tenzij onder meer uitdrukkelijke toestemming is gegeven (artikel 9, lid 1 en lid 2, onder a, AVG).'
      : 'Pixelwacht assessed ' + (f.healthVisits.length === 1 ? 'one of the pages' : 'several pages') + ' as a health page. Collecting data about visits to websites relating to special categories of data is processing of such data where it reveals such information; visiting or clicking on such a page is not “manifestly making public” (CJEU 4 July 2023, C-252/21, Meta Platforms v Bundeskartellamt). Data that reveals sensitive information indirectly, by deduction, also falls under Article 9(1) GDPR (CJEU 1 August 2022, C-184/20, OT). Data concerning health (Article 4(15) GDPR) may not be processed unless, among other exceptions, explicit consent was given (Article 9(1) and 9(2)(a) GDPR).');
  }
  if (f.pharmacy) {
    add('pharmacy', nl
      ? 'Bestelgegevens voor geneesmiddelen die alleen bij de apotheek verkrijgbaar zijn, zijn gegevens over gezondheid; een zekere waarschijnlijkheid dat zij de klant betreffen is voldoende (HvJ EU 4 oktober 2024, C-21/23, Lindenapotheke).'
      : 'Order data for pharmacy-only medicines is data concerning health; a certain probability that it concerns the customer suffices (CJEU 4 October 2024, C-21/23, Lindenapotheke).');
  }
  if (f.socialPlugins.length > 0) {
    add('social-plugin', nl
      ? `Op de pagina werd een sociale plug-in van ${joinList(f.socialPlugins, lang)} geladen. Een website die zo’n plug-in insluit, is samen met de aanbieder gezamenlijk verwerkingsverantwoordelijke voor het verzamelen en doorgeven van bezoekersgegevens; dat gebeurt al bij het laden van de pagina, zonder klik, ook bij mensen zonder account (HvJ EU 29 juli 2019, C-40/17, Fashion ID; artikel 26 AVG).`
      : `The page loaded a social plug-in from ${joinList(f.socialPlugins, lang)}. A website that embeds such a plug-in is joint controller with its provider for collecting and transmitting visitors' data; this happens when the page loads, without a click, even for people without an account (CJEU 29 July 2019, C-40/17, Fashion ID; Article 26 GDPR).`);
  }
  add('transparency', nl
    ? `De organisatie moet bezoekers informeren over de ontvangers van hun gegevens en over doorgifte buiten de EER (artikel 13, lid 1, onder e en f, AVG); hier gaat het om ${joinList(f.recipients, lang)}.`
    : `The organisation must inform visitors about the recipients of their data and about transfers outside the EEA (Article 13(1)(e) and (f) GDPR); here these are ${joinList(f.recipients, lang)}.`);
  add('cookie-rule', nl
    ? 'Ter context: voor het plaatsen en uitlezen van cookies en vergelijkbare technieken geldt ook artikel 11.7a Telecommunicatiewet (artikel 5, lid 3, e-privacyrichtlijn). Op die regel houdt de Autoriteit Consument & Markt (ACM) toezicht; deze klacht gaat over de verwerking van persoonsgegevens onder de AVG.'
    : 'For context: placing and reading cookies and similar techniques is also governed by Article 11.7a of the Dutch Telecommunications Act (Article 5(3) of the ePrivacy Directive). That rule is supervised by the Netherlands Authority for Consumers and Markets (ACM); this complaint concerns the processing of personal data under the GDPR.');
  return out;
}
