import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyButtonText } from '../../../src/core/consent/choice-text';
import { CMP_TABLE } from '../../../src/core/consent/cmp-rules';
import { decodeTcString } from '../../../src/core/consent/tcf';

// Guards for the static pages the browser end-to-end test serves from 127.0.0.1.
const read = (name: string) => readFileSync(new URL(`../../fixtures/consent/${name}`, import.meta.url), 'utf8');
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1] ?? '');

describe('consent fixture pages', () => {
  it.each(['cookiebot-like.html', 'generic-dutch-banner.html', 'tcf-stub.html'])('%s loads no external script', (name) => {
    expect(read(name)).not.toMatch(/<script[^>]+src=/i);
  });

  it('the Cookiebot-like page uses the ids the Cookiebot rule knows', () => {
    const html = read('cookiebot-like.html');
    const rule = CMP_TABLE.find((r) => r.cmp === 'Cookiebot');
    for (const sel of [rule?.popup[0], rule?.optIn[0], rule?.optOut[0], rule?.save[0]]) {
      expect(typeof sel).toBe('string');
      expect(html).toContain(`id="${String(sel).slice(1)}"`);
    }
  });

  it('the generic Dutch banner has no CMP ids or cookie words in its markup names, and labels we classify', () => {
    const html = read('generic-dutch-banner.html');
    expect(html).not.toMatch(/(id|class)="[^"]*(cookie|consent)/i);
    expect(buttons(html).map(classifyButtonText)).toEqual(['other', 'reject-all', 'accept-all']);
  });

  it('the TCF stub carries real TC strings: all purposes, and none', () => {
    const strings = [...read('tcf-stub.html').matchAll(/'(CQ[A-Za-z0-9_.-]+)'/g)].map((m) => m[1] ?? '');
    expect(strings.map((s) => decodeTcString(s)?.purposesConsented)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], []]);
  });
});
