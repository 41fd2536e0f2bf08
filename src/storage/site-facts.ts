// Small per-site facts in storage.local: the user's last consent choice on a
// site (so the next page can say "earlier choice"), the user's health overrides,
// and the day a site last raised a notification. Never written for private windows.
import browser from 'webextension-polyfill';
import type { EarlierChoice } from '../core/consent/types';
import type { HealthOverride } from '../core/records/page-health';

const CHOICES_KEY = 'choices:v1';
const OVERRIDES_KEY = 'overrides:v1';
const NOTIFIED_KEY = 'notified:v1';
export const PAUSED_KEY = 'paused:v1';
/** Caps: oldest entries go first. */
const MAX_SITES = 2000;
const MAX_PAGES = 2000;

export interface Overrides {
  sites: Record<string, HealthOverride>;
  pages: Record<string, HealthOverride>;
}

function capped<T>(record: Record<string, T>, max: number): Record<string, T> {
  const entries = Object.entries(record);
  return entries.length <= max ? record : Object.fromEntries(entries.slice(entries.length - max));
}

async function read<T>(key: string, isValid: (v: unknown) => v is T, fallback: T): Promise<T> {
  const stored = (await browser.storage.local.get(key))[key];
  return isValid(stored) ? stored : fallback;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export async function earlierChoice(site: string): Promise<EarlierChoice | null> {
  const choices = await read(CHOICES_KEY, isRecord, {});
  const found = choices[site] as EarlierChoice | undefined;
  return found && typeof found.t === 'number' && typeof found.choice === 'string' ? found : null;
}

export async function rememberChoice(site: string, choice: EarlierChoice): Promise<void> {
  const choices = await read(CHOICES_KEY, isRecord, {});
  delete choices[site]; // re-insert so the newest stay when capping
  choices[site] = choice;
  await browser.storage.local.set({ [CHOICES_KEY]: capped(choices, MAX_SITES) });
}

const isOverrides = (v: unknown): v is Overrides => isRecord(v) && isRecord(v.sites) && isRecord(v.pages);

export function readOverrides(): Promise<Overrides> {
  return read(OVERRIDES_KEY, isOverrides, { sites: {}, pages: {} });
}

export async function setOverride(scope: 'page' | 'site', key: string, value: HealthOverride | null): Promise<void> {
  const overrides = await readOverrides();
  const map = scope === 'site' ? overrides.sites : overrides.pages;
  delete map[key];
  if (value) map[key] = value;
  await browser.storage.local.set({
    [OVERRIDES_KEY]: { sites: capped(overrides.sites, MAX_SITES), pages: capped(overrides.pages, MAX_PAGES) },
  });
}

/** True when the site has not raised a notification today (and records that it now has). */
export async function claimDailyNotification(site: string, today: string): Promise<boolean> {
  const notified = await read(NOTIFIED_KEY, isRecord, {});
  if (notified[site] === today) return false;
  delete notified[site];
  notified[site] = today;
  await browser.storage.local.set({ [NOTIFIED_KEY]: capped(notified, MAX_SITES) });
  return true;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Sites the user paused recording on. */
export function readPausedSites(): Promise<string[]> {
  return read(PAUSED_KEY, isStringList, []);
}

export async function setPaused(site: string, paused: boolean): Promise<string[]> {
  const sites = (await readPausedSites()).filter((s) => s !== site);
  if (paused) sites.push(site);
  const kept = sites.slice(-MAX_SITES);
  await browser.storage.local.set({ [PAUSED_KEY]: kept });
  return kept;
}
