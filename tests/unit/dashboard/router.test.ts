// The dashboard's hash routes: what the popup, the notification and the site page
// link to, read back as the page they name; anything else falls back to history.
import { describe, expect, test } from 'vitest';
import { href, parseRoute, type Route } from '../../../src/dashboard/router';

describe('parseRoute', () => {
  test.each<[string, Route]>([
    ['', { name: 'history' }],
    ['#/', { name: 'history' }],
    ['#/settings', { name: 'settings' }],
    ['#/about', { name: 'about' }],
    ['#/site/127.0.0.1', { name: 'site', site: '127.0.0.1' }],
    ['#/site/www.zorg.nl/visit/12-1764368044700', { name: 'site', site: 'www.zorg.nl', visit: '12-1764368044700' }],
    // What the popup's "Draft a letter" opens.
    ['#/letter/127.0.0.1/visit/3-1764368044700', { name: 'letter', site: '127.0.0.1', visit: '3-1764368044700' }],
    ['#/letter/127.0.0.1', { name: 'letter', site: '127.0.0.1' }],
    ['#/letter/a%20b.nl/visit/x%2Fy', { name: 'letter', site: 'a b.nl', visit: 'x/y' }],
    ['#/nonsense', { name: 'history' }],
    ['#/site/', { name: 'history' }],
    ['#/site/%20', { name: 'history' }],
    // A broken escape is no route, not a thrown error.
    ['#/site/%E0%A4%A', { name: 'history' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test('a visit part without a visit id names the site alone', () => {
    expect(parseRoute('#/letter/127.0.0.1/visit/')).toEqual({ name: 'letter', site: '127.0.0.1' });
    expect(parseRoute('#/site/127.0.0.1/visit/%20')).toEqual({ name: 'site', site: '127.0.0.1' });
  });

  test('the old query form reaches the wizard whole (letterTarget splits it)', () => {
    expect(parseRoute('#/letter/127.0.0.1?visit=3-17')).toEqual({ name: 'letter', site: '127.0.0.1?visit=3-17' });
  });
});

describe('href and parseRoute agree', () => {
  test.each<Route>([
    { name: 'history' },
    { name: 'settings' },
    { name: 'about' },
    { name: 'site', site: '127.0.0.1' },
    { name: 'site', site: 'zorg.nl', visit: '12-1764368044700' },
    { name: 'letter', site: 'zorg.nl', visit: '12-1764368044700' },
    { name: 'letter', site: 'xn--zrg-1na.nl' },
    { name: 'site', site: 'odd/site name', visit: 'a/b c' },
  ])('%o', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });
});
