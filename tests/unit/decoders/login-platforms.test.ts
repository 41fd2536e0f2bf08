// The background reads request headers only for these hosts: every host whose
// login cookies account linkage knows must be covered, as valid match patterns.
import { describe, expect, test } from 'vitest';
import { accountLinkage, loginPlatformPatterns } from '../../../src/core/decoders/index';
import type { ObservedRequest } from '../../../src/core/model';

const matches = (pattern: string, url: string) => {
  const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const host = new URL(url).hostname;
  return m[1] ? host.endsWith(`.${m[2]}`) : host === m[2];
};

const request = (url: string, cookieNames: string[]): ObservedRequest => ({
  id: '1', tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/', initiator: null, method: 'GET', type: 'image', url, body: null,
  bodyTruncated: false, timeStamp: 0, referrer: null, cookieNames,
});

describe('login platform patterns', () => {
  const patterns = loginPlatformPatterns();

  test('are well-formed match patterns', () => {
    for (const pattern of patterns) expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  test.each([
    ['https://www.facebook.com/tr/?id=1', ['c_user', 'xs']],
    ['https://px.ads.linkedin.com/collect', ['li_at']],
    ['https://analytics.tiktok.com/api/v2/pixel', ['sessionid']],
    ['https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/', ['__Secure-3PSID']],
    ['https://www.google.nl/pagead/1p-user-list/1/', ['SID']],
    ['https://analytics.twitter.com/i/adsct', ['auth_token']],
  ])('cover %s, where login cookies are recognised', (url, cookies) => {
    expect(accountLinkage(request(url, cookies))).not.toBeNull();
    expect(patterns.some((p) => matches(p, url))).toBe(true);
  });
});
