// The CLI's request lines, in-process: a binary body given as base64 reaches the
// pipeline as the browser's raw bytes would, and the output carries typed findings.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeInflater } from '../../../src/cli/inflate-node';
import { loadTrackerDbFromPackage } from '../../../src/cli/load-tracker-db';
import { observedFromLine, outputOf, rawPartsOf } from '../../../src/cli/request-input';
import { analyseRequestWithBody } from '../../../src/core/analyse-compressed';
import type { TrackerIdentifier } from '../../../src/core/trackers/tracker-db';

let db: TrackerIdentifier;
beforeAll(async () => {
  db = await loadTrackerDbFromPackage();
});

const clarity = (JSON.parse(readFileSync(new URL('../../fixtures/requests-compressed/compressed.json', import.meta.url), 'utf8')) as {
  cases: { request: { url: string; pageUrl: string }; rawBodyBase64?: string }[];
}).cases[0]!;

describe('requests lines with compressed bodies', () => {
  it('bodyBase64 becomes raw bytes; the output has the inflated findings', async () => {
    const line = { url: clarity.request.url, method: 'POST', bodyBase64: clarity.rawBodyBase64!, pageUrl: clarity.request.pageUrl };
    const parts = rawPartsOf(line);
    expect(parts).toHaveLength(1);
    const request = observedFromLine(line, 0);
    expect(request.body).not.toBeNull();
    const out = outputOf(line.url, await analyseRequestWithBody(request, db, nodeInflater, {}, parts));
    expect(out.tracker?.company).toBe('Microsoft');
    expect(out.inflated).toMatchObject({ format: 'gzip', encoding: 'bytes', truncated: false });
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'page-address', value: clarity.request.pageUrl }), expect.objectContaining({ kind: 'account-id', value: 'abcd1234ef' })]));
  });

  it('a text body wins over bodyBase64, and plain lines have no inflated field', async () => {
    expect(rawPartsOf({ url: 'https://x.example/', body: 'a=b', bodyBase64: 'AAAA' })).toBeNull();
    const out = outputOf('https://www.facebook.com/tr/?id=1234567890123456&ev=PageView', await analyseRequestWithBody(observedFromLine({ url: 'https://www.facebook.com/tr/?id=1234567890123456&ev=PageView' }, 0), db, nodeInflater));
    expect(out).not.toHaveProperty('inflated');
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'event', name: 'PageView' })]));
  });
});
