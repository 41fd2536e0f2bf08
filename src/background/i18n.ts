// The text the background writes itself — the toolbar badge's tooltip, the health
// notification — in the language of every other extension page: the one the user
// chose in Settings, else the browser's. The browser's i18n API cannot switch
// language, so a chosen language's messages are read from the extension's own
// bundled file (never the network), as src/ui/i18n.ts does for the pages.
import browser from 'webextension-polyfill';
import { formatMessage, type Messages } from '../core/message-format';
import type { Lang } from '../core/model';
import type { Lookup } from '../core/records/headline';
import type { LanguageSetting } from '../storage/settings-store';

let chosen: { lang: Lang; messages: Messages } | null = null;

async function bundledMessages(lang: Lang): Promise<Messages> {
  const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
  return (await response.json()) as Messages;
}

/** Follows the language setting; resolves when its messages are there. */
export async function useLanguage(setting: LanguageSetting, read: (lang: Lang) => Promise<Messages> = bundledMessages): Promise<void> {
  if (setting === 'auto') {
    chosen = null;
    return;
  }
  if (chosen?.lang === setting) return;
  try {
    chosen = { lang: setting, messages: await read(setting) };
  } catch (error) {
    chosen = null;
    console.warn('Pixelwacht: could not read the messages of', setting, error);
  }
}

/** A message in the language in use (the browser's own lookup when it is the browser's). */
export const msg: Lookup = (key, substitutions) => {
  const entry = chosen?.messages[key];
  return entry ? formatMessage(entry.message, substitutions) : browser.i18n.getMessage(key, substitutions);
};

export const lang = (): Lang => chosen?.lang ?? (browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en');
