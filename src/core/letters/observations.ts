// One sentence per recipient per visit, in the first person and neutral: "my browser
// sent a request to … containing …". Timing only when the timeline recorded it.
import type { ConsentState } from '../consent/types';
import { findingsOf, isStorageDenial } from '../decoders/findings';
import { dateTime } from '../evidence/format-date';
import type { Redactor } from '../evidence/redaction';
import type { Lang } from '../evidence/types';
import { whatWasSent } from '../evidence/what-was-sent';
import { formatDuration } from '../consent/describe-consent';
import type { Observation } from './facts';
import { joinList } from './text';

const TIMING: Record<Lang, Partial<Record<ConsentState, string>>> = {
  en: {
    'before-any-interaction': 'before I had done anything on the page',
    'banner-unanswered': 'while the cookie banner was still unanswered',
    'after-reject': 'after I had refused in the cookie banner',
    'after-accept': 'after I had accepted in the cookie banner',
    'after-custom': 'after I had saved my own cookie settings',
    'earlier-choice': 'after a cookie choice made earlier on this site',
  },
  nl: {
    'before-any-interaction': 'voordat ik iets op de pagina had gedaan',
    'banner-unanswered': 'terwijl de cookiemelding nog onbeantwoord was',
    'after-reject': 'nadat ik in de cookiemelding had geweigerd',
    'after-accept': 'nadat ik in de cookiemelding had geaccepteerd',
    'after-custom': 'nadat ik eigen cookie-instellingen had opgeslagen',
    'earlier-choice': 'na een cookiekeuze die eerder op deze site was gemaakt',
  },
};

function host(o: Observation): string {
  const first = o.visit.requests.find((r) => r.recorded.trackerKey === o.key);
  const m = first ? /^[a-z]+:\/\/([^/?#]+)([^?#]*)/i.exec(first.recorded.url) : null;
  return m ? `${m[1]}${m[2]}` : o.tracker.tracker.name;
}

export function observationLine(o: Observation, r: Redactor): string {
  const lang = r.lang;
  const { tracker } = o;
  const labels = whatWasSent(tracker, r)
    .filter((i) => i.chip !== 'disguised' && i.chip !== 'consent-denied' && i.chip !== 'login-cookie')
    .map((i) => i.label);
  const page = r.page(o.visit);
  const title = r.title(o.visit);
  const where = title ? `${page} ("${title}")` : page;
  const recipient = `${host(o)} (${tracker.tracker.company}, ${tracker.tracker.name})`;
  const count = tracker.requestCount > 1 ? (lang === 'nl' ? ` (${tracker.requestCount} verzoeken)` : ` (${tracker.requestCount} requests)`) : '';
  const contents = labels.length ? joinList(labels, lang) : lang === 'nl' ? 'geen gegevens die Pixelwacht kon ontcijferen' : 'no data Pixelwacht could decode';
  let text = lang === 'nl'
    ? `${dateTime(tracker.firstSeenIso, lang)} — ${where}: mijn browser verstuurde een verzoek naar ${recipient}${count} met daarin ${contents}.`
    : `${dateTime(tracker.firstSeenIso, lang)} — ${where}: my browser sent a request to ${recipient}${count} containing ${contents}.`;
  const timing = o.visit.consent.recorded ? TIMING[lang][tracker.firstConsent.state] : undefined;
  if (timing) {
    const since = tracker.firstConsent.sinceNavigationMs;
    const when = since === null ? '' : lang === 'nl' ? `${formatDuration(since, lang)} nadat de pagina begon te laden, ` : `${formatDuration(since, lang)} after the page started loading, `;
    text += lang === 'nl' ? ` Dit gebeurde ${when}${timing}.` : ` This happened ${when}${timing}.`;
  }
  if (tracker.loginCookies) {
    const names = tracker.loginCookies.cookieNames.join(', ');
    text += lang === 'nl'
      ? ` Met het verzoek gingen ook de inlogcookies van ${tracker.loginCookies.platform} mee (${names}).`
      : ` The request also carried ${tracker.loginCookies.platform}'s login cookies (${names}).`;
  }
  if (tracker.disclosures.some((d) => findingsOf(d).some(isStorageDenial))) {
    text += lang === 'nl'
      ? ' Het verzoek vermeldde zelf dat toestemming voor opslag was geweigerd (Google-toestemmingsmodus), en werd toch verstuurd.'
      : ' The request itself stated that consent for storage was denied (Google consent mode), and was sent nevertheless.';
  }
  return `- ${r.text(text)}`;
}
