import { describe, expect, it } from 'vitest';
import { decodeRequest, decoderById } from '../../../src/core/decoders/index';
import { req } from './helpers';

const PAGE = 'https://www.apotheek.nl/medicijnen/sertraline';
const dl = encodeURIComponent(PAGE);

describe('disguised trackers', () => {
  it('recognises GA4 through a server-side tagging host', () => {
    const r = decodeRequest(req({ url: `https://sgtm.example.nl/g/collect?v=2&tid=G-XYZ1234&cid=1.2&en=page_view&dl=${dl}`, pageUrl: PAGE }));
    expect(r).toMatchObject({ decoder: 'ga4', disguised: true, disclosures: [{ accountId: 'G-XYZ1234', event: 'page_view', pageUrl: PAGE }] });
    expect(decoderById(r.decoder!)?.kind).toBe('analytics');
  });

  it('recognises a GA4 POST whose events are only in the body', () => {
    const r = decodeRequest(req({ url: 'https://www.apotheek.nl/metrics/g/collect?v=2&tid=G-XYZ1234&cid=1.2', method: 'POST', body: `en=page_view&dl=${dl}\nen=view_item`, pageUrl: PAGE }));
    expect(r.disguised).toBe(true);
    expect(r.disclosures.map((d) => d.event)).toEqual(['page_view', 'view_item']);
  });

  it('recognises a Meta Pixel through a first-party proxy', () => {
    const r = decodeRequest(req({ url: `https://track.apotheek.nl/tr/?id=1234567890123456&ev=ViewContent&dl=${dl}&ts=1`, pageUrl: PAGE }));
    expect(r).toMatchObject({ decoder: 'meta-pixel', disguised: true, disclosures: [{ event: 'ViewContent', accountId: '1234567890123456', pageUrl: PAGE }] });
  });

  it.each([
    ['a /g/collect without an event', 'https://api.example.nl/g/collect?v=2&tid=G-XYZ1234'],
    ['a /g/collect with a non-GA id', 'https://api.example.nl/g/collect?v=2&tid=123&en=x'],
    ['a /collect that is not GA', 'https://api.example.nl/collect?data=1&en=click'],
    ['a /tr page', 'https://www.example.nl/tr?lang=tr'],
    ['a /tr with an id but no event', 'https://www.example.nl/tr/?id=1234567890&dl=x'],
    ['a /tr with a non-numeric id', 'https://www.example.nl/tr?id=abc&ev=PageView&dl=x'],
  ])('does not mistake %s for a tracker', (_name, url) => {
    const r = decodeRequest(req({ url, pageUrl: 'https://www.example.nl/' }));
    expect(r.decoder).toBeNull();
    expect(r.disguised).toBe(false);
  });
});
