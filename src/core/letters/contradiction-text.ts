// The consent contradictions (src/core/consent/contradictions.ts) as the letters state
// them: observations with their evidence and times, never conclusions about the user's
// mind. "After I refused, the site's own consent record said 'all accepted'"; "the site
// told Google storage was denied while requests went to Meta and LinkedIn"; "the page's
// TCF interface reported a completed choice with no action of mine". Each sentence only
// with its finding; the finding is computed from the visit's recorded timeline and its
// requests that were not blocked (a blocked request went nowhere).
import { findContradictions, type Contradiction, type ContradictionKind } from '../consent/contradictions';
import { carriesIdentifiers, requestWitnesses } from '../consent/request-witness';
import type { ConsentCategory, ConsentEvent, ConsentTimeline } from '../consent/types';
import { clockTime } from '../evidence/format-date';
import { isoWithOffset, parseIso } from '../evidence/time';
import type { EvidenceVisit, Lang } from '../evidence/types';
import type { PageRecord } from '../records/page-record';
import { recipientName } from './legal-entities';
import { observationRefs } from './plural';
import { joinList } from './text';

export interface LetterContradiction {
  kind: ContradictionKind;
  visit: EvidenceVisit;
  /** When the contradicting fact was received, in the recording's own offset. */
  atIso: string;
  /** The user's own refusal it contradicts (refused-but-record-granted), in the recording's offset. */
  refusedAtIso?: string;
  cmp?: string;
  /** What the site's record granted (refused-but-record-granted). */
  granted?: ConsentCategory[];
  allAccepted?: boolean;
  /** Recipients (legal entity, brand) of the requests sent despite the claim. */
  recipients: string[];
  requests: number;
  /** The requests sent despite the claim carried identifiers. */
  identifiers: boolean;
  /** The numbered observations the contradiction cites (filled in by case-facts). */
  observations: number[];
}

/** The contradictions of one visit, from what was recorded of it. */
export function visitContradictions(visit: EvidenceVisit): LetterContradiction[] {
  const events: ConsentEvent[] = visit.consent.recorded ? visit.consent.events.map((e) => e.event) : [];
  const timeline = visit.consent.recorded ? ({ events } as unknown as ConsentTimeline) : null;
  // Only requests that left the browser: the health shield's blocked attempts went nowhere.
  const sent = visit.requests.map((r) => r.recorded).filter((r) => !r.blockedBy);
  const page = { requests: sent, trackers: visit.trackers } as unknown as PageRecord;
  const found = findContradictions(timeline, requestWitnesses(page));
  const offset = parseIso(visit.startedAtIso)?.offsetMinutes ?? 0;
  const at = (t: number) => isoWithOffset(t, offset);
  return found.map((c) => toLetter(c, visit, events, at));
}

function toLetter(c: Contradiction, visit: EvidenceVisit, events: readonly ConsentEvent[], at: (t: number) => string): LetterContradiction {
  // The companies the finding names are the tracker database's; the letters name legal entities.
  const trackers = Object.values(visit.trackers).filter((t) => (c.companies ?? []).includes(t.tracker.company));
  const recipients = [...new Set(trackers.map((t) => recipientName(t.tracker.companyKey, t.tracker.company, t.tracker.key)))];
  const out: LetterContradiction = {
    kind: c.kind,
    visit,
    atIso: at(c.t),
    ...(c.cmp ? { cmp: c.cmp } : {}),
    recipients,
    requests: c.requests ?? 0,
    identifiers: trackers.some(carriesIdentifiers),
    observations: [],
  };
  if (c.kind === 'refused-but-record-granted') {
    const refusal = events.find((e) => e.type === 'choice' && e.choice === 'reject-all' && e.via !== 'tcf');
    const record = events.find((e) => e.type === 'cmp-record' && e.t === c.t);
    if (refusal) out.refusedAtIso = at(refusal.t);
    if (record?.type === 'cmp-record') {
      out.granted = record.granted.filter((g) => g !== 'necessary');
      out.allAccepted = record.says === 'accept-all';
    }
  }
  return out;
}

const CATEGORY: Record<Lang, Record<ConsentCategory, string>> = {
  nl: { necessary: 'noodzakelijk', preferences: 'voorkeuren', analytics: 'statistieken', marketing: 'marketing' },
  en: { necessary: 'necessary', preferences: 'preferences', analytics: 'statistics', marketing: 'marketing' },
};

/** One contradiction as a sentence in the first person, with its times and observation numbers. */
export function contradictionSentence(x: LetterContradiction, lang: Lang, yours = false): string {
  const nl = lang === 'nl';
  // In the letter to the organisation it is "uw website".
  const site = nl ? (yours ? 'uw website' : 'de website') : yours ? 'your website' : 'the website';
  const time = clockTime(x.atIso);
  const cmp = x.cmp ? ` (${x.cmp})` : '';
  const refs = x.observations.length ? ` (${observationRefs(x.observations, lang)})` : '';
  const to = joinList(x.recipients, lang);
  const n = x.requests;
  const requests = nl ? (n === 1 ? 'een verzoek' : `${n} verzoeken`) : n === 1 ? 'a request' : `${n} requests`;
  const withIds = x.identifiers ? (nl ? ' met identificatiecodes' : ' with identifiers') : '';
  switch (x.kind) {
    case 'refused-but-record-granted': {
      const refused = x.refusedAtIso ? (nl ? `Om ${clockTime(x.refusedAtIso)} weigerde ik in de cookiemelding. ` : `At ${clockTime(x.refusedAtIso)} I refused in the cookie banner. `) : '';
      const what = x.allAccepted || !x.granted?.length
        ? nl ? 'dat alles was geaccepteerd' : 'that everything was accepted'
        : nl ? `dat toestemming was gegeven voor ${joinList(x.granted.map((g) => CATEGORY.nl[g]), 'nl')}` : `that consent was given for ${joinList(x.granted.map((g) => CATEGORY.en[g]), 'en')}`;
      return nl
        ? `${refused}Daarna, om ${time}, stond in de eigen toestemmingsregistratie van ${site}${cmp} ${what}. Die registratie geeft mijn keuze dus niet weer.`
        : `${refused}Afterwards, at ${time}, ${site}’s own consent record${cmp} said ${what}. That record therefore does not reflect my choice.`;
    }
    case 'record-denied-but-identifiers-sent':
      return nl
        ? `Om ${time} stond in de eigen toestemmingsregistratie van ${site}${cmp} dat toestemming voor marketing was geweigerd. Daarna verstuurde mijn browser toch ${requests}${withIds} naar ${to}${refs}.`
        : `At ${time} ${site}’s own consent record${cmp} said that consent for marketing was refused. Afterwards my browser still sent ${requests}${withIds} to ${to}${refs}.`;
    case 'consent-mode-denied-but-meta-linkedin':
      return nl
        ? `Om ${time} meldde ${site} zelf aan Google dat opslag voor advertenties op dat moment was geweigerd (Google-toestemmingsmodus). Zolang die melding gold, verstuurde mijn browser toch ${requests}${withIds} naar ${to}${refs}.`
        : `At ${time} ${site} itself told Google that ad storage was denied at that moment (Google consent mode). While that signal stood, my browser still sent ${requests}${withIds} to ${to}${refs}.`;
    case 'tcf-action-without-interaction':
      return nl
        ? `Om ${time} meldde de TCF-toestemmingsinterface van ${site}${cmp} dat de bezoeker een keuze had gemaakt (“useractioncomplete”). Pixelwacht had tot dat moment geen enkele handeling van mij op de pagina vastgelegd: geen klik, geen toets en geen aanraking.`
        : `At ${time} ${site}’s TCF consent interface${cmp} reported that the visitor had completed a choice (“useractioncomplete”). Until then Pixelwacht had recorded no action of mine on the page: no click, no key and no touch.`;
  }
}

/** The paragraph for the consent section and the organisation letter; null without contradictions. */
export function contradictionsText(list: readonly LetterContradiction[], lang: Lang, yours = false): string | null {
  if (!list.length) return null;
  const nl = lang === 'nl';
  const head = yours
    ? nl ? 'Wat uw website zelf over toestemming vastlegde of meldde, spreekt mijn handelingen of haar eigen verzoeken tegen:' : 'What your website itself recorded or reported about consent contradicts my actions or its own requests:'
    : nl ? 'Wat de website zelf over toestemming vastlegde of meldde, spreekt mijn handelingen of haar eigen verzoeken tegen:' : 'What the website itself recorded or reported about consent contradicts my actions or its own requests:';
  return `${head}\n${list.map((x) => `- ${contradictionSentence(x, lang, yours)}`).join('\n')}`;
}
