// The alternative to a complaint: an anonymous tip (melding) to the AP. It says
// "tip", carries no name, address or placeholders for them, and by default its
// text and its annex leave out the user's own identifiers and full page addresses
// (the AP warns that a tip can be traced back). The user can opt in to the full file.
import { longDate } from '../evidence/format-date';
import { makeRedactor, type Redaction } from '../evidence/redaction';
import { AP } from './ap';
import { annexList, annexRef, annexText } from './annexes';
import { allBlockedNote, consentSection, apNotes, assemble, nothingReachedText, orgBlock, summaryText } from './ap-complaint';
import { caseFactsOf, nothingReached, reachedFacts } from './case-facts';
import { NO_STATEMENT } from './consent-statement';
import { legalGrounds } from './legal-grounds';
import { limitsText } from './limits-text';
import { observationsText } from './observation-text';
import { counted } from './plural';
import { EXTENSION_RECORDING } from './recording';
import { paragraphs } from './text';
import type { CommonInput, LetterDraft, LetterSection } from './types';

export interface TipInput extends CommonInput {
  /**
   * The annex the tip refers to: 'redacted' (default) is the evidence file without the
   * user's identifiers or full page addresses (redactBundleForTip); 'full' is the whole
   * file, chosen knowingly. `digest` must be the SHA-256 of that file.
   */
  annex?: 'redacted' | 'full';
}

/** The tip's default redaction of its own text: the user's identifiers are removed. */
export const TIP_REDACTION: Redaction = { pageAddresses: 'full', ownIdentifiers: 'remove' };

export function draftApTip(input: TipInput): LetterDraft {
  const { bundle, lang } = input;
  const nl = lang === 'nl';
  const full = input.annex === 'full';
  const allFacts = caseFactsOf(bundle, input.statement ?? NO_STATEMENT, []);
  // Allegations rest only on what reached a company; the observations list the attempts too.
  const c = reachedFacts(allFacts);
  const r = makeRedactor(bundle, input.redaction ?? (full ? { pageAddresses: 'full', ownIdentifiers: 'show' } : TIP_REDACTION), lang);
  const recording = input.recording ?? EXTENSION_RECORDING;
  // A HAR from the user's own browser is full of their identifiers: never the tip's annex.
  const annexes = annexList(bundle, lang, { digest: input.digest, recording: full ? recording : EXTENSION_RECORDING, correspondence: false, screenshots: false, redactedEvidence: !full });
  const subject = nl ? `Tip over de website ${bundle.site}` : `Tip about the website ${bundle.site}`;
  const h = (n: number, nlText: string, enText: string) => `${n}. ${nl ? nlText : enText}`;
  const evidenceRef = annexRef(annexes, 'evidence', lang);
  const sections: LetterSection[] = [
    {
      id: 'header',
      heading: '',
      text: paragraphs(
        AP.postal.join('\n'),
        longDate(input.date, lang),
        `${nl ? 'Onderwerp' : 'Subject'}: ${subject}`,
        nl ? 'Dit is een anonieme tip.' : 'This is an anonymous tip.',
        orgBlock({ ...input, organisation: { ...input.organisation } }, lang),
      ),
    },
    { id: 'summary', heading: h(1, 'Samenvatting', 'Summary'), text: summaryText(allFacts, lang) },
    {
      id: 'observations',
      heading: h(2, 'Waarnemingen', 'Observations'),
      text: paragraphs(
        nl
          ? `Hieronder staat per pagina wat de browser verstuurde${allFacts.attempts.length ? ' of, waar het gezondheidsschild van Pixelwacht het blokkeerde, wat de pagina probeerde te versturen' : ''}, genummerd (${counted('observation', allFacts.numbered.length, 'nl')}); de verzoeken staan in ${evidenceRef}.`
          : `Below, per page, is what the browser sent${allFacts.attempts.length ? ' or, where Pixelwacht’s health shield blocked it, what the page tried to send' : ''}, numbered (${counted('observation', allFacts.numbered.length, 'en')}); the requests are in ${evidenceRef}.`,
        observationsText(allFacts, r),
      ),
    },
    { id: 'consent-interface', heading: h(3, 'Cookiemelding en toestemming', 'Consent interface'), text: consentSection(allFacts, lang, r, false) },
    {
      id: 'legal',
      heading: h(4, 'Juridische beoordeling', 'Legal assessment'),
      text: nothingReached(allFacts) ? nothingReachedText(allFacts, lang) : legalGrounds(c, lang, 'tip').map((g) => g.text).join('\n\n'),
    },
    { id: 'limits', heading: h(5, 'Grenzen van het bewijs', 'Limits of the evidence'), text: limitsText(recording, lang) },
    {
      id: 'requests',
      heading: h(6, 'Verzoek', 'What I ask'),
      text: nl
        ? 'Ik verzoek de AP deze tip te betrekken bij haar toezicht en na te gaan of bezoekers van deze website worden getroffen.'
        : 'I ask the AP to take this tip into account in its supervision and to check whether visitors to this website are affected.',
    },
    { id: 'attachments', heading: h(7, 'Bijlagen', 'Annexes'), text: annexText(annexes, lang) },
  ];
  const warning = full
    ? nl ? 'U heeft gekozen voor het volledige bewijsbestand. Dat bevat uw eigen identificatiecodes (zoals cookie-ID’s, klik-ID’s en een gehasht e-mailadres) en volledige webadressen: daarmee is de tip naar u te herleiden.' : 'You chose the full evidence file. It holds your own identifiers (such as cookie ids, click ids and a hashed e-mail address) and full page addresses: with them the tip can be traced back to you.'
    : nl ? 'De bijlage is een bewerkt bewijsbestand zonder uw eigen identificatiecodes en zonder volledige webadressen. Wilt u toch het volledige bestand meesturen, kies daar dan bewust voor: daarmee is de tip naar u te herleiden.' : 'The annex is an edited evidence file without your own identifiers and without full page addresses. If you still want to send the full file, choose so knowingly: with it the tip can be traced back to you.';
  return assemble(sections, subject, c.f.recipients, [warning, ...(nothingReached(allFacts) ? [allBlockedNote(lang, true)] : []), ...apNotes(lang, true, allFacts)]);
}
