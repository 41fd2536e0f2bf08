import { describe, expect, it } from 'vitest';
import { accountLinkage } from '../../../src/core/decoders/account-linkage';
import { req } from './helpers';

describe('account linkage', () => {
  it.each([
    ['https://www.facebook.com/tr?id=1', ['datr', 'c_user', 'xs', 'fr'], 'Meta', ['c_user', 'xs']],
    ['https://www.youtube.com/embed/x', ['SID', 'HSID', 'PREF'], 'Google', ['SID', 'HSID']],
    ['https://www.google.nl/pagead/1p-user-list/1/', ['__Secure-3PSID', 'NID'], 'Google', ['__Secure-3PSID']],
    ['https://px.ads.linkedin.com/collect', ['li_at', 'bcookie'], 'LinkedIn', ['li_at']],
    ['https://analytics.twitter.com/i/adsct', ['auth_token', 'twid', 'guest_id'], 'X', ['auth_token', 'twid']],
    ['https://analytics.tiktok.com/api/v2/pixel', ['sessionid', 'sid_tt', 'ttwid'], 'TikTok', ['sessionid', 'sid_tt']],
    ['https://ct.pinterest.com/v3/', ['_pinterest_sess'], 'Pinterest', ['_pinterest_sess']],
    ['https://alb.reddit.com/rp.gif', ['reddit_session', 'loid'], 'Reddit', ['reddit_session']],
    ['https://bat.bing.com/action/0', ['MUID', '_U'], 'Microsoft', ['_U']],
  ])('%s with login cookies', (url, cookies, platform, names) => {
    expect(accountLinkage(req({ url, cookieNames: cookies }))).toEqual({ platform, cookieNames: names });
  });

  it('is null without login cookies, and unknown when the headers were not seen', () => {
    expect(accountLinkage(req({ url: 'https://www.facebook.com/tr?id=1', cookieNames: ['datr', 'fr'] }))).toBeNull();
    expect(accountLinkage(req({ url: 'https://www.facebook.com/tr?id=1', cookieNames: [] }))).toBeNull();
    expect(accountLinkage(req({ url: 'https://www.facebook.com/tr?id=1', cookieNames: null }))).toBe('unknown');
    // The same cookie name on another platform's host means nothing.
    expect(accountLinkage(req({ url: 'https://cdn.example.com/x.js', cookieNames: ['c_user', 'SID'] }))).toBeNull();
  });
});
