// All user-visible text comes from _locales/{en,nl}/messages.json. The language
// is the browser's unless the user chose one in Settings; then the chosen
// language's messages are read from the extension's own bundled files (never the
// network) before a page first renders — call `loadLanguage()` first.
import browser from 'webextension-polyfill';
import type { Lang } from '../core/model';
import { pluralCategory } from '../core/records/headline';
import { readSettings } from '../storage/settings';
import type { LanguageSetting } from '../storage/settings-store';
import { formatMessage, type Messages } from '../core/message-format';

export type UiLanguage = Lang;

let chosen: { lang: UiLanguage; messages: Messages } | null = null;

/** Reads the language setting and, when it is not automatic, that language's messages. */
export async function loadLanguage(setting?: LanguageSetting): Promise<void> {
  const language = setting ?? (await readSettings().catch(() => ({ language: 'auto' as const }))).language;
  chosen = null;
  if (language === 'nl' || language === 'en') {
    try {
      const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
      chosen = { lang: language, messages: (await response.json()) as Messages };
    } catch (error) {
      console.warn('Pixelwacht: could not read the messages of', language, error);
    }
  }
  document.documentElement.lang = uiLanguage();
}

export function t(key: string, substitutions?: string | string[]): string {
  if (chosen) {
    const entry = chosen.messages[key];
    if (entry) return formatMessage(entry.message, substitutions);
  }
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key is a bug; show the key rather than nothing so tests catch it.
  return text || key;
}

/** Whether the locale has a message (category keys come from a database that grows). */
export function hasMessage(key: string): boolean {
  return chosen ? key in chosen.messages : browser.i18n.getMessage(key) !== '';
}

/** A message with `_one` / `_other` forms chosen by Intl.PluralRules; `$1` is the number. */
export function plural(key: string, n: number, more: string[] = []): string {
  return t(`${key}_${pluralCategory(n, uiLanguage())}`, [formatNumber(n), ...more]);
}

export function uiLanguage(): UiLanguage {
  if (chosen) return chosen.lang;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export const uiLocale = () => (uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB');

export function formatNumber(n: number): string {
  return n.toLocaleString(uiLocale());
}

let regions: { lang: UiLanguage; names: Intl.DisplayNames } | null = null;
/** "US" → "the United States" is too much; "United States" / "Verenigde Staten". Unknown codes stay as they are. */
export function countryName(code: string): string {
  try {
    if (regions?.lang !== uiLanguage()) regions = { lang: uiLanguage(), names: new Intl.DisplayNames([uiLocale()], { type: 'region' }) };
    return regions.names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
