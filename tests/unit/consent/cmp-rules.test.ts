import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CMP_TABLE, REQUIRED_CMPS, rulesForFrame, AUTOCONSENT_VERSION } from '../../../src/core/consent/cmp-rules';
import { deriveCmpRule, linearPaths, splitSelectorList, type AutoconsentRule } from '../../../scripts/cmp-table/derive-rule';
import { buildCmpTable } from '../../../scripts/cmp-table/build-table';
import { renderCmpTable } from '../../../scripts/cmp-table/render-table';

const require = createRequire(import.meta.url);
const rulesPath = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
const rulesJson = JSON.parse(readFileSync(rulesPath, 'utf8'));
// package.json is not in the package's exports; it sits two levels above rules/rules.json.
const installedVersion = (JSON.parse(readFileSync(new URL('../package.json', `file://${rulesPath}`), 'utf8')) as { version: string }).version;

describe('the checked-in CMP table', () => {
  it('is current with the installed autoconsent rules (else run: npx tsx scripts/generate-cmp-table.ts)', () => {
    expect(AUTOCONSENT_VERSION).toBe(installedVersion);
    const generated = readFileSync(new URL('../../../src/core/consent/cmp-table.generated.ts', import.meta.url), 'utf8');
    expect(generated).toBe(renderCmpTable(buildCmpTable(rulesJson), installedVersion));
  });

  it.each(REQUIRED_CMPS)('detects %s', (cmp) => {
    const rules = CMP_TABLE.filter((r) => r.cmp === cmp);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.detect.length).toBeGreaterThan(0);
      expect(r.popup.length).toBeGreaterThan(0);
    }
  });

  it('knows the accept and refuse buttons of most required CMPs', () => {
    const withButtons = REQUIRED_CMPS.filter((cmp) => CMP_TABLE.some((r) => r.cmp === cmp && r.optIn.length > 0 && r.optOut.length > 0));
    // Cookie Information acts only through its JS API in autoconsent: its buttons are classified by their text.
    expect(withButtons).toEqual(REQUIRED_CMPS.filter((c) => c !== 'Cookie Information'));
  });

  it('carries the MPL-2.0 notice', () => {
    expect(renderCmpTable([], '1.0.0')).toContain('Mozilla Public License, v. 2.0');
  });

  it('has no XPath selectors (the content script cannot run them) and no empty selectors', () => {
    for (const r of CMP_TABLE) {
      for (const sel of [...r.detect, ...r.popup, ...r.optIn, ...r.optOut, ...r.save]) {
        const parts = typeof sel === 'string' ? [sel] : [...sel];
        for (const p of parts) {
          expect(p.startsWith('xpath/')).toBe(false);
          expect(p.trim()).not.toBe('');
        }
      }
    }
  });

  it('never gives one selector two meanings within a rule', () => {
    for (const r of CMP_TABLE) {
      const key = (s: unknown) => JSON.stringify(s);
      const inSet = new Set(r.optIn.map(key));
      for (const s of [...r.optOut, ...r.save]) expect(inSet.has(key(s))).toBe(false);
    }
  });

  it('keeps the table small enough for a content script', () => {
    expect(JSON.stringify(CMP_TABLE).length).toBeLessThan(20_000);
  });
});

describe('deriveCmpRule', () => {
  const rule = (over: Partial<AutoconsentRule>): AutoconsentRule => ({
    name: 'x',
    detectCmp: [{ exists: '#cmp' }],
    detectPopup: [{ visible: '#cmp .banner' }],
    optIn: [],
    optOut: [],
    ...over,
  });

  it('takes presence from detectCmp and visibility from detectPopup', () => {
    const r = deriveCmpRule(rule({}), 'X');
    expect(r).toMatchObject({ cmp: 'X', source: 'x', detect: ['#cmp'], popup: ['#cmp .banner'], main: true, frame: false });
  });

  it('treats a lone opt-out click as refusal and the last click after opening settings as saving', () => {
    const r = deriveCmpRule(
      rule({
        optIn: [{ waitForThenClick: '#yes' }],
        optOut: [
          {
            if: { exists: '#no' },
            then: [{ click: '#no' }],
            else: [{ click: '#settings' }, { click: 'input[type=checkbox]:checked', all: true }, { click: '#commit' }],
          },
        ],
      }),
      'X',
    );
    expect(r.optIn).toEqual(['#yes']);
    expect(r.optOut).toEqual(['#no']);
    expect(r.save).toEqual(['#commit']);
  });

  it('recognises a refusal button reached through the settings by its name', () => {
    const r = deriveCmpRule(rule({ optOut: [{ click: '#manage, #reject-all' }, { click: '#btn-deny-all' }] }), 'X');
    expect(r.optOut).toEqual(['#reject-all', '#btn-deny-all']);
    expect(r.save).toEqual([]);
  });

  it('drops XPath, close buttons, and selectors claimed by both sides', () => {
    const r = deriveCmpRule(
      rule({
        optIn: [{ any: [{ click: '#ok' }, { click: 'xpath///button' }] }],
        optOut: [{ if: { exists: '#ok' }, then: [{ click: '#ok' }], else: [{ click: '.banner-close' }] }],
      }),
      'X',
    );
    expect(r.optIn).toEqual([]);
    expect(r.optOut).toEqual([]);
    expect(r.save).toEqual([]);
  });

  it('keeps shadow-root chains and frame context', () => {
    const r = deriveCmpRule(
      rule({ runContext: { main: false, frame: true, urlPattern: '^https://cmp\\.example/' }, optIn: [{ click: ['#host', '#accept'] }] }),
      'X',
    );
    expect(r.optIn).toEqual([['#host', '#accept']]);
    expect(r).toMatchObject({ main: false, frame: true, urlPattern: '^https://cmp\\.example/' });
  });
});

describe('linearPaths', () => {
  it('enumerates branches and alternatives, skipping toggles', () => {
    const paths = linearPaths([
      { click: '#a' },
      { any: [{ click: '#b' }, { click: '#c' }] },
      { click: '.x input[type=checkbox]' },
      { if: { exists: '#d' }, then: [{ click: '#d' }], else: [] },
    ]);
    expect(paths).toEqual([['#a', '#b', '#d'], ['#a', '#b'], ['#a', '#c', '#d'], ['#a', '#c']]);
  });

  it('stays bounded on deeply branching rules', () => {
    const branchy = Array.from({ length: 20 }, (_, i) => ({ any: [{ click: `#a${i}` }, { click: `#b${i}` }] }));
    expect(linearPaths(branchy).length).toBeLessThanOrEqual(64);
  });
});

describe('splitSelectorList', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectorList('a, b[x="1,2"], :is(c, d) e')).toEqual(['a', 'b[x="1,2"]', ':is(c, d) e']);
    expect(splitSelectorList(['#host', 'x,y'])).toEqual(['x', 'y']);
  });
});

describe('rulesForFrame', () => {
  it('uses main-document rules in the top frame and frame rules in sub-frames, honouring URL patterns', () => {
    const top = rulesForFrame(true, 'https://example.nl/');
    expect(top.some((r) => r.cmp === 'Cookiebot')).toBe(true);
    expect(top.every((r) => r.main)).toBe(true);
    const frame = rulesForFrame(false, 'https://cdn.privacy-mgmt.com/index.html?message_id=123');
    expect(frame.map((r) => r.cmp)).toEqual(['Sourcepoint']);
    expect(rulesForFrame(false, 'https://ads.example/frame.html')).toEqual([]);
  });

  it('treats a broken URL pattern as not matching', () => {
    const bad = [{ ...CMP_TABLE[0]!, main: true, urlPattern: '(' }];
    expect(rulesForFrame(true, 'https://x/', bad)).toEqual([]);
  });
});
