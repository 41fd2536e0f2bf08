// The request shapes real vendor scripts send (issue 12), through the same
// analyseRequest the background runs, with the real tracker database: the right
// company for every request, and the decoded event, account, page and hashed
// e-mail as typed findings. Compressed bodies go through both inflaters (node:zlib
// for the CLI, DecompressionStream for the background) and reach the same request
// in the page record as late findings.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamInflater } from '../../../src/background/inflate-stream';
import { nodeInflater } from '../../../src/cli/inflate-node';
import { loadTrackerDbFromPackage } from '../../../src/cli/load-tracker-db';
import { analyseCompressedBody, analyseRequestWithBody } from '../../../src/core/analyse-compressed';
import { analyseRequest, decoderCompany } from '../../../src/core/analyse-request';
import { compressedBodyOf, MAX_INFLATED_BYTES } from '../../../src/core/decoders/compressed-body';
import { findingsOf, type Finding } from '../../../src/core/decoders/findings';
import { DECODERS } from '../../../src/core/decoders/index';
import type { ObservedRequest } from '../../../src/core/model';
import { companiesOf } from '../../../src/core/records/companies';
import { addLateFindings, addTrackerRequest, startPage } from '../../../src/core/records/page-record';
import type { TrackerIdentifier } from '../../../src/core/trackers/tracker-db';
import { loadFixtures } from './fixtures';
import { req } from './helpers';

let db: TrackerIdentifier;
beforeAll(async () => {
  db = await loadTrackerDbFromPackage();
});

interface RealExpected {
  decoder: string;
  disguised: boolean;
  company: string;
  companyKey: string;
  disclosures: Array<Record<string, unknown>>;
  findings: Array<Partial<Finding>>;
}

const all = (d: { findings?: Finding[] }[]) => d.flatMap((x) => findingsOf(x as never));
const containsAll = (findings: Finding[], wanted: Array<Partial<Finding>>) =>
  expect(findings).toEqual(expect.arrayContaining(wanted.map((w) => expect.objectContaining(w))));

describe('real request shapes through analyseRequest', () => {
  for (const file of loadFixtures()) {
    for (const c of file.cases) {
      const expected = c.expected as unknown as Partial<RealExpected>;
      if (!expected.companyKey) continue;
      for (const v of c.variants) {
        it(`${file.decoder}: ${c.name} (${v.browser})`, () => {
          const a = analyseRequest(v.request, db);
          expect(a.decoder).toBe(expected.decoder);
          expect(a.disguised).toBe(expected.disguised);
          expect(a.tracker).toMatchObject({ company: expected.company, companyKey: expected.companyKey });
          expect(a.disclosures).toMatchObject(expected.disclosures!);
          containsAll(all(a.disclosures), expected.findings!);
        });
      }
    }
  }
});

describe('one identity per company (issue 11 part 9)', () => {
  it.each(DECODERS.map((d) => [d.id, d] as const))('%s takes its organisation from the tracker database', (_id, decoder) => {
    const org = decoderCompany(decoder, db);
    expect(org, `tracker database has no entry for ${decoder.id}'s vendor host`).not.toBeNull();
    expect(org!.company).toBe(decoder.company);
  });

  it('a direct Meta pixel and a proxied one count as one company', () => {
    const page = startPage(1, 'https://www.ziekenhuis.nl/oncologie', 0);
    const direct = req({ id: 'a', pageUrl: page.url, url: 'https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=https%3A%2F%2Fwww.ziekenhuis.nl%2Foncologie' });
    const proxied = req({ id: 'b', pageUrl: page.url, url: 'https://www.ziekenhuis.nl/tr/?id=1234567890123456&ev=PageView&dl=https%3A%2F%2Fwww.ziekenhuis.nl%2Foncologie' });
    const a = analyseRequest(direct, db);
    const b = analyseRequest(proxied, db);
    expect(b.disguised).toBe(true);
    expect(a.tracker!.key).not.toBe(b.tracker!.key);
    addTrackerRequest(page, direct, a);
    addTrackerRequest(page, proxied, b);
    expect(companiesOf(page).map((c) => c.company)).toEqual(['Meta']);
  });

  it('a Snap and an X payload on first-party hosts are named as the database names them', () => {
    const page = 'https://www.ziekenhuis.nl/';
    const snap = analyseRequest(req({ pageUrl: page, method: 'POST', url: 'https://www.ziekenhuis.nl/tr/?id=1234567890123456&ev=PageView&ts=1' }), db);
    expect(snap.tracker?.companyKey).toBe('facebook');
    const direct = analyseRequest(req({ pageUrl: page, url: 'https://tr.snapchat.com/p?pid=x&ev=PAGE_VIEW' }), db);
    expect(direct.tracker?.companyKey).toBe('snap_technologies');
  });
});

describe('Meta Conversions API gateway shape', () => {
  it('needs an event name and a pixel id: other JSON posts with event_name are not Meta', () => {
    const body = JSON.stringify({ event_name: 'click', pixel_id: 'not-a-pixel', website_context: { location: 'https://www.ziekenhuis.nl/' } });
    const a = analyseRequest(req({ method: 'POST', type: 'xmlhttprequest', url: 'https://api.example.com/events', body }), db);
    expect(a.decoder).not.toBe('meta-capi-gateway');
  });
});

interface CompressedCase {
  name: string;
  request: ObservedRequest;
  rawBodyBase64?: string;
  expected: { decoder: string; format: string; encoding: string; truncated: boolean; company: string; companyKey: string; findings: Array<Partial<Finding>> };
}
const compressed = JSON.parse(readFileSync(new URL('../../fixtures/requests-compressed/compressed.json', import.meta.url), 'utf8')) as { cases: CompressedCase[] };
const rawParts = (c: CompressedCase) => (c.rawBodyBase64 ? [{ bytes: new Uint8Array(Buffer.from(c.rawBodyBase64, 'base64')).buffer }] : null);

describe('compressed bodies', () => {
  for (const [inflaterName, inflater] of [['node:zlib', nodeInflater], ['DecompressionStream', streamInflater]] as const) {
    for (const c of compressed.cases) {
      it(`${c.name} (${inflaterName})`, async () => {
        const body = compressedBodyOf(c.request, rawParts(c));
        expect(body).toMatchObject({ format: c.expected.format, encoding: c.expected.encoding });
        const late = await analyseCompressedBody(c.request, body!, inflater, db);
        expect(late).not.toBeNull();
        expect(late!.inflated.truncated).toBe(c.expected.truncated);
        expect(late!.inflated.inflatedBytes).toBeLessThanOrEqual(MAX_INFLATED_BYTES);
        expect(late!.analysis.decoder).toBe(c.expected.decoder);
        expect(late!.analysis.tracker).toMatchObject({ company: c.expected.company, companyKey: c.expected.companyKey });
        containsAll(all(late!.analysis.disclosures), c.expected.findings);
      });
    }
  }

  it('the findings land on the same recorded request and its tracker, later (late findings)', async () => {
    const c = compressed.cases[0]!;
    const page = startPage(7, c.request.pageUrl!, 0);
    const first = analyseRequest(c.request, db);
    expect(addTrackerRequest(page, c.request, first)).toBe(true);
    const recorded = page.requests[0]!;
    expect(recorded.findings!.some((f) => f.kind === 'page-address')).toBe(false);
    const late = await analyseCompressedBody(c.request, compressedBodyOf(c.request, rawParts(c))!, nodeInflater, db);
    expect(addLateFindings(page, c.request.id, late!)).toBe(true);
    expect(recorded.inflated).toMatchObject({ format: 'gzip', encoding: 'bytes', truncated: false });
    containsAll(recorded.findings!, [{ kind: 'page-address', value: c.request.pageUrl! }, { kind: 'account-id', value: 'abcd1234ef' }]);
    expect(all(page.trackers[recorded.trackerKey]!.disclosures).some((f) => f.kind === 'page-address')).toBe(true);
    // Another page's request id is not this page's: nothing changes.
    expect(addLateFindings(page, 'not-recorded-here', { analysis: { ...late!.analysis, tracker: null } })).toBe(false);
  });

  it('analyseRequestWithBody (the CLI path) returns the inflated analysis', async () => {
    const c = compressed.cases[1]!;
    const a = await analyseRequestWithBody(c.request, db, nodeInflater);
    expect(a.inflated).toMatchObject({ format: 'gzip', encoding: 'base64' });
    containsAll(all(a.disclosures), c.expected.findings);
  });

  it('only bodies whose shape says so: no fixture body of the other vendors counts as compressed', () => {
    let bodies = 0;
    for (const file of loadFixtures()) {
      for (const c of file.cases) {
        for (const v of c.variants) {
          if (!v.request.body) continue;
          bodies += 1;
          expect(compressedBodyOf(v.request), `${file.decoder}: ${c.name}`).toBeNull();
        }
      }
    }
    expect(bodies).toBeGreaterThan(20);
  });

  it('corrupt streams are rejected without throwing into the pipeline', async () => {
    const request = req({ method: 'POST', url: 'https://k.clarity.ms/collect', body: 'H4sIAAAAAAAA/////wrongwrongwrong' });
    const body = compressedBodyOf(request);
    expect(body?.format).toBe('gzip');
    await expect(analyseCompressedBody(request, body!, nodeInflater, db)).resolves.toBeNull();
    await expect(analyseCompressedBody(request, body!, streamInflater, db)).resolves.toBeNull();
  });
});
