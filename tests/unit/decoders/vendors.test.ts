// Every vendor fixture, as Chrome and as Firefox report it, decodes to the expected disclosures.
import { describe, expect, it } from 'vitest';
import { accountLinkage, decodeRequest, decoderById } from '../../../src/core/decoders/index';
import { loadFixtures } from './fixtures';

for (const file of loadFixtures()) {
  describe(`${file.decoder} fixtures`, () => {
    for (const c of file.cases) {
      for (const v of c.variants) {
        it(`${c.name} (${v.browser}${v.bodySource ? `, ${v.bodySource} body` : ''})`, () => {
          const result = decodeRequest(v.request);
          expect(result.decoder).toBe(c.expected.decoder);
          expect(decoderById(result.decoder!)?.kind).toBe(c.expected.kind);
          expect(result.disguised).toBe(c.expected.disguised);
          expect(result.disclosures).toMatchObject(c.expected.disclosures);
          if ('accountLinkage' in c) expect(accountLinkage(v.request)).toEqual(c.accountLinkage);
        });
      }
    }
  });
}
