// A badge update groups the page's companies once: for the count, the health alarm
// and the tooltip alike (it grouped them three times, more on a health page).
import { describe, expect, test, vi } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import { addTrackerRequest, startPage } from '../../../src/core/records/page-record';

const grouped = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/core/records/companies', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/records/companies')>();
  return { ...actual, companiesOf: (...args: Parameters<typeof actual.companiesOf>) => (grouped.calls++, actual.companiesOf(...args)) };
});
const drawn: { text: string; title: string }[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void drawn.push({ text, title: '' }),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async ({ title }: { title: string }) => void (drawn.at(-1)!.title = title),
    },
    i18n: { getMessage: (key: string, subs?: string[]) => [key, ...(subs ?? [])].join('|'), getUILanguage: () => 'en' },
  },
}));

const { badgeView } = await import('../../../src/core/records/badge-state');
const { showBadge } = await import('../../../src/background/badge');

const analysis = (key: string, company: string, pageUrl: string): RequestAnalysis => ({
  thirdParty: true,
  tracker: { key, name: key, companyKey: company.toLowerCase(), company, category: 'advertising', country: null, website: null, privacyPolicy: null },
  kind: 'pixel', decoder: null, disguised: false, disclosures: [{ vendor: 'meta-pixel', pageUrl, carriedBy: { pageUrl: 'dl' } }], truncated: false,
});

describe('a badge update', () => {
  test('on a health page with the alarm: the companies are grouped once', async () => {
    const url = 'https://www.cz.nl/ggz';
    const page = startPage(1, url, 0);
    page.health = { verdict: { health: true, score: 0.9, categories: ['mental-health'], language: 'nl', reasonCodes: [], matchedTerms: [], at: 0, url }, override: null };
    for (const [key, company] of [['meta', 'Meta'], ['ga', 'Google'], ['tt', 'ByteDance']] as const) {
      addTrackerRequest(page, { id: key, tabId: 1, frameId: 0, pageUrl: url, initiator: null, method: 'GET', type: 'image', url: `https://t.example/${key}`, body: null, bodyTruncated: false, timeStamp: 1, referrer: null, cookieNames: null }, analysis(key, company, url));
    }
    grouped.calls = 0;
    const view = badgeView(page, false);
    await showBadge(1, view);
    expect(view.state.level).toBe('alarm');
    expect(drawn.at(-1)!.text).toBe('!3');
    expect(drawn.at(-1)!.title).toMatch(/^badgeTooltipAlarmSentence/);
    expect(grouped.calls).toBe(1);
  });
});
