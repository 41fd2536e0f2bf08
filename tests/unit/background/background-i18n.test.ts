// The background's own text (badge tooltip, notification) in the language chosen in
// Settings, read from the bundled messages; the browser's own lookup otherwise.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Messages } from '../../../src/core/message-format';

vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => `browser:${key}`, getUILanguage: () => 'en-US' }, runtime: { getURL: (p: string) => p } },
}));
const { lang, msg, useLanguage } = await import('../../../src/background/i18n');

const bundled = (l: 'nl' | 'en'): Messages => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${l}/messages.json`), 'utf8')) as Messages;
const read = vi.fn(async (l: 'nl' | 'en') => bundled(l));

afterEach(async () => {
  await useLanguage('auto', read);
  read.mockClear();
});

describe('background language', () => {
  test("'auto': the browser's language and lookup", async () => {
    await useLanguage('auto', read);
    expect(lang()).toBe('en');
    expect(msg('badgeTooltipNone')).toBe('browser:badgeTooltipNone');
    expect(read).not.toHaveBeenCalled();
  });

  test('Dutch chosen in an English browser: Dutch text with its substitutions, read once', async () => {
    await useLanguage('nl', read);
    await useLanguage('nl', read);
    expect(lang()).toBe('nl');
    expect(msg('badgeTooltipTrackers_other', ['2', 'Meta en Google'])).toBe(
      'Pixelwacht: deze pagina vertelde 2 bedrijven over uw bezoek: Meta en Google. Pixelwacht heeft niets geblokkeerd.',
    );
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('every key the background writes exists in both bundled languages', () => {
    const keys = ['badgeTooltipNone', 'badgeTooltipPaused', 'badgeTooltipMore', 'badgeTooltipAlarmItem2', 'notificationTitle', 'notificationMessage', 'shield_badgeNothingBlocked'];
    const plurals = ['badgeTooltipTrackers', 'badgeTooltipAlarmSentence', 'notificationOthers', 'shield_badgeBlocked', 'shield_badgeAllBlocked'];
    for (const l of ['nl', 'en'] as const) {
      const messages = bundled(l);
      for (const key of [...keys, ...plurals.flatMap((p) => [`${p}_one`, `${p}_other`])]) expect(messages[key]?.message, `${l} ${key}`).toBeTruthy();
    }
  });

  test("messages that cannot be read: the browser's language, not a broken text", async () => {
    await useLanguage('nl', async () => {
      throw new Error('no file');
    });
    expect(lang()).toBe('en');
    expect(msg('badgeTooltipNone')).toBe('browser:badgeTooltipNone');
  });
});
