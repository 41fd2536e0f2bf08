// The CMP's name: taken from the rule that matched, revised by better evidence on the page.
import { describe, expect, it } from 'vitest';
import { CMP_TABLE, reviseCmpName } from '../../../src/core/consent/cmp-rules';
import { OSANO_COOKIECONSENT } from '../../../src/core/consent/cmp-selection';
import { classifyControlHint } from '../../../src/core/consent/choice-text';

describe('CMP names', () => {
  it("names Osano's open-source cookieconsent markup after the library, not Complianz", () => {
    const ccWindow = CMP_TABLE.filter((r) => r.detect.some((d) => String(d).includes('cookieconsent:desc')));
    expect(ccWindow.length).toBeGreaterThan(0);
    expect(new Set(ccWindow.map((r) => r.cmp))).toEqual(new Set([OSANO_COOKIECONSENT]));
    expect(CMP_TABLE.some((r) => r.cmp === 'Complianz' && r.detect.some((d) => String(d).includes('cmplz')))).toBe(true);
  });

  it('revises the name to Complianz only when Complianz markup is on the page', () => {
    expect(reviseCmpName(OSANO_COOKIECONSENT, () => false)).toBe(OSANO_COOKIECONSENT);
    expect(reviseCmpName(OSANO_COOKIECONSENT, (s) => s.includes('cmplz'))).toBe('Complianz');
    expect(reviseCmpName('OneTrust', () => true)).toBe('OneTrust');
  });

  it('knows tarteaucitron 1.34 (the bar and its "2" buttons) and Klaro', () => {
    const tarte = CMP_TABLE.filter((r) => r.cmp === 'tarteaucitron');
    expect(tarte.some((r) => r.popup.includes('#tarteaucitronAlertBig') && r.optOut.includes('#tarteaucitronAllDenied2') && r.optIn.includes('#tarteaucitronPersonalize2'))).toBe(true);
    expect(CMP_TABLE.some((r) => r.cmp === 'Klaro' && r.optOut.length > 0 && r.optIn.length > 0)).toBe(true);
  });
});

describe('classifyControlHint (controls whose label has no words)', () => {
  it.each([
    ['tarteaucitronAllDenied2 tarteaucitronCTAButton role=', 'reject-all'],
    ['cm__btn role=necessary', 'reject-all'],
    ['cm__btn role=all', 'accept-all'],
    ['cc-btn cc-allow role=', 'accept-all'],
    ['btn-save-selection role=', 'save-custom'],
    ['modal-close role=', 'other'],
    ['icon role=', null],
  ] as const)('%j → %s', (hint, expected) => {
    expect(classifyControlHint(hint)).toBe(expected);
  });
});
