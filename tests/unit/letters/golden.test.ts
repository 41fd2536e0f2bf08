// Golden letters for the six situations of issue 15, in Dutch and English: the letter
// to the organisation and the complaint for each, and the anonymous tip after a refusal.
// Each file was read sentence by sentence against legal-reference.md.
// Regenerate after an intended wording change: UPDATE_GOLDEN=1 npx vitest run tests/unit/letters
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { draftApComplaint } from '../../../src/core/letters/ap-complaint';
import { draftApTip } from '../../../src/core/letters/tip';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { priorIn, situations, type Situation } from '../../fixtures/letters/situations';
import { golden as goldenFile } from './golden-file';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/letters');
const DIGEST = '3f'.repeat(32);

const golden = (name: string, text: string) => goldenFile(resolve(dir, name), text);

let all: Situation[] = [];
beforeAll(async () => {
  all = await situations();
});

describe.each(['nl', 'en'] as const)('golden letters (%s)', (lang) => {
  test('the six situations: letter to the organisation and complaint', () => {
    expect(all.map((s) => s.name)).toHaveLength(6);
    for (const s of all) {
      const common = { bundle: s.bundle, lang, digest: DIGEST, statement: s.statement, emailMatches: s.emailMatches, ...(s.recording ? { recording: s.recording } : {}), ...(s.organisation ? { organisation: s.organisation } : {}) };
      const letter = draftOrganisationLetter({ ...common, date: s.letterDate, sender: { name: 'Sam Voorbeeld' }, requests: ['access', 'withdraw', 'object', 'stop', 'erasure', 'joint-controllers'] });
      golden(`${s.name}.organisation-${lang}.txt`, `${letter.subject}\n---\n${letter.body}---\ndeadline: ${letter.deadline}\n${letter.notes.join('\n')}\n`);
      const complaint = draftApComplaint({ ...common, date: s.complaintDate, sender: { name: 'Sam Voorbeeld' }, ...(priorIn(s, lang) ? { organisationLetter: priorIn(s, lang)! } : {}) });
      golden(`${s.name}.complaint-${lang}.txt`, `${complaint.subject}\n---\n${complaint.body}---\n${complaint.notes.join('\n')}\n`);
      // An English letter quotes no Dutch prose (addresses, titles and values aside).
      if (lang === 'en') for (const body of [letter.body, complaint.body]) expect(body.replace(/https?:\/\/\S+/g, '').match(/\b(?:de|het|een|schreef|verzamelt|niet)\b/g), s.name).toBeNull();
    }
  });

  test('the anonymous tip after a refusal, with its redacted annex', () => {
    const s = all.find((x) => x.name === 'health-after-refusal')!;
    const tip = draftApTip({ bundle: s.bundle, lang, digest: DIGEST, date: s.complaintDate, statement: s.statement });
    golden(`health-after-refusal.tip-${lang}.txt`, `${tip.subject}\n---\n${tip.body}---\n${tip.notes.join('\n')}\n`);
  });
});
