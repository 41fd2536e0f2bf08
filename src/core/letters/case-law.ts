// The judgments the letters may cite (legal-reference.md §3), each as one citation
// per language. An ECLI is printed only when it was confirmed against Curia or
// EUR-Lex; the others were not confirmable here and are left out, as the reference asks.
import type { Lang } from '../evidence/types';

interface Judgment {
  nl: string;
  en: string;
  ecli: string;
  confirmed: boolean;
}

export const JUDGMENTS = {
  'C-252/21': { nl: 'HvJ EU 4 juli 2023, C-252/21, Meta Platforms e.a./Bundeskartellamt', en: 'CJEU 4 July 2023, C-252/21, Meta Platforms and Others v Bundeskartellamt', ecli: 'ECLI:EU:C:2023:537', confirmed: true },
  'C-40/17': { nl: 'HvJ EU 29 juli 2019, C-40/17, Fashion ID', en: 'CJEU 29 July 2019, C-40/17, Fashion ID', ecli: 'ECLI:EU:C:2019:629', confirmed: false },
  'C-673/17': { nl: 'HvJ EU 1 oktober 2019, C-673/17, Planet49', en: 'CJEU 1 October 2019, C-673/17, Planet49', ecli: 'ECLI:EU:C:2019:801', confirmed: false },
  'C-184/20': { nl: 'HvJ EU 1 augustus 2022, C-184/20, OT', en: 'CJEU 1 August 2022, C-184/20, OT', ecli: 'ECLI:EU:C:2022:601', confirmed: false },
  'C-604/22': { nl: 'HvJ EU 7 maart 2024, C-604/22, IAB Europe', en: 'CJEU 7 March 2024, C-604/22, IAB Europe', ecli: 'ECLI:EU:C:2024:214', confirmed: false },
  'C-21/23': { nl: 'HvJ EU 4 oktober 2024, C-21/23, Lindenapotheke', en: 'CJEU 4 October 2024, C-21/23, Lindenapotheke', ecli: 'ECLI:EU:C:2024:846', confirmed: false },
  'C-154/21': { nl: 'HvJ EU 12 januari 2023, C-154/21, Österreichische Post', en: 'CJEU 12 January 2023, C-154/21, Österreichische Post', ecli: 'ECLI:EU:C:2023:3', confirmed: false },
  'C-768/21': { nl: 'HvJ EU 26 september 2024, C-768/21', en: 'CJEU 26 September 2024, C-768/21', ecli: '', confirmed: false },
} as const satisfies Record<string, Judgment>;

export type CaseId = keyof typeof JUDGMENTS;

/** "HvJ EU 4 juli 2023, C-252/21, Meta Platforms e.a./Bundeskartellamt, ECLI:EU:C:2023:537". */
export function cite(id: CaseId, lang: Lang): string {
  const j: Judgment = JUDGMENTS[id];
  return j.confirmed && j.ecli ? `${j[lang]}, ${j.ecli}` : j[lang];
}
