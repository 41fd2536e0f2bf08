// All user-visible text comes from _locales/{en,nl}/messages.json.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key is a bug; show the key rather than nothing so tests catch it.
  return text || key;
}

export function uiLanguage(): 'nl' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
