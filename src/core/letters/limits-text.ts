// What the evidence can and cannot show, for the letters (legal-reference.md §7 point 7).
import type { Lang } from '../evidence/types';
import type { Recording } from './recording';

export function limitsText(recording: Recording, lang: Lang): string {
  const nl = lang === 'nl';
  const how = recording.kind === 'har'
    ? nl ? 'Een HAR-bestand uit de ontwikkelaarstools van de browser bevat de verzoeken die de browser verstuurde terwijl de pagina’s open waren.' : 'A HAR file from the browser’s developer tools holds the requests the browser sent while the pages were open.'
    : nl ? 'Pixelwacht is een browserextensie. De extensie legt de verzoeken vast die mijn browser verstuurde terwijl de pagina’s open waren: het adres waarnaar elk verzoek ging, wat erin stond en wanneer het werd verstuurd.' : 'Pixelwacht is a browser extension. It records the requests my browser sent while the pages were open: the address each request went to, what it contained and when it was sent.';
  const cannot = nl
    ? 'Zo’n vastlegging toont niet welke gegevens de servers van de website rechtstreeks aan andere bedrijven doorgaven (bijvoorbeeld via server-side “conversie-API’s”), en niet wat een ontvanger met de gegevens deed: of die ze koppelde, filterde, bewaarde of verwijderde.'
    : 'Such a recording does not show what the website’s servers passed on to other companies directly (for example through server-side “conversion APIs”), nor what a recipient did with the data: whether it matched, filtered, stored or deleted it.';
  const burden = nl
    ? 'De bewijslast dat de verwerking rechtmatig is, ligt bij de verwerkingsverantwoordelijke (artikel 5, lid 2, AVG).'
    : 'The burden of proving that the processing is lawful lies with the controller (Article 5(2) GDPR).';
  return `${how} ${cannot}\n\n${burden}`;
}
