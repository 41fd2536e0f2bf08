// `cli har` on a HAR of the request shapes real vendor scripts send (issue 12): a gzip
// body (Clarity, stored base64 as DevTools exports binary bodies), a base64-gzip text body
// (LinkedIn) and a Meta Conversions API Gateway POST on a cloud host. Each entry comes out
// with its company, the decoded event, account id, page address and (CAPI) hashed e-mail,
// through the same analyseRequest the extension uses; the compressed ones say they were inflated.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../src/cli/main';

const HAR = resolve(import.meta.dirname, '../../fixtures/har/real-shapes.har');
const PAGE = 'https://www.gezondenwel.example/vergoedingen/borstkanker.html';
const HASHED_EMAIL = '6b74a8d9996b1e2852c2526229b684b94050446afc0c4745f2d70566f2dc6197';

interface Line {
  url: string;
  tracker: { company: string } | null;
  findings: Array<{ kind: string; name?: string; value?: string }>;
  inflated?: { format: string; encoding: string; truncated: boolean };
  pageUrl: string;
}

describe('cli har: compressed bodies and the Conversions API Gateway', () => {
  test('each shape decoded: company, event, account, page address, hashed e-mail', async () => {
    const { code, stdout } = await runCli(['har', HAR]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(4);
    const find = (prefix: string) => lines.find((l) => l.url.startsWith(prefix))!;
    const has = (l: Line, kind: string, value: string) => l.findings.some((f) => f.kind === kind && (f.value === value || f.name === value));
    const cases = [
      { url: 'https://k.clarity.ms/collect', company: 'Microsoft', event: 'recording', account: 'pwdemo1234', email: false, inflated: { format: 'gzip', encoding: 'bytes' } },
      { url: 'https://px.ads.linkedin.com/wa/', company: 'Microsoft', event: 'page_view', account: '123456', email: false, inflated: { format: 'gzip', encoding: 'base64' } },
      { url: 'https://capig-gezondenwel-pw123-ez.a.run.app/events', company: 'Meta', event: 'PageView', account: '1234567890123456', email: true, inflated: undefined },
    ];
    for (const c of cases) {
      const line = find(c.url);
      expect(line, c.url).toBeDefined();
      expect(line.tracker?.company, c.url).toBe(c.company);
      expect(line.pageUrl).toBe(PAGE);
      expect(has(line, 'event', c.event), `${c.url}: event`).toBe(true);
      expect(has(line, 'account-id', c.account), `${c.url}: account`).toBe(true);
      expect(has(line, 'page-address', PAGE), `${c.url}: page address`).toBe(true);
      expect(has(line, 'hashed-email', HASHED_EMAIL), `${c.url}: hashed e-mail`).toBe(c.email);
      if (c.inflated) expect(line.inflated).toMatchObject({ ...c.inflated, truncated: false });
      else expect(line.inflated).toBeUndefined();
    }
  });
});
