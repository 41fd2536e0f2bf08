// Golden letters: the full drafts for the sample records, compared exactly.
// Regenerate after an intended wording change: UPDATE_GOLDEN=1 npx vitest run tests/unit/letters
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { draftApComplaint, draftApTip } from '../../../src/core/letters/ap-complaint';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { ALL, bundleOf } from '../../fixtures/records/load';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/letters');
const DIGEST = '3f'.repeat(32);
const bundle = bundleOf(...ALL);

function golden(name: string, text: string): void {
  const path = resolve(dir, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe.each(['nl', 'en'] as const)('golden letters (%s)', (lang) => {
  test('letter to the organisation', () => {
    const l = draftOrganisationLetter({
      bundle, lang, digest: DIGEST, date: '2026-12-01', sender: {},
      requests: ['access', 'withdraw', 'object', 'erasure', 'joint-controllers'],
    });
    golden(`organisation-${lang}.txt`, `${l.subject}\n---\n${l.body}---\ndeadline: ${l.deadline}\n`);
  });

  test('complaint to the AP', () => {
    const l = draftApComplaint({
      bundle, lang, digest: DIGEST, date: '2027-01-05', sender: { name: 'A. de Vries' },
      organisationLetter: { sentOn: '2026-12-01', answered: false },
      redaction: { pageAddresses: 'category', ownIdentifiers: 'remove' },
    });
    golden(`complaint-${lang}.txt`, `${l.subject}\n---\n${l.body}---\n${l.notes.join('\n')}\n`);
  });

  test('tip to the AP', () => {
    const l = draftApTip({ bundle: bundleOf('after-refusal'), lang, digest: DIGEST, date: '2027-01-05' });
    golden(`tip-${lang}.txt`, `${l.subject}\n---\n${l.body}---\n${l.notes.join('\n')}\n`);
  });
});
