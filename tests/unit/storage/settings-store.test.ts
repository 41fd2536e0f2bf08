// The settings run in Node against an injected storage area: each field read on its
// own with its default, bounds declared once, and every write changes only the fields
// it names, on the serial chain.
import { describe, expect, test } from 'vitest';
import { SETTINGS_KEY } from '../../../src/storage/keys';
import { readNotices } from '../../../src/storage/notices';
import { MAX_SHIELD_EXCEPTIONS, RETENTION_DAYS } from '../../../src/storage/schemas';
import { DEFAULT_SETTINGS, SettingsStore, validRetention } from '../../../src/storage/settings-store';
import { memoryArea } from '../../../src/storage/storage-area';
import { slowArea } from './fixtures';

describe('settings store', () => {
  // The defect: the Settings page held the settings read when it opened and saved them
  // whole, so saving the retention or the language put back the shield exceptions (and
  // the shield switch) as they were then, dropping what the popup had changed since.
  test('a Settings page opened before the popup added an exception keeps it when it saves', async () => {
    const area = memoryArea();
    const page = new SettingsStore(area); // the dashboard's context
    const popup = new SettingsStore(area); // the popup's context
    const loaded = await page.read();
    await popup.change((s) => ({ shield: true, shieldExceptions: ['zorg.example', ...s.shieldExceptions] }));
    expect(loaded.shieldExceptions).toEqual([]);
    await page.change(() => ({ retentionDays: 10 }));
    await page.change(() => ({ language: 'nl' }));
    await page.change(() => ({ notifications: false }));
    expect(await page.read()).toEqual({ notifications: false, retentionDays: 10, language: 'nl', shield: true, shieldExceptions: ['zorg.example'] });
  });

  test('a write stores only what it changes: fields left unset keep following the defaults, unknown fields stay', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { retentionDays: 7, later: { kept: true } } });
    await new SettingsStore(area).change(() => ({ shield: true }));
    expect(area.data.get(SETTINGS_KEY)).toEqual({ retentionDays: 7, later: { kept: true }, shield: true });
  });

  test('changes made at the same moment in one context are all kept', async () => {
    const area = slowArea();
    const store = new SettingsStore(area);
    const sites = Array.from({ length: 20 }, (_, i) => `site${i}.nl`);
    await Promise.all([
      ...sites.map((site) => store.change((s) => ({ shieldExceptions: [site, ...s.shieldExceptions] }))),
      store.change(() => ({ retentionDays: 90 })),
      store.change(() => ({ shield: true })),
    ]);
    const now = await store.read();
    expect([...now.shieldExceptions].sort()).toEqual([...sites].sort());
    expect(now.retentionDays).toBe(90);
    expect(now.shield).toBe(true);
  });

  test('nothing stored reads as the defaults, without a notice', async () => {
    const area = memoryArea();
    expect(await new SettingsStore(area).read()).toEqual(DEFAULT_SETTINGS);
    expect(await readNotices(area)).toEqual([]);
  });

  test('one damaged field falls back to its default, the others stay; it is removed once, with one notice', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { notifications: false, retentionDays: 'forever', language: 'en', shield: true, shieldExceptions: ['a.nl'] } });
    const store = new SettingsStore(area, () => 42);
    const expected = { notifications: false, retentionDays: DEFAULT_SETTINGS.retentionDays, language: 'en', shield: true, shieldExceptions: ['a.nl'] };
    expect(await store.read()).toEqual(expected);
    expect(await store.read()).toEqual(expected);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ notifications: false, language: 'en', shield: true, shieldExceptions: ['a.nl'] });
    expect(await readNotices(area)).toEqual([{ at: 42, part: 'settings', key: SETTINGS_KEY }]);
  });

  test('a stored value that is no object reads as the defaults, with a notice, and the next write replaces it', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: 'garbage' });
    const store = new SettingsStore(area);
    await store.change(() => ({ language: 'nl' }));
    expect(area.data.get(SETTINGS_KEY)).toEqual({ language: 'nl' });
    expect((await readNotices(area)).map((n) => n.part)).toEqual(['settings']);
  });

  test('the retention bounds are the ones reading accepts', async () => {
    expect([RETENTION_DAYS.min, 30, RETENTION_DAYS.max].map(validRetention)).toEqual([true, true, true]);
    expect([RETENTION_DAYS.min - 1, RETENTION_DAYS.max + 1, 2.5, Number.NaN].map(validRetention)).toEqual([false, false, false, false]);
    for (const days of [0, 3651, 2.5]) {
      const store = new SettingsStore(memoryArea({ [SETTINGS_KEY]: { retentionDays: days } }));
      expect((await store.read()).retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    }
  });

  test('a write out of bounds is refused and changes nothing', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { retentionDays: 7 } });
    const store = new SettingsStore(area);
    await expect(store.change(() => ({ retentionDays: 0 }))).rejects.toThrow(RangeError);
    await expect(store.change(() => ({ shieldExceptions: ['ok.nl', ''] }))).rejects.toThrow(RangeError);
    await expect(store.change(() => ({ language: 'de' as never }))).rejects.toThrow(RangeError);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ retentionDays: 7 });
    // The chain goes on after a refused step.
    expect((await store.change(() => ({ retentionDays: 8 }))).retentionDays).toBe(8);
  });

  test('a stored exception list keeps its good entries and is cut to its cap', async () => {
    const many = Array.from({ length: MAX_SHIELD_EXCEPTIONS + 10 }, (_, i) => `s${i}.nl`);
    const store = new SettingsStore(memoryArea({ [SETTINGS_KEY]: { shieldExceptions: [3, '', 'x'.repeat(254), ...many] } }));
    expect((await store.read()).shieldExceptions).toEqual(many.slice(0, MAX_SHIELD_EXCEPTIONS));
  });
});
