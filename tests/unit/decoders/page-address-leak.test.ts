import { describe, expect, it } from 'vitest';
import { decodeRequest } from '../../../src/core/decoders/index';
import { findPageAddressLeaks, pageAddressLeak } from '../../../src/core/decoders/page-address-leak';
import { MAX_LEAK_SCAN_CHARS } from '../../../src/core/decoders/limits';
import { req } from './helpers';

const PAGE = 'https://www.ziekenhuis.nl/oncologie/borstkanker?tab=behandeling';
const enc = encodeURIComponent;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('page-address leak finder', () => {
  it.each([
    ['plain', `https://t.example.com/p?u=${PAGE}`, 'full address', 'plain', 'query u'],
    ['URL-encoded', `https://t.example.com/p?page=${enc(PAGE)}`, 'full address', 'url-encoded', 'query page'],
    ['double-encoded', `https://t.example.com/p?x=1&ref=${enc(enc(PAGE))}`, 'full address', 'double-encoded', 'query ref'],
    ['base64 of the address', `https://t.example.com/p?d=${b64(PAGE)}`, 'full address', 'base64', 'query d'],
    ['base64 of JSON around it', `https://t.example.com/p?ctx=${enc(b64(JSON.stringify({ v: 1, url: PAGE })))}`, 'full address', 'base64', 'query ctx'],
    ['address without query', `https://t.example.com/p?loc=${enc('https://www.ziekenhuis.nl/oncologie/borstkanker')}`, 'address without query', 'url-encoded', 'query loc'],
    ['path alone', `https://t.example.com/p?path=${enc('/oncologie/borstkanker')}`, 'path', 'url-encoded', 'query path'],
  ])('finds the page in the query: %s', (_name, url, part, encoding, carrier) => {
    const [leak] = findPageAddressLeaks(req({ url, pageUrl: PAGE }));
    expect(leak).toMatchObject({ part, encoding, carrier, strength: 'strong' });
  });

  it('finds the page in a form body and in a JSON body, naming the field', () => {
    const form = findPageAddressLeaks(req({ url: 'https://t.example.com/c', method: 'POST', body: `a=1&page_location=${enc(PAGE)}`, pageUrl: PAGE }));
    expect(form[0]).toMatchObject({ carrier: 'body page_location', part: 'full address' });
    const json = findPageAddressLeaks(req({ url: 'https://t.example.com/c', method: 'POST', body: JSON.stringify({ ctx: { href: PAGE } }), pageUrl: PAGE }));
    expect(json[0]).toMatchObject({ carrier: 'body href', encoding: 'plain' });
  });

  it('reads the Referer header: a full address is strong, the origin alone weak', () => {
    expect(findPageAddressLeaks(req({ url: 'https://cdn.example.com/a.js', pageUrl: PAGE, referrer: PAGE }))[0]).toMatchObject({ carrier: 'header Referer', strength: 'strong' });
    expect(findPageAddressLeaks(req({ url: 'https://cdn.example.com/a.js', pageUrl: PAGE, referrer: 'https://www.ziekenhuis.nl/' }))[0]).toMatchObject({ carrier: 'header Referer', strength: 'weak', part: 'origin' });
  });

  it('finds the page title when given one, in any encoding', () => {
    const title = 'Borstkanker behandeling | Ziekenhuis';
    const d = pageAddressLeak(req({ url: `https://t.example.com/p?t=${enc(title).replace(/%20/g, '+')}`, pageUrl: PAGE }), title);
    expect(d).toMatchObject({ vendor: 'page-address-leak', pageTitle: title, carriedBy: { pageTitle: 'query t' } });
    const d64 = pageAddressLeak(req({ url: `https://t.example.com/p?x=${b64(title)}`, pageUrl: PAGE }), title);
    expect(d64?.pageTitle).toBe(title);
  });

  it('does not call a trivial path a leak, and a bare origin only weak', () => {
    const home = 'https://www.ziekenhuis.nl/';
    const leaks = findPageAddressLeaks(req({ url: `https://t.example.com/p?site=${enc(home)}`, pageUrl: home }));
    expect(leaks.every((l) => l.strength === 'weak')).toBe(true);
    expect(decodeRequest(req({ url: `https://t.example.com/p?site=${enc(home)}`, pageUrl: home })).disclosures).toEqual([]);
  });

  it('gives nothing when the page is not in the request', () => {
    expect(findPageAddressLeaks(req({ url: 'https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2', pageUrl: PAGE, type: 'font' }))).toEqual([]);
  });

  it('decodeRequest reports unknown third parties, skips first parties and vendors that already said the page', () => {
    const unknown = decodeRequest(req({ url: `https://collector.unknown-tracker.io/hit?u=${enc(PAGE)}`, pageUrl: PAGE }));
    expect(unknown.decoder).toBeNull();
    expect(unknown.disclosures).toMatchObject([{ vendor: 'page-address-leak', pageUrl: PAGE, carriedBy: { pageUrl: 'query u' } }]);
    const firstParty = decodeRequest(req({ url: `https://api.ziekenhuis.nl/log?u=${enc(PAGE)}`, pageUrl: PAGE }));
    expect(firstParty.disclosures).toEqual([]);
    const meta = decodeRequest(req({ url: `https://www.facebook.com/tr?id=123456789012&ev=PageView&dl=${enc(PAGE)}`, pageUrl: PAGE, referrer: PAGE }));
    expect(meta.disclosures.map((d) => d.vendor)).toEqual(['meta-pixel']);
  });

  it('stays bounded on a huge body', () => {
    // Only the first MAX_LEAK_SCAN_CHARS of a body are searched: an address past them is not
    // found, one inside them is — the work is bounded by the cap, not by the body's size.
    const late = 'x'.repeat(5_000_000) + enc(PAGE);
    expect(findPageAddressLeaks(req({ url: 'https://t.example.com/c', method: 'POST', body: late, pageUrl: PAGE }))).toEqual([]);
    const early = 'x'.repeat(MAX_LEAK_SCAN_CHARS - enc(PAGE).length - 10) + enc(PAGE) + 'x'.repeat(5_000_000);
    expect(findPageAddressLeaks(req({ url: 'https://t.example.com/c', method: 'POST', body: early, pageUrl: PAGE })).length).toBeGreaterThan(0);
  });
});
