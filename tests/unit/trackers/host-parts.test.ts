// The tracker match is given the host name and registrable domain of the request
// and of the page, parsed once per authority (tracker-db.ts), instead of parsing
// both addresses on every request. This must never change who a request is
// attributed to: over every real request of the shared data sets and a table of
// odd addresses, the identity equals the engine's own answer without the hints.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import loadTrackerDB from '@ghostery/trackerdb';
import { beforeAll, describe, expect, test } from 'vitest';
import { authorityOf, createHostParser, createTrackerIdentifier, type TrackerIdentifier } from '../../../src/core/trackers/tracker-db';
import type { RequestType } from '../../../src/core/model';

const require = createRequire(import.meta.url);
const engineFile = resolve(dirname(require.resolve('@ghostery/trackerdb')), '../trackerdb.engine');
const bytes = () => new Uint8Array(readFileSync(engineFile));

interface Row { url: string; sourceUrl?: string; type?: string }
const lines = (file: string): Row[] =>
  readFileSync(resolve(__dirname, '../../../../shared/data', file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

const ODD: Row[] = [
  { url: 'https://USER:pw@WWW.Facebook.COM:443/tr?id=1&ev=PageView', sourceUrl: 'https://www.cz.nl/ivf' },
  { url: 'https://www.facebook.com./tr/?id=1', sourceUrl: 'https://www.cz.nl./' },
  { url: 'https://[::1]:8080/collect?v=2', sourceUrl: 'http://127.0.0.1/' },
  { url: 'https://www.google-analytics.com\\g\\collect?v=2&tid=G-1', sourceUrl: 'https://a.example/' },
  { url: 'https://www.google-\tanalytics.com/g/collect?v=2', sourceUrl: 'https://a.example/' },
  { url: 'https://xn--bcher-kva.example/px.gif?x=1', sourceUrl: 'https://bücher.example/' },
  { url: 'https://www.googletagmanager.com/gtag/js?id=G-ABC', sourceUrl: 'https://a.example/' },
  { url: 'https://d1af033869koo7.cloudfront.net/x.js', sourceUrl: 'https://foo.cloudfront.net/' },
  { url: 'https://example.a.run.app/events?cee=no', sourceUrl: 'https://other.a.run.app/' },
  { url: 'blob:https://www.facebook.com/1234', sourceUrl: 'https://www.cz.nl/' },
  { url: 'data:image/gif;base64,R0lGODlh', sourceUrl: 'https://www.cz.nl/' },
  { url: 'https://www.facebook.com/tr?id=1', sourceUrl: undefined },
  { url: 'not a url at all', sourceUrl: 'also not' },
  { url: 'https://www.linkedin.com%2F.evil.example/x', sourceUrl: 'https://a.example/' },
];

let hinted: TrackerIdentifier;
let engine: Awaited<ReturnType<typeof loadTrackerDB>>;
beforeAll(async () => {
  hinted = await createTrackerIdentifier(bytes(), 'test');
  engine = await loadTrackerDB(bytes());
});

const unhinted = (row: Row): string | null => {
  const type = (row.type ?? 'image') as RequestType;
  try {
    const first = engine.matchUrl({ url: row.url, type: (type === 'beacon' ? 'ping' : type) as never, sourceUrl: row.sourceUrl ?? row.url }, { getDomainMetadata: true })[0];
    return first ? first.pattern.key : null;
  } catch {
    return null;
  }
};

describe('host parts parsed once per authority', () => {
  test.each([
    ['top-sites-requests.jsonl', 'requests/top-sites-requests.jsonl'],
    ['omnibug-requests.jsonl', 'omnibug-requests.jsonl'],
  ])('every request of %s is named as the engine names it unaided', (_, file) => {
    const rows = lines(file);
    expect(rows.length).toBeGreaterThan(200);
    let named = 0;
    for (const row of rows) {
      const expected = unhinted(row);
      if (expected) named++;
      expect(hinted.identify(row.url, (row.type ?? 'image') as RequestType, row.sourceUrl ?? null)?.key ?? null, row.url).toBe(expected);
    }
    expect(named).toBeGreaterThan(rows.length / 10);
  });

  test.each(ODD.map((r) => [r.url, r]))('an odd address is named as the engine names it unaided: %s', (_, row) => {
    expect(hinted.identify(row.url, 'image', row.sourceUrl ?? null)?.key ?? null).toBe(unhinted(row));
  });

  test('only plain addresses take the remembered parts; the others are parsed whole', () => {
    expect(authorityOf('https://www.facebook.com/tr?id=1')).toBe('https://www.facebook.com');
    expect(authorityOf('https://www.facebook.com?x=/y')).toBe('https://www.facebook.com');
    expect(authorityOf('https://www.google-analytics.com\\g\\collect')).toBeNull();
    expect(authorityOf('https://www.google-\tanalytics.com/')).toBeNull();
    expect(authorityOf('blob:https://www.facebook.com/1')).toBeNull();
    expect(authorityOf('data:image/gif;base64,R0l')).toBeNull();
  });

  test('the parts are parsed once per authority and the memory is bounded', () => {
    const parse = createHostParser(3);
    const a = parse('https://www.facebook.com/tr?id=1&ev=PageView');
    expect(parse('https://www.facebook.com/tr?id=2&ev=Lead')).toBe(a); // the same object: not parsed again
    for (let i = 0; i < 10; i++) parse(`https://h${i}.example/`);
    expect(parse('https://www.facebook.com/tr?id=3')).not.toBe(a); // evicted, parsed again
    expect(parse('https://www.facebook.com/tr?id=3')).toEqual({ hostname: 'www.facebook.com', domain: 'facebook.com' });
  });
});
