// The observations as a complaint states them: grouped by page, numbered, in the first
// person and neutral ("my browser sent a request to … containing …"). Values that show
// the health link are quoted; identifiers are named; a Like button that loaded is not
// a "like"; an event the request did not carry is not invented.
import { eventInferred, findingsOf, isStorageDenial, type Finding } from '../decoders/findings';
import { formatDuration } from '../consent/describe-consent';
import type { ConsentState } from '../consent/types';
import { clockTime, dateTime, longDate } from '../evidence/format-date';
import type { Redactor } from '../evidence/redaction';
import type { EvidenceTracker, EvidenceVisit, Lang } from '../evidence/types';
import { categoryLabel } from '../health/reasons';
import { healthInText } from '../health/in-disclosure';
import type { CaseFacts, Numbered, PageGroup } from './case-facts';
import { accountName, brandOf, browserIdName, clickIdName, leafOf, personalName } from './identifier-names';
import { recipientName } from './legal-entities';
import { counted } from './plural';
import { joinList } from './text';

const TIMING: Record<Lang, Partial<Record<ConsentState, string>>> = {
  en: {
    'before-any-interaction': 'before I had done anything on the page',
    'banner-unanswered': 'while the cookie banner was still unanswered',
    'after-reject': 'after I had refused in the cookie banner',
    'after-accept': 'after I had clicked accept in the cookie banner',
    'after-custom': 'after I had saved my own cookie settings',
    'earlier-choice': 'after a cookie choice made earlier on this site',
  },
  nl: {
    'before-any-interaction': 'voordat ik iets op de pagina had gedaan',
    'banner-unanswered': 'terwijl de cookiemelding nog onbeantwoord was',
    'after-reject': 'nadat ik in de cookiemelding had geweigerd',
    'after-accept': 'nadat ik in de cookiemelding op accepteren had geklikt',
    'after-custom': 'nadat ik eigen cookie-instellingen had opgeslagen',
    'earlier-choice': 'na een cookiekeuze die eerder op deze site was gemaakt',
  },
};

const MAX_QUOTES = 4;
const MAX_KEYS = 6;
// Decoder bookkeeping, not data the page sent.
const NOISE_KEYS = new Set(['plugin', 'privacyEnhancedMode']);
// Event data that names what the page or product is about.
const CONTENT_KEYS = /^(content_name|content_category|item_name|item_category\d?|item_brand|product_name|search_string|search_term|page_category)$/i;

function host(o: Numbered): string {
  const first = o.visit.requests.find((r) => r.recorded.trackerKey === o.key);
  const m = first ? /^[a-z]+:\/\/([^/?#]+)([^?#]*)/i.exec(first.recorded.url) : null;
  return m ? `${m[1]}${m[2]}` : o.tracker.tracker.name;
}

export function recipientOf(tracker: EvidenceTracker): string {
  return recipientName(tracker.tracker.companyKey, tracker.tracker.company, tracker.tracker.key);
}

function pageLanguage(visit: EvidenceVisit): Lang | undefined {
  const l = visit.health.verdict?.language;
  return l === 'nl' || l === 'en' ? l : undefined;
}

/**
 * The event names the requests carried. A name the decoder made up from the address or
 * the parameters present (`inferred`, decided in findings.ts) is not stated as sent: the
 * letter says what the request carried instead. `named`: every name, for the plug-in's kind.
 */
function eventsOf(tracker: EvidenceTracker): { names: string[]; inferred: string[]; named: string[] } {
  const names: string[] = [];
  const inferred: string[] = [];
  for (const d of tracker.disclosures) {
    for (const f of findingsOf(d)) {
      if (f.kind !== 'event') continue;
      const list = f.inferred || eventInferred(d) ? inferred : names;
      if (!list.includes(f.name)) list.push(f.name);
    }
  }
  return { names: names.slice(0, 5), inferred, named: [...names, ...inferred] };
}

/** What the observation's requests carried no event name for, as a sentence (empty when each named its event). */
function noEventSentence(o: Numbered, lang: Lang): string {
  const { names, inferred } = eventsOf(o.tracker);
  if (!inferred.length || o.tracker.kind === 'social-plugin') return '';
  const nl = lang === 'nl';
  const one = o.tracker.requestCount === 1;
  // A script the page loaded is what the address shows; it is not an event.
  if (inferred.every((e) => e === 'script load')) {
    const brand = brandOf(o.tracker);
    return nl ? ` Met ${one ? 'dit verzoek' : 'een van deze verzoeken'} haalde de pagina een script van ${brand} op.` : ` With ${one ? 'this request' : 'one of these requests'} the page fetched a ${brand} script.`;
  }
  if (names.length) return nl ? ' Een deel van de verzoeken noemde zelf geen gebeurtenis.' : ' Some of the requests themselves named no event.';
  return one
    ? nl ? ' Het verzoek noemde zelf geen gebeurtenis.' : ' The request itself named no event.'
    : nl ? ' De verzoeken noemden zelf geen gebeurtenis.' : ' The requests themselves named no event.';
}

/** What the request carried, as a list of phrases. */
function contents(o: Numbered, r: Redactor): string[] {
  const nl = r.lang === 'nl';
  const t = o.tracker;
  const out: string[] = [];
  const plugin = t.kind === 'social-plugin';
  const { names } = eventsOf(t);
  // "Event data" only where the request named its event.
  const ofEvent = (withEvent: string, without: string) => (names.length ? withEvent : without);
  if (!plugin && names.length) out.push(nl ? `${names.length === 1 ? 'de gebeurtenis' : 'de gebeurtenissen'} ${joinList(names.map((e) => `"${e}"`), 'nl')}` : `the ${names.length === 1 ? 'event' : 'events'} ${joinList(names.map((e) => `"${e}"`), 'en')}`);
  const d = t.disclosures;
  const urls = [...new Set(d.map((x) => x.pageUrl).filter((u): u is string => !!u))];
  if (urls.includes(o.visit.url)) out.push(nl ? 'het adres van de pagina' : 'the address of the page');
  const otherUrls = urls.filter((u) => u !== o.visit.url).map((u) => r.address(u));
  if (otherUrls.length) {
    const one = otherUrls.length === 1;
    const list = joinList(otherUrls, r.lang);
    out.push(urls.includes(o.visit.url)
      ? nl ? `${one ? 'het adres van een andere pagina' : 'de adressen van andere pagina’s'} (${list})` : `${one ? 'the address of another page' : 'the addresses of other pages'} (${list})`
      : r.redaction.pageAddresses === 'category'
        // Replaced by the page's kind ("een pagina over GGZ"): "het adres van een pagina over GGZ".
        ? nl ? `${one ? 'het adres' : 'de adressen'} van ${list}` : `${one ? 'the address' : 'the addresses'} of ${list}`
        : nl ? `${one ? 'het webadres' : 'de webadressen'} ${list}` : `${one ? 'the web address' : 'the web addresses'} ${list}`);
  }
  if (d.some((x) => x.pageTitle)) out.push(nl ? 'de titel van de pagina' : 'the title of the page');
  const refs = [...new Set(d.map((x) => x.referrer).filter((u): u is string => !!u))];
  if (refs.length) out.push(nl ? `het adres van de vorige pagina (referrer: ${refs.map((u) => r.address(u)).join(', ')})` : `the address of the previous page (referrer: ${refs.map((u) => r.address(u)).join(', ')})`);
  const accounts = [...new Set(d.map((x) => x.accountId).filter((v): v is string => !!v))];
  if (accounts.length) out.push(`${accountName(t, r.lang)} (${accounts.join(', ')})`);
  // Which value is an e-mail address or a phone number was decided once, by the decoders (typed findings).
  const personal = new Map<string, { value: string; kind: Parameters<typeof personalName>[0] }>();
  for (const x of d) {
    for (const f of findingsOf(x)) {
      if (f.kind === 'hashed-email' || f.kind === 'hashed-phone' || f.kind === 'hashed-personal' || f.kind === 'plain-email' || f.kind === 'plain-phone' || f.kind === 'plain-personal') {
        if (!personal.has(f.field)) personal.set(f.field, { value: f.value, kind: f.kind });
      }
    }
  }
  // Hashed first, then what went in readable form.
  const entries = [...personal].sort((a, b) => Number(a[1].kind.startsWith('plain')) - Number(b[1].kind.startsWith('plain')));
  for (const [k, { value, kind }] of entries) out.push(`${personalName(kind, r.lang)} (${k}: ${r.text(value)})`);
  // Whose click id an id is was decided by the decoders (typed findings).
  const users = new Map<string, { platform: string | null; value: string }>();
  for (const x of d) {
    for (const f of findingsOf(x)) {
      if (f.kind === 'click-id') users.set(f.name, { platform: f.platform, value: f.value });
      else if (f.kind === 'browser-id') users.set(f.name, { platform: null, value: f.value });
    }
  }
  for (const [k, { platform, value }] of users) {
    out.push(`${platform ? clickIdName(platform, k, r.lang) : browserIdName(t, k, r.lang)}: ${r.text(value)}`);
  }
  // Event data: quote the values that show the health link; name the other keys.
  const custom = new Map<string, string>();
  // The page-address leak finder's custom data says how it found the address (leakedPart, encoding): bookkeeping too.
  for (const x of d) if (x.vendor !== 'page-address-leak') for (const [k, v] of Object.entries(x.customData ?? {})) if (!NOISE_KEYS.has(k)) custom.set(k, v);
  if (custom.size) {
    const findings = healthInText({ customData: Object.fromEntries(custom) }, pageLanguage(o.visit)).filter((h) => h.field === 'customData');
    // On a health page the product or content name is the page's subject, lexicon word or not.
    const named = o.visit.health.isHealthPage ? [...custom.keys()].filter((k) => CONTENT_KEYS.test(leafOf(k))) : [];
    const quotedKeys = [...new Set([...findings.map((h) => h.key!), ...named])].slice(0, MAX_QUOTES);
    if (quotedKeys.length && r.showsCustomValues) {
      out.push(nl ? `${ofEvent('gegevens bij de gebeurtenis', 'gegevens')} die het onderwerp van de pagina noemen: ${quotedKeys.map((k) => `"${k}: ${r.text(custom.get(k)!)}"`).join(', ')}` : `${ofEvent('event data', 'data')} naming the page’s subject: ${quotedKeys.map((k) => `"${k}: ${r.text(custom.get(k)!)}"`).join(', ')}`);
    } else if (quotedKeys.length) {
      out.push(nl ? `${ofEvent('gegevens bij de gebeurtenis', 'gegevens')} die het onderwerp van de pagina noemen (hier weggelaten)` : `${ofEvent('event data', 'data')} naming the page’s subject (left out here)`);
    }
    const rest = [...custom.keys()].filter((k) => !quotedKeys.includes(k));
    if (rest.length) {
      const shown = rest.slice(0, MAX_KEYS).join(', ') + (rest.length > MAX_KEYS ? ', …' : '');
      out.push(nl ? `verdere ${ofEvent('gegevens bij de gebeurtenis', 'gegevens')} (${shown})` : `further ${ofEvent('event data', 'data')} (${shown})`);
    }
  }
  if (d.some((x) => x.sessionRecording)) out.push(nl ? 'een opname van wat er op de pagina gebeurde' : 'a recording of what happened on the page');
  return out;
}

function statesOf(o: Numbered): ConsentState[] {
  const states: ConsentState[] = [];
  for (const q of o.visit.requests) if (q.recorded.trackerKey === o.key && !states.includes(q.consent.state)) states.push(q.consent.state);
  if (!states.length) states.push(o.tracker.firstConsent.state);
  return states;
}

function timing(o: Numbered, lang: Lang): string {
  if (!o.visit.consent.recorded) return '';
  const nl = lang === 'nl';
  const first = TIMING[lang][o.tracker.firstConsent.state];
  if (!first) return '';
  const since = o.tracker.firstConsent.sinceNavigationMs;
  const when = since === null ? '' : nl ? `${formatDuration(since, lang)} nadat de pagina begon te laden, ` : `${formatDuration(since, lang)} after the page started loading, `;
  const one = o.tracker.requestCount === 1;
  // Blocked by the health shield: the page tried, nothing was sent (see blockedSentence).
  const tried = (o.tracker.blocked ?? 0) >= o.tracker.requestCount;
  let text = tried
    ? nl
      ? ` De pagina deed ${one ? 'die poging' : 'de eerste poging'} ${when}${first}.`
      : ` The page made ${one ? 'that attempt' : 'the first attempt'} ${when}${first}.`
    : nl
      ? ` ${one ? 'Dit verzoek' : 'Het eerste verzoek'} werd verstuurd ${when}${first}.`
      : ` ${one ? 'This request' : 'The first request'} was sent ${when}${first}.`;
  const later = statesOf(o).filter((s) => s !== o.tracker.firstConsent.state).map((s) => TIMING[lang][s]).filter((s): s is string => !!s);
  if (later.length) text += nl ? ` Een deel van de latere verzoeken werd verstuurd ${joinList(later, lang)}.` : ` Some of the later requests were sent ${joinList(later, lang)}.`;
  return text;
}

const PER_REQUEST: Record<Lang, Partial<Record<Finding['kind'], string>>> = {
  nl: {
    'hashed-email': 'Het gehashte e-mailadres', 'hashed-phone': 'Het gehashte telefoonnummer', 'hashed-personal': 'Het gehashte persoonsgegeven',
    'plain-email': 'Het e-mailadres in leesbare vorm', 'plain-phone': 'Het telefoonnummer in leesbare vorm', 'plain-personal': 'Het persoonsgegeven in leesbare vorm',
  },
  en: {
    'hashed-email': 'The hashed e-mail address', 'hashed-phone': 'The hashed phone number', 'hashed-personal': 'The hashed item of personal data',
    'plain-email': 'The e-mail address in readable form', 'plain-phone': 'The phone number in readable form', 'plain-personal': 'The personal data in readable form',
  },
};

/**
 * Which of the observation's requests carried the personal data (the per-request findings,
 * records/request-findings.ts): "went in 2 of the 7 requests, first at 10:02:03". Only when
 * some requests did not carry it; said of the requests recorded (the record may keep fewer) that
 * the health shield did not block.
 */
function perRequestText(o: Numbered, lang: Lang): string {
  // Blocked requests sent nothing: they count neither way.
  const requests = o.visit.requests.filter((q) => q.recorded.trackerKey === o.key && !q.recorded.blockedBy);
  if (requests.length < 2 || requests.some((q) => !Array.isArray(q.recorded.findings))) return '';
  const nl = lang === 'nl';
  const kept = requests.length < o.tracker.requestCount - (o.tracker.blocked ?? 0);
  const parts: string[] = [];
  for (const [kind, subject] of Object.entries(PER_REQUEST[lang]) as Array<[Finding['kind'], string]>) {
    const carrying = requests.filter((q) => q.recorded.findings!.some((f) => f.kind === kind));
    if (carrying.length === 0 || carrying.length === requests.length) continue;
    const of = nl ? `${carrying.length} van de ${requests.length}${kept ? ' vastgelegde' : ''} verzoeken` : `${carrying.length} of the ${requests.length}${kept ? ' recorded' : ''} requests`;
    const first = clockTime(carrying[0]!.timeIso);
    parts.push(nl ? ` ${subject} ging mee in ${of}, het eerst om ${first}.` : ` ${subject} went in ${of}, first at ${first}.`);
    if (parts.length >= 2) break;
  }
  return parts.join('');
}

function observationLine(o: Numbered, r: Redactor): string {
  const nl = r.lang === 'nl';
  const t = o.tracker;
  const sameDay = longDate(t.firstSeenIso, r.lang) === longDate(o.visit.startedAtIso, r.lang);
  const at = sameDay ? clockTime(t.firstSeenIso) : dateTime(t.firstSeenIso, r.lang);
  const to = `${recipientOf(t)} ${nl ? 'op' : 'at'} ${host(o)}`;
  const n = t.requestCount;
  const what = contents(o, r);
  const carrying = what.length ? (nl ? `, met daarin ${joinList(what, r.lang)}` : `, containing ${joinList(what, r.lang)}`) : nl ? ', met daarin geen gegevens die Pixelwacht kon ontcijferen' : ', containing no data Pixelwacht could decode';
  const plugin = t.kind === 'social-plugin' ? eventsOf(t).named[0] : undefined;
  const blocked = Math.min(t.blocked ?? 0, n);
  let text: string;
  if (blocked === n) {
    // Pixelwacht's health shield stopped every request: an attempt, never a transfer.
    const requests = n === 1 ? (nl ? 'een verzoek' : 'a request') : counted('request', n, r.lang);
    text = nl
      ? `${at}: de pagina probeerde ${requests} naar ${to} te versturen${carrying}; mijn browser blokkeerde dat (met het gezondheidsschild van Pixelwacht), zodat ${n === 1 ? 'het' : 'geen van deze verzoeken'} ${recipientOf(t)} niet bereikte.`
      : `${at}: the page tried to send ${requests} to ${to}${carrying}; my browser blocked ${n === 1 ? 'it' : 'them'} (with Pixelwacht’s health shield), so ${n === 1 ? 'it did' : 'none of them did'} not reach ${recipientOf(t)}.`;
  } else if (plugin) {
    const brand = brandOf(t);
    const button = plugin === 'like' ? (nl ? `de Like-knop van ${brand}` : `${brand}’s Like button`) : nl ? `een plug-in van ${brand} (${plugin})` : `a ${brand} plug-in (${plugin})`;
    text = nl
      ? `${at}: de pagina laadde ${button}. Daarvoor verstuurde mijn browser ${n === 1 ? 'een verzoek' : counted('request', n, 'nl')} naar ${to}${carrying}. Ik heb niet op ${plugin === 'like' ? 'die knop' : 'die plug-in'} geklikt; het verzoek ging al mee met het laden van de pagina.`
      : `${at}: the page loaded ${button}. To do so my browser sent ${n === 1 ? 'a request' : counted('request', n, 'en')} to ${to}${carrying}. I did not click ${plugin === 'like' ? 'that button' : 'that plug-in'}; the request went out as the page loaded.`;
  } else {
    text = nl
      ? `${at}: mijn browser verstuurde ${n === 1 ? 'een verzoek' : counted('request', n, 'nl')} naar ${to}${carrying}.`
      : `${at}: my browser sent ${n === 1 ? 'a request' : counted('request', n, 'en')} to ${to}${carrying}.`;
  }
  if (blocked > 0 && blocked < n) {
    text += nl
      ? ` Mijn browser blokkeerde ${counted('request', blocked, 'nl')} daarvan (met het gezondheidsschild van Pixelwacht); die bereikten de ontvanger niet.`
      : ` My browser blocked ${counted('request', blocked, 'en')} of them (with Pixelwacht’s health shield); those did not reach the recipient.`;
  }
  text += noEventSentence(o, r.lang);
  text += perRequestText(o, r.lang);
  text += timing(o, r.lang);
  if (t.loginCookies && blocked < n) {
    const names = t.loginCookies.cookieNames.join(', ');
    text += nl ? ` Met het verzoek gingen ook de inlogcookies van ${t.loginCookies.platform} mee (${names}).` : ` The request also carried ${t.loginCookies.platform}’s login cookies (${names}).`;
  }
  const gcs = t.disclosures.find((d) => findingsOf(d).some(isStorageDenial))?.consent?.google;
  if (gcs) {
    const raw = gcs.raw.gcs ? ` (gcs=${gcs.raw.gcs})` : '';
    text += blocked === n
      ? nl
        ? ` In dit geblokkeerde verzoek meldde de website zelf aan Google dat opslag voor advertenties of analyse op dat moment was geweigerd${raw}.`
        : ` In this blocked request the website itself stated to Google that ad or analytics storage was denied at that moment${raw}.`
      : nl
        ? ` Met dit verzoek meldde de website zelf aan Google dat opslag voor advertenties of analyse op dat moment was geweigerd${raw}.`
        : ` With this request the website itself told Google that ad or analytics storage was denied at that moment${raw}.`;
  }
  if (t.disguised) text += nl ? ' Het verzoek ging naar een adres dat niet van de leverancier zelf is.' : ' The request went to an address that is not the vendor’s own.';
  return `(${o.n}) ${r.text(text)}`;
}

function groupHeader(g: PageGroup, index: number, r: Redactor): string {
  const nl = r.lang === 'nl';
  const title = r.title(g.visit);
  const page = title ? `${r.page(g.visit)} ("${title}")` : r.page(g.visit);
  const opened = dateTime(g.visit.startedAtIso, r.lang);
  let text = nl ? `Pagina ${index + 1}: ${page}, geopend op ${opened}.` : `Page ${index + 1}: ${page}, opened on ${opened}.`;
  const h = g.visit.health;
  if (h.isHealthPage) {
    const cats = h.categories.map((c) => categoryLabel(c, r.lang));
    const about = cats.length ? ` (${cats.join('; ')})` : '';
    text += h.decidedBy === 'user'
      ? nl ? ` Ik heb deze pagina als gezondheidspagina aangemerkt${about}.` : ` I marked this page as a health page${about}.`
      : nl ? ` Pixelwacht beoordeelde deze pagina automatisch als gezondheidspagina${about}.` : ` Pixelwacht automatically assessed this page as a health page${about}.`;
  }
  return r.text(text);
}

/** The observations section: one block per page, each observation numbered. */
export function observationsText(c: CaseFacts, r: Redactor): string {
  return c.groups.map((g, i) => [groupHeader(g, i, r), ...g.observations.map((o) => observationLine(o, r))].join('\n')).join('\n\n');
}
