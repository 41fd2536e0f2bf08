// Table-driven check against Omnibug's expected decodes.
// Data: /work/shared/data/omnibug-requests.jsonl, derived from the test suite of
// Omnibug (github.com/MisterPhilip/omnibug), MIT licence, Copyright (c) Philip Lawrence.
// For the vendors Pixelwacht decodes, the decoded account id, event and page address
// must match Omnibug's fields where Omnibug has them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeRequest } from '../../../src/core/decoders/index';
import type { ObservedRequest } from '../../../src/core/model';

interface OmnibugRow {
  url: string;
  method: string;
  body: string | null;
  vendor: string;
  expected: { provider: string; fields: Record<string, { value?: unknown }> };
  pattern_only: boolean;
}

/** Omnibug provider → our decoder ids, and which Omnibug field holds account, event and page. */
const PROVIDERS: Record<string, { decoders: string[]; account?: string[]; event?: string[]; page?: string[] }> = {
  FACEBOOKPIXEL: { decoders: ['meta-pixel'], account: ['id'], event: ['ev'], page: ['dl'] },
  GOOGLEANALYTICS4: { decoders: ['ga4'], account: ['tid'], event: ['en', 't'], page: ['dl'] },
  UNIVERSALANALYTICS: { decoders: ['universal-analytics', 'ga4'], account: ['tid'], event: ['en', 't'], page: ['dl'] },
  GOOGLEADS: { decoders: ['google-ads'], account: ['account'], page: ['url'] },
  DOUBLECLICK: { decoders: ['floodlight'], account: ['src'], event: ['cat'] },
  LINKEDINPIXEL: { decoders: ['linkedin-insight'], account: ['pid'], page: ['url'] },
  TIKTOK: { decoders: ['tiktok'] },
  TWITTERPIXEL: { decoders: ['x-twitter'], account: ['txn_id'], page: ['tw_document_href'] },
  PINTERESTPIXEL: { decoders: ['pinterest'], account: ['tid'], event: ['event'] },
  SNAPCHATPIXEL: { decoders: ['snapchat'], account: ['pid'], event: ['ev'] },
  BINGUET: { decoders: ['microsoft-uet'], account: ['ti'], page: ['p'] },
  REDDITPIXEL: { decoders: ['reddit'], account: ['id'], event: ['event'] },
  CRITEOONETAG: { decoders: ['criteo'], account: ['a'] },
  MATOMO: { decoders: ['matomo'], account: ['idsite'], page: ['url'] },
  PIWIKPRO: { decoders: ['piwik-pro'], account: ['idsite'], page: ['url'] },
  PIWIKPROTMS: { decoders: ['piwik-pro'] },
  HOTJAR: { decoders: ['hotjar'], account: ['account'] },
  MSCLARITY: { decoders: ['clarity'], account: ['account'] },
};

const DATA = fileURLToPath(new URL('../../../../shared/data/omnibug-requests.jsonl', import.meta.url));

function request(row: OmnibugRow): ObservedRequest {
  return {
    id: 'omnibug', tabId: 1, frameId: 0, pageUrl: 'https://www.example.com/', initiator: null, method: row.method,
    type: row.method === 'POST' ? 'ping' : 'image', url: row.url, body: row.body, bodyTruncated: false, timeStamp: 0,
    referrer: null, cookieNames: null,
  };
}

function field(row: OmnibugRow, names: string[] | undefined): string | undefined {
  for (const n of names ?? []) {
    const v = row.expected.fields[n]?.value;
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

const rows: OmnibugRow[] = existsSync(DATA)
  ? readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as OmnibugRow)
  : [];
const ours = rows.filter((r) => PROVIDERS[r.expected.provider]);

describe.skipIf(rows.length === 0)('Omnibug expected decodes', () => {
  it('covers a good share of the data set', () => {
    expect(ours.length).toBeGreaterThan(100);
  });

  it.each(ours.map((r, i) => [i, r.expected.provider, r.url.slice(0, 90), r] as const))('#%i %s %s', (_i, provider, _url, row) => {
    const spec = PROVIDERS[provider]!;
    const result = decodeRequest(request(row));
    // Pattern-only rows on a vendor's own host must still be recognised; a bare
    // `/g/collect` on a stranger's host lacks the parameters the shape check demands.
    const onForeignHost = /appspot\.com|omnibug\.io\/g\//.test(row.url) && !/v=2&tid=G-.*&en=/.test(row.url);
    if (row.pattern_only && onForeignHost) return;
    expect(spec.decoders).toContain(result.decoder);
    if (row.pattern_only) return;
    const disclosures = result.disclosures.filter((d) => d.vendor === result.decoder);
    const account = field(row, spec.account);
    if (account) expect(disclosures.map((d) => d.accountId)).toContain(account);
    const event = field(row, spec.event);
    if (event) expect(disclosures.map((d) => d.event)).toContain(event);
    const page = field(row, spec.page);
    if (page) expect(disclosures.map((d) => d.pageUrl)).toContain(page);
  });
});
