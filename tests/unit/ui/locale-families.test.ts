// Messages the UI builds keys for (`lineMoment_${moment}`, plural forms): every
// member of each family exists in both languages, and the plural helper's forms
// substitute like chrome.i18n does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RECEIVED_ORDER, type ConsentMoment } from '../../../src/core/records/company-lines';
import { pluralCategory } from '../../../src/core/records/headline';
import { formatMessage, type Messages } from '../../../src/core/message-format';

const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const locales = { en: load('en'), nl: load('nl') };
const id = (s: string) => s.replace(/-/g, '_');
const MOMENTS: ConsentMoment[] = ['after-refusal', 'before-choice', 'unknown', 'after-custom', 'after-acceptance'];

const FAMILIES: string[] = [
  ...MOMENTS.map((m) => `lineMoment_${id(m)}`),
  ...MOMENTS.filter((m) => m !== 'unknown').map((m) => `headlineMoment_${id(m)}`),
  ...['visit', ...RECEIVED_ORDER].map((r) => `lineReceived_${id(r)}`),
  ...RECEIVED_ORDER.filter((r) => r !== 'custom-data').map((r) => `headlineReceived_${id(r)}`),
];

/** Every `plural('key', …)` base the UI uses. */
const PLURALS = [
  'headlineHealth', 'headlineTrackers', 'headlineOthers', 'popupRequestCount', 'popupSummaryCount', 'popupMoreRequests', 'consentAlsoAfterReject',
  'badgeTooltipAlarmSentence', 'badgeTooltipTrackers', 'notificationOthers', 'siteSummaryCompanies', 'siteSummaryLetters', 'dashboardVisits',
  'dashboardCompanyOption', 'dashboardResultCount',
];

describe('message families', () => {
  for (const [lang, messages] of Object.entries(locales)) {
    test(`${lang}: every built key exists`, () => {
      const missing = [...FAMILIES, ...PLURALS.flatMap((p) => [`${p}_one`, `${p}_other`])].filter((k) => !(k in messages));
      expect(missing).toEqual([]);
    });
  }

  test('plural forms: one and other in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      expect(pluralCategory(1, lang)).toBe('one');
      expect(pluralCategory(0, lang)).toBe('other');
      expect(pluralCategory(2, lang)).toBe('other');
    }
    expect(formatMessage(locales.nl.dashboardResultCount_other!.message, ['5', '3'])).toBe('3 van 5 sites');
    expect(formatMessage(locales.nl.dashboardResultCount_one!.message, ['1', '1'])).toBe('1 van 1 site');
    expect(formatMessage(locales.en.dashboardCompanyOption_one!.message, ['1', 'TikTok'])).toBe('TikTok (1 site)');
  });

  test('message format: $1… substitutions and $$', () => {
    expect(formatMessage('$1 costs $$2, $2', ['It', 'five'])).toBe('It costs $2, five');
    expect(formatMessage('no $3 here', ['a'])).toBe('no  here');
  });
});
