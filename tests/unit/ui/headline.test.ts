// The popup's first sentence for every consent state, in both languages, worded
// by the real locale files (table-driven).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ConsentEvent, ConsentTimeline, EarlierChoice } from '../../../src/core/consent/types';
import { companyLines } from '../../../src/core/records/company-lines';
import type { Lang } from '../../../src/core/model';
import { headlineOf, headlineSentence } from '../../../src/core/records/headline';
import type { PageRecord } from '../../../src/core/records/page-record';
import { lookupIn, type Messages } from '../../../src/core/message-format';
import { loadRecord } from '../../fixtures/records/load';

const messages = (lang: Lang) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const msg = { en: lookupIn(messages('en')), nl: lookupIn(messages('nl')) };

type Step = { type: 'interaction' } | { type: 'banner' } | { type: 'choice'; choice: 'accept-all' | 'reject-all' | 'save-custom' };

/** The record with a consent timeline whose events all happen before its first tracker request. */
function withConsent(name: 'ivf-health-insurer' | 'car-insurance', steps: Step[] | null, earlier: EarlierChoice['choice'] | null = null): PageRecord {
  const page = loadRecord(name);
  const first = Math.min(...Object.values(page.trackers).map((r) => r.firstSeen), ...page.requests.map((r) => r.timeStamp));
  const nav = first - 1_000;
  if (steps === null) {
    page.consent = null;
  } else {
    const events: ConsentEvent[] = [{ type: 'navigation-start', t: nav }];
    steps.forEach((step, i) => {
      const t = nav + 10 * (i + 1);
      if (step.type === 'interaction') events.push({ type: 'first-interaction', t, kind: 'pointer' });
      if (step.type === 'banner') events.push({ type: 'banner-shown', t, cmp: 'Cookiebot' });
      if (step.type === 'choice') events.push({ type: 'choice', t, choice: step.choice, cmp: 'Cookiebot', via: 'rule' });
    });
    page.consent = { navigationStart: nav, events, truncated: false } satisfies ConsentTimeline;
  }
  page.earlierChoice = earlier ? { choice: earlier, t: nav - 60_000 } : null;
  return page;
}

const sentence = (page: PageRecord, lang: Lang) => headlineSentence(headlineOf(page, companyLines(page)), lang, msg[lang]);

const IVF_WHO = {
  en: 'Meta (Facebook, Instagram) and Google were told that you visited this page about IVF, along with your login cookie, an id for your browser and your e-mail address, hashed',
  nl: 'Meta (Facebook, Instagram) en Google kregen te horen dat u deze pagina over IVF bezocht, samen met uw inlogcookie, een ID van uw browser en uw e-mailadres, gehasht',
};

const CASES: { state: string; steps: Step[] | null; earlier?: EarlierChoice['choice']; en: string; nl: string }[] = [
  { state: 'before any interaction', steps: [], en: ' — before you chose anything.', nl: ' — voordat u iets had gekozen.' },
  { state: 'banner unanswered', steps: [{ type: 'banner' }, { type: 'interaction' }], en: ' — before you chose anything.', nl: ' — voordat u iets had gekozen.' },
  { state: 'after refusal', steps: [{ type: 'banner' }, { type: 'interaction' }, { type: 'choice', choice: 'reject-all' }], en: ' — even after you refused.', nl: ' — zelfs nadat u had geweigerd.' },
  { state: 'after acceptance', steps: [{ type: 'banner' }, { type: 'interaction' }, { type: 'choice', choice: 'accept-all' }], en: ' — after you accepted cookies.', nl: ' — nadat u cookies had geaccepteerd.' },
  { state: 'after own settings', steps: [{ type: 'banner' }, { type: 'interaction' }, { type: 'choice', choice: 'save-custom' }], en: ' — after you saved your own cookie settings.', nl: ' — nadat u eigen cookie-instellingen had opgeslagen.' },
  { state: 'earlier refusal on the site', steps: [], earlier: 'reject-all', en: ' — even after you refused.', nl: ' — zelfs nadat u had geweigerd.' },
  { state: 'earlier acceptance on the site', steps: [], earlier: 'accept-all', en: ' — after you accepted cookies.', nl: ' — nadat u cookies had geaccepteerd.' },
  { state: 'interaction, no banner (unknown)', steps: [{ type: 'interaction' }], en: '.', nl: '.' },
  { state: 'no consent record', steps: null, en: '.', nl: '.' },
];

describe('headline sentence', () => {
  for (const c of CASES) {
    for (const lang of ['en', 'nl'] as const) {
      test(`health page, ${c.state}, ${lang}`, () => {
        expect(sentence(withConsent('ivf-health-insurer', c.steps, c.earlier ?? null), lang)).toBe(IVF_WHO[lang] + c[lang]);
      });
    }
  }

  test('the worst moment wins: one request after a refusal makes the whole page "even after you refused"', () => {
    const page = withConsent('ivf-health-insurer', []);
    const last = Math.max(...page.requests.map((r) => r.timeStamp));
    page.consent!.events.push({ type: 'first-interaction', t: last - 5_000, kind: 'pointer' }, { type: 'choice', t: last - 4_000, choice: 'reject-all', cmp: 'Cookiebot', via: 'rule' });
    const lines = companyLines(page);
    // Only requests after the refusal count as after it; the earlier ones stay "before you chose".
    expect(lines.some((l) => l.moment === 'after-refusal')).toBe(true);
    expect(sentence(page, 'en')).toMatch(/ — even after you refused\.$/);
  });

  test('a page that is not about health names every company, no topic', () => {
    for (const lang of ['en', 'nl'] as const) {
      const page = withConsent('car-insurance', []);
      expect(sentence(page, lang)).toBe(
        lang === 'en' ? 'Google was told that you visited this page, along with an id for your browser — before you chose anything.' : 'Google kreeg te horen dat u deze pagina bezocht, samen met een ID van uw browser — voordat u iets had gekozen.',
      );
    }
  });

  test('more than four companies: three named and "n other companies", plural-aware', () => {
    const h = { kind: 'trackers' as const, topic: null, brands: ['A', 'B', 'C', 'D', 'E', 'F'], received: [], moment: null };
    expect(headlineSentence(h, 'en', msg.en)).toBe('A, B, C and 3 other companies were told that you visited this page.');
    expect(headlineSentence(h, 'nl', msg.nl)).toBe('A, B, C en nog 3 bedrijven kregen te horen dat u deze pagina bezocht.');
    const five = { ...h, brands: ['A', 'B', 'C', 'D', 'E'] };
    expect(headlineSentence(five, 'en', msg.en)).toBe('A, B, C and 2 other companies were told that you visited this page.');
  });

  test('one company: singular verb in both languages', () => {
    const h = { kind: 'health-disclosed' as const, topic: { term: null, category: 'mental-health' as const }, brands: ['TikTok'], received: [], moment: 'before-choice' as const };
    expect(headlineSentence(h, 'en', msg.en)).toBe('TikTok was told that you visited this page about mental health — before you chose anything.');
    expect(headlineSentence(h, 'nl', msg.nl)).toBe('TikTok kreeg te horen dat u deze pagina over geestelijke gezondheid bezocht — voordat u iets had gekozen.');
  });

  test('no trackers: no sentence', () => {
    const page = loadRecord('car-insurance');
    page.trackers = {};
    page.requests = [];
    expect(sentence(page, 'en')).toBe('');
  });
});
