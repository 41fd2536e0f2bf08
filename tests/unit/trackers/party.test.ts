import { describe, expect, test } from 'vitest';
import { isThirdParty, siteOf } from '../../../src/core/trackers/party';

describe('siteOf: registrable domain from the public suffix list', () => {
  test.each([
    ['https://www.zilverenkruis.nl/vergoedingen', 'zilverenkruis.nl'],
    ['https://sub.example.co.uk/a', 'example.co.uk'],
    ['https://user.github.io/x', 'user.github.io'], // a private suffix: each user is its own site
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('isThirdParty', () => {
  test.each([
    ['https://www.facebook.com/tr?id=1', 'https://www.cz.nl/ggz', true],
    ['https://static.cz.nl/app.js', 'https://www.cz.nl/ggz', false],
    ['https://sgtm.cz.nl/g/collect', 'https://www.cz.nl/', false],
    ['https://a.example.co.uk/', 'https://b.other.co.uk/', true],
    ['https://www.facebook.com/tr', null, true],
  ])('%s from %s → %s', (url, page, expected) => {
    expect(isThirdParty(url, page)).toBe(expected);
  });
});
