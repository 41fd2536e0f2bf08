// Whether a request carried the recipient platform's login cookies — the thing
// that ties "someone visited this page" to a named account. Only cookie names
// are used and kept; values never reach this code.
import { getDomain } from 'tldts';
import type { ObservedRequest } from '../model';
import { splitUrl } from './request-view';

export interface AccountLinkage {
  /** Platform whose login cookies went along (`Meta`, `Google`, `LinkedIn`...). */
  platform: string;
  /** The login cookie names seen, in the order sent. */
  cookieNames: string[];
}

interface Platform {
  name: string;
  cookies: ReadonlySet<string>;
}

const META: Platform = { name: 'Meta', cookies: new Set(['c_user', 'xs']) };
const INSTAGRAM: Platform = { name: 'Meta (Instagram)', cookies: new Set(['sessionid', 'ds_user_id']) };
const GOOGLE: Platform = {
  name: 'Google',
  cookies: new Set(['SID', 'HSID', 'SSID', 'APISID', 'SAPISID', '__Secure-1PSID', '__Secure-3PSID', '__Secure-1PAPISID', '__Secure-3PAPISID', 'LOGIN_INFO']),
};
const LINKEDIN: Platform = { name: 'LinkedIn', cookies: new Set(['li_at']) };
const X: Platform = { name: 'X', cookies: new Set(['auth_token', 'twid']) };
const TIKTOK: Platform = { name: 'TikTok', cookies: new Set(['sessionid', 'sessionid_ss', 'sid_tt', 'sid_guard', 'uid_tt']) };
const PINTEREST: Platform = { name: 'Pinterest', cookies: new Set(['_pinterest_sess', '_auth']) };
// Best knowledge of the web log-in cookies; less certain than the ones above.
const SNAP: Platform = { name: 'Snapchat', cookies: new Set(['__Host-sc-a-auth-session', 'sc-a-session']) };
const REDDIT: Platform = { name: 'Reddit', cookies: new Set(['reddit_session']) };
const MICROSOFT: Platform = { name: 'Microsoft', cookies: new Set(['_U', 'MSPAuth', 'MSPProf', 'WLSSC', 'ESTSAUTH', 'ESTSAUTHPERSISTENT']) };

const BY_DOMAIN = new Map<string, Platform>([
  ['facebook.com', META], ['instagram.com', INSTAGRAM],
  ['google.com', GOOGLE], ['youtube.com', GOOGLE], ['doubleclick.net', GOOGLE], ['googleadservices.com', GOOGLE],
  ['linkedin.com', LINKEDIN], ['twitter.com', X], ['x.com', X], ['t.co', X],
  ['tiktok.com', TIKTOK], ['pinterest.com', PINTEREST], ['snapchat.com', SNAP], ['reddit.com', REDDIT],
  ['bing.com', MICROSOFT], ['live.com', MICROSOFT], ['microsoftonline.com', MICROSOFT], ['microsoft.com', MICROSOFT],
]);

/**
 * Hosts whose login cookies can tie a request to an account, as match patterns:
 * the only requests whose headers the background needs to see (reading headers
 * costs every request it applies to). Country domains of Google and Pinterest
 * are listed for the countries Pixelwacht is used in most.
 */
export function loginPlatformPatterns(): string[] {
  const domains = [...BY_DOMAIN.keys(), ...['nl', 'be', 'de', 'fr', 'co.uk', 'es', 'it'].flatMap((cc) => [`google.${cc}`, `pinterest.${cc}`])];
  return domains.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]);
}

function platformOf(url: string, knownHost?: string): Platform | null {
  // Host only, so a megabyte of query string costs nothing.
  const host = knownHost ?? splitUrl(url.slice(0, 2048)).host;
  const domain = host ? getDomain(host) : null;
  if (!domain) return null;
  const known = BY_DOMAIN.get(domain);
  if (known) return known;
  // Country domains: google.nl, pinterest.co.uk.
  if (domain.startsWith('google.')) return GOOGLE;
  if (domain.startsWith('pinterest.')) return PINTEREST;
  return null;
}

/**
 * The recipient platform's login cookies carried by the request: the platform and
 * cookie names, null when none were, `'unknown'` when the browser did not show the
 * request's headers (`cookieNames` is null).
 */
export function accountLinkage(request: ObservedRequest, host?: string): AccountLinkage | null | 'unknown' {
  if (request.cookieNames === null || request.cookieNames === undefined) return 'unknown';
  if (!Array.isArray(request.cookieNames) || request.cookieNames.length === 0) return null;
  let platform: Platform | null;
  try {
    platform = platformOf(request.url, host);
  } catch {
    return null;
  }
  if (!platform) return null;
  const names = request.cookieNames.filter((n) => typeof n === 'string' && platform.cookies.has(n)).slice(0, 20);
  return names.length > 0 ? { platform: platform.name, cookieNames: names } : null;
}
