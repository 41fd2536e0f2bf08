// The settings (settings-store.ts) on the extension's storage.local, for the
// background, the popup and the dashboard alike.
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from './keys';
import { SettingsStore, type Settings } from './settings-store';

let store: SettingsStore | null = null;
const settings = () => (store ??= new SettingsStore(browser.storage.local));

export const readSettings = (): Promise<Settings> => settings().read();
/** Changes only the fields `change` returns (see SettingsStore.change). */
export const changeSettings = (change: (current: Settings) => Partial<Settings>): Promise<Settings> => settings().change(change);

/** Called with the settings, read afresh, whenever another page or the background changed them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) void readSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
