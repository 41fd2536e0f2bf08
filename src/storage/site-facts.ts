// The per-site facts (site-facts-store.ts) on the extension's storage.local.
import browser from 'webextension-polyfill';
import type { EarlierChoice } from '../core/consent/types';
import type { HealthOverride } from '../core/records/page-health';
import { SiteFactsStore, type Overrides } from './site-facts-store';

export type { Overrides };

let store: SiteFactsStore | null = null;
const facts = () => (store ??= new SiteFactsStore(browser.storage.local));

export const earlierChoice = (site: string): Promise<EarlierChoice | null> => facts().earlierChoice(site);
export const rememberChoice = (site: string, choice: EarlierChoice): Promise<void> => facts().rememberChoice(site, choice);
export const readOverrides = (): Promise<Overrides> => facts().readOverrides();
export const setOverride = (scope: 'page' | 'site', key: string, value: HealthOverride | null): Promise<void> =>
  facts().setOverride(scope, key, value);
export const claimDailyNotification = (site: string, today: string): Promise<boolean> => facts().claimDailyNotification(site, today);
export const readPausedSites = (): Promise<string[]> => facts().readPausedSites();
export const setPaused = (site: string, paused: boolean): Promise<string[]> => facts().setPaused(site, paused);
