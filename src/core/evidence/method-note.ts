// What Pixelwacht can and cannot see, said the same way in the report and the
// letters (legal-reference.md §7 point 7). The limits matter as much as the findings.
import type { Lang } from './types';

export const METHOD_NOTE: Record<Lang, string[]> = {
  en: [
    'Pixelwacht is a browser extension. It records the requests this browser sent while the pages were open: the address each request went to, what it contained, and when it was sent.',
    'It cannot see transfers from the website’s servers to other companies (for example server-side “conversion APIs”), and it cannot see what a recipient did with the data: whether it matched, filtered, stored or deleted it.',
    'The health verdict is an automatic assessment of the page’s address, title and text, with the reasons listed; it can be wrong, and the user can correct it.',
    'The consent state of each request compares the request’s time with what the page did and what the user did (first interaction, cookie banner, choice). Where no such timeline was recorded, the state is “unknown”.',
  ],
  nl: [
    'Pixelwacht is een browserextensie. De extensie legt de verzoeken vast die deze browser verstuurde terwijl de pagina’s open waren: het adres waarnaar elk verzoek ging, wat erin stond en wanneer het werd verstuurd.',
    'Zij ziet geen doorgifte vanaf de servers van de website aan andere bedrijven (bijvoorbeeld server-side “conversie-API’s”), en zij ziet niet wat een ontvanger met de gegevens deed: of die ze koppelde, filterde, bewaarde of verwijderde.',
    'Het gezondheidsoordeel is een automatische beoordeling van het adres, de titel en de tekst van de pagina, met de redenen erbij; het kan onjuist zijn, en de gebruiker kan het corrigeren.',
    'De toestemmingsstatus van elk verzoek vergelijkt het tijdstip van het verzoek met wat de pagina en de gebruiker deden (eerste interactie, cookiemelding, keuze). Waar zo’n tijdlijn niet is vastgelegd, is de status “onbekend”.',
  ],
};
