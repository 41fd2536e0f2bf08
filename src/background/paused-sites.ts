// Sites the user paused recording on: read once at start, then kept current from
// the change itself (setPaused returns the new list) and from storage changes
// made elsewhere (erasing everything, another window) — never read back twice.
import { PAUSED_KEY } from '../storage/keys';
import { readPausedSites, setPaused } from '../storage/site-facts';

export class PausedSites {
  private readonly sites = new Set<string>();

  has(site: string): boolean {
    return this.sites.has(site);
  }

  async load(): Promise<void> {
    this.replace(await readPausedSites());
  }

  async set(site: string, paused: boolean): Promise<void> {
    this.replace(await setPaused(site, paused));
  }

  /** A storage.onChanged entry for the local area; returns whether it was ours. */
  changed(changes: Record<string, { newValue?: unknown }>): boolean {
    if (!(PAUSED_KEY in changes)) return false;
    const value = changes[PAUSED_KEY]!.newValue;
    this.replace(Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : []);
    return true;
  }

  private replace(sites: readonly string[]): void {
    this.sites.clear();
    for (const site of sites) this.sites.add(site);
  }
}
