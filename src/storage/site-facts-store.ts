// Small per-site facts in storage.local: the user's last consent choice on a
// site (so the next page can say "earlier choice"), the user's health overrides,
// the day a site last raised a notification, and the sites recording is paused
// on. Never written for private windows. Every change is a read-modify-write on
// the one serial chain (serial.ts); the storage area is injected, so this runs
// in Node tests.
import * as v from 'valibot';
import type { EarlierChoice } from '../core/consent/types';
import type { HealthOverride } from '../core/records/page-health';
import { CHOICES_KEY, NOTIFIED_KEY, OVERRIDES_KEY, PAUSED_KEY } from './keys';
import { earlierChoiceSchema, overridesSchema, siteMapSchema, stringListSchema } from './schemas';
import { serially } from './serial';
import type { StorageArea } from './storage-area';

/** Caps: oldest entries go first. */
export const MAX_FACT_SITES = 2000;
const MAX_PAGES = 2000;

export interface Overrides {
  sites: Record<string, HealthOverride>;
  pages: Record<string, HealthOverride>;
}

function capped<T>(record: Record<string, T>, max: number): Record<string, T> {
  const entries = Object.entries(record);
  return entries.length <= max ? record : Object.fromEntries(entries.slice(entries.length - max));
}

export class SiteFactsStore {
  constructor(private readonly area: StorageArea) {}

  private async read<T>(key: string, schema: v.GenericSchema<T>, fallback: T): Promise<T> {
    const stored = (await this.area.get(key))[key];
    return v.is(schema, stored) ? stored : fallback;
  }

  async earlierChoice(site: string): Promise<EarlierChoice | null> {
    const found = (await this.read(CHOICES_KEY, siteMapSchema, {}))[site];
    return v.is(earlierChoiceSchema, found) ? (found as EarlierChoice) : null;
  }

  rememberChoice(site: string, choice: EarlierChoice): Promise<void> {
    return serially(async () => {
      const choices = await this.read(CHOICES_KEY, siteMapSchema, {});
      delete choices[site]; // re-insert so the newest stay when capping
      choices[site] = choice;
      await this.area.set({ [CHOICES_KEY]: capped(choices, MAX_FACT_SITES) });
    });
  }

  async readOverrides(): Promise<Overrides> {
    return (await this.read(OVERRIDES_KEY, overridesSchema, { sites: {}, pages: {} })) as Overrides;
  }

  setOverride(scope: 'page' | 'site', key: string, value: HealthOverride | null): Promise<void> {
    return serially(async () => {
      const overrides = await this.readOverrides();
      const map = scope === 'site' ? overrides.sites : overrides.pages;
      delete map[key];
      if (value) map[key] = value;
      await this.area.set({
        [OVERRIDES_KEY]: { sites: capped(overrides.sites, MAX_FACT_SITES), pages: capped(overrides.pages, MAX_PAGES) },
      });
    });
  }

  /** True when the site has not raised a notification today (and records that it now has). */
  claimDailyNotification(site: string, today: string): Promise<boolean> {
    return serially(async () => {
      const notified = await this.read(NOTIFIED_KEY, siteMapSchema, {});
      if (notified[site] === today) return false;
      delete notified[site];
      notified[site] = today;
      await this.area.set({ [NOTIFIED_KEY]: capped(notified, MAX_FACT_SITES) });
      return true;
    });
  }

  /** Sites the user paused recording on. */
  readPausedSites(): Promise<string[]> {
    return this.read(PAUSED_KEY, stringListSchema, []);
  }

  setPaused(site: string, paused: boolean): Promise<string[]> {
    return serially(async () => {
      const sites = (await this.readPausedSites()).filter((s) => s !== site);
      if (paused) sites.push(site);
      const kept = sites.slice(-MAX_FACT_SITES);
      await this.area.set({ [PAUSED_KEY]: kept });
      return kept;
    });
  }
}
