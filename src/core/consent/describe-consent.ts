// Plain-language description of a request's consent state, in Dutch or English, for
// the popup, the evidence report and the letters. Wording is factual and neutral:
// it says when the request left and what the user had done, never what the
// recipient "knows".

import { googleConsentStates, type GoogleConsentStorage } from '../decoders/findings';
import type { ConsentSignals } from '../decoders/types';
import type { Lang } from '../model';
import type { ChoiceKind, ConsentState } from './types';

export interface DescribeDetail {
  /** For 'earlier-choice': the earlier choice, when known. */
  earlierChoice?: ChoiceKind;
  /** The health shield blocked every request it speaks of: they were attempts, nothing was sent. */
  blocked?: boolean;
}

const STATE_TEXT: Record<Lang, Record<ConsentState, string>> = {
  en: {
    'before-any-interaction': 'before you did anything',
    'banner-unanswered': 'while the cookie banner was still unanswered',
    'after-reject': 'after you refused',
    'after-accept': 'after you accepted',
    'after-custom': 'after you saved your own cookie settings',
    'earlier-choice': 'after a cookie choice made earlier on this site',
    unknown: 'it is not known whether you had made a cookie choice',
  },
  nl: {
    'before-any-interaction': 'voordat u iets deed',
    'banner-unanswered': 'terwijl de cookiemelding nog niet beantwoord was',
    'after-reject': 'nadat u had geweigerd',
    'after-accept': 'nadat u had geaccepteerd',
    'after-custom': 'nadat u eigen cookie-instellingen had opgeslagen',
    'earlier-choice': 'na een cookiekeuze die eerder op deze site is gemaakt',
    unknown: 'het is niet bekend of u al een cookiekeuze had gemaakt',
  },
};

const EARLIER: Record<Lang, Partial<Record<ChoiceKind, string>>> = {
  en: { 'accept-all': ' (you accepted)', 'reject-all': ' (you refused)', 'save-custom': ' (your own settings)' },
  nl: { 'accept-all': ' (u accepteerde)', 'reject-all': ' (u weigerde)', 'save-custom': ' (uw eigen instellingen)' },
};

const SINCE: Record<Lang, string> = { en: 'after the page started loading', nl: 'nadat de pagina begon te laden' };

export const GOOGLE_STORAGE_NAMES: Record<Lang, Record<GoogleConsentStorage, string>> = {
  en: { ad_storage: 'ad storage', analytics_storage: 'analytics storage', ad_user_data: 'ad user data', ad_personalization: 'ad personalisation' },
  nl: { ad_storage: 'advertentieopslag', analytics_storage: 'analytische opslag', ad_user_data: 'advertentiegebruikersgegevens', ad_personalization: 'advertentiepersonalisatie' },
};

/**
 * "0.4 s after the page started loading, before you did anything; sent although the
 * site's own Google consent signal says ad storage denied".
 * `signals` is the request's own consent signals as decoded (a disclosure's `consent`), read
 * defensively through the decoders' own reader.
 */
export function describeConsent(
  state: ConsentState,
  sinceMs: number | null,
  lang: Lang,
  signals?: ConsentSignals | null,
  detail?: DescribeDetail,
): string {
  let text = STATE_TEXT[lang][state];
  if (state === 'earlier-choice' && detail?.earlierChoice) text += EARLIER[lang][detail.earlierChoice] ?? '';
  const parts: string[] = [];
  if (sinceMs !== null && Number.isFinite(sinceMs) && sinceMs >= 0) {
    parts.push(`${formatDuration(sinceMs, lang)} ${SINCE[lang]}${state === 'unknown' ? ';' : ','} ${text}`);
  } else {
    parts.push(capitalise(text));
  }
  parts.push(...signalClauses(state, signals, lang, detail?.blocked === true));
  return parts.join('; ');
}

function signalClauses(state: ConsentState, signals: ConsentSignals | null | undefined, lang: Lang, blocked: boolean): string[] {
  const read = { denied: [] as GoogleConsentStorage[], granted: [] as GoogleConsentStorage[], ...googleConsentStates(isRecord(signals) ? signals.google : null) };
  const tcf: unknown = isRecord(signals) ? signals.tcf : null;
  const gdprApplies = isRecord(tcf) && typeof tcf.gdprApplies === 'boolean' ? tcf.gdprApplies : null;
  const names = GOOGLE_STORAGE_NAMES[lang];
  const out: string[] = [];
  if (read.denied.length > 0) {
    const list = joinList(read.denied.map((t) => names[t]), lang);
    out.push(
      lang === 'en'
        ? `${blocked ? 'tried to send' : 'sent'} although the site's own Google consent signal says ${list} denied`
        : `${blocked ? 'geprobeerd te versturen' : 'verstuurd'} hoewel het eigen Google-toestemmingssignaal van de site zegt: ${list} geweigerd`,
    );
  }
  // "granted" only matters when the user had not agreed: then the site claims consent it did not get.
  const notAgreed = state === 'before-any-interaction' || state === 'banner-unanswered' || state === 'after-reject';
  if (read.granted.length > 0 && notAgreed) {
    const list = joinList(read.granted.map((t) => names[t]), lang);
    if (state === 'after-reject') {
      out.push(
        lang === 'en'
          ? `the site's own Google consent signal says ${list} granted, although you refused`
          : `het eigen Google-toestemmingssignaal van de site zegt: ${list} toegestaan, hoewel u had geweigerd`,
      );
    } else {
      out.push(
        lang === 'en'
          ? `the site's own Google consent signal already says ${list} granted`
          : `het eigen Google-toestemmingssignaal van de site zegt al: ${list} toegestaan`,
      );
    }
  }
  if (gdprApplies === false) {
    out.push(lang === 'en' ? 'the request states that the GDPR does not apply' : 'het verzoek vermeldt dat de AVG niet van toepassing is');
  }
  return out;
}

/** 400 → "0.4 s" / "0,4 s"; 12 345 → "12 s"; 185 000 → "3 min 5 s". */
export function formatDuration(ms: number, lang: Lang): string {
  if (ms < 10_000) {
    const s = (Math.round(ms / 100) / 10).toFixed(1);
    return `${lang === 'nl' ? s.replace('.', ',') : s} s`;
  }
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  const totalS = Math.round(ms / 1000);
  const min = Math.floor(totalS / 60);
  const s = totalS % 60;
  return s === 0 ? `${min} min` : `${min} min ${s} s`;
}

/** "a, b and c" / "a, b en c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'en' ? ' and ' : ' en ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
