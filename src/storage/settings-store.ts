// The user's settings in storage.local under one key (settings:v1): the one place
// that reads them, fills in defaults, knows their bounds (schemas.ts) and writes
// them. Reading checks each field on its own, so one damaged field falls back to
// its default and the others stay as the user set them; a damaged field is
// removed from storage (so its default applies) with a notice. Every write is a
// read-modify-write of only the fields it changes, on the one serial chain
// (serial.ts): a page that read the settings a while ago cannot put back what
// another writer (the popup's shield exception) changed since. The storage area
// is injected, so this runs in Node tests.
import * as v from 'valibot';
import { SETTINGS_KEY } from './keys';
import { addNotice } from './notices';
import { LANGUAGE_SETTINGS, settingsFieldSchemas, settingsObjectSchema } from './schemas';
import { serially } from './serial';
import type { StorageArea } from './storage-area';

export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export interface Settings {
  /** A browser notification when a health page is disclosed, at most once per site per day. */
  notifications: boolean;
  /** Days history is kept. */
  retentionDays: number;
  /** Language of every extension page (the letters keep their own choice). */
  language: LanguageSetting;
  /** The health shield: block trackers on health pages (off until the user turns it on). */
  shield: boolean;
  /** Sites where the user let trackers through ("the page looks broken?"), registrable domains. */
  shieldExceptions: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  notifications: true,
  retentionDays: 30,
  language: 'auto',
  shield: false,
  shieldExceptions: [],
});

const FIELDS = Object.keys(settingsFieldSchemas) as (keyof Settings)[];

/** Whether a number of days is one the retention setting accepts. */
export const validRetention = (days: number): boolean => v.is(settingsFieldSchemas.retentionDays, days);

interface Read {
  settings: Settings;
  /** The stored object as it is (fields of a later version kept), or {} when there is none. */
  stored: Record<string, unknown>;
  /** Fields stored with a value that does not fit (and the whole value when it is no object). */
  damaged: string[];
}

function parse(value: unknown): Read {
  if (value === undefined) return { settings: defaults(), stored: {}, damaged: [] };
  if (!v.is(settingsObjectSchema, value)) return { settings: defaults(), stored: {}, damaged: ['*'] };
  const settings = defaults() as unknown as Record<string, unknown>;
  const damaged: string[] = [];
  for (const field of FIELDS) {
    if (!(field in value)) continue;
    const result = v.safeParse(settingsFieldSchemas[field], value[field]);
    if (result.success) settings[field] = result.output;
    else damaged.push(field);
  }
  return { settings: settings as unknown as Settings, stored: value, damaged };
}

const defaults = (): Settings => ({ ...DEFAULT_SETTINGS, shieldExceptions: [] });

/** The stored object without its damaged fields (their defaults then apply). */
function withoutDamage(read: Read): Record<string, unknown> {
  const stored = { ...read.stored };
  for (const field of read.damaged) delete stored[field];
  return stored;
}

export class SettingsStore {
  constructor(
    private readonly area: StorageArea,
    private readonly now: () => number = Date.now,
  ) {}

  async read(): Promise<Settings> {
    const read = await this.readStored();
    if (read.damaged.length > 0) {
      // Repaired on the chain (another step may have repaired it meanwhile), once.
      const repaired = await serially(async () => {
        const again = await this.readStored();
        if (again.damaged.length === 0) return false;
        await this.area.set({ [SETTINGS_KEY]: withoutDamage(again) });
        return true;
      });
      if (repaired) await this.noticeReset();
    }
    return read.settings;
  }

  /**
   * Changes the fields `change` returns, computed from the settings as stored now;
   * every other field stays as stored. Throws on a value out of bounds.
   */
  async change(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
    let repaired = false;
    const next = await serially(async () => {
      const read = await this.readStored();
      const patch = change(read.settings);
      for (const [field, value] of Object.entries(patch)) {
        const schema = settingsFieldSchemas[field as keyof Settings] as v.GenericSchema | undefined;
        const checked = schema && v.safeParse(schema, value);
        // What is written must read back as written (no entry of a list dropped, none cut).
        if (!checked?.success || JSON.stringify(checked.output) !== JSON.stringify(value)) throw new RangeError(`Pixelwacht: setting ${field} cannot be ${JSON.stringify(value)}`);
      }
      repaired = read.damaged.length > 0;
      await this.area.set({ [SETTINGS_KEY]: { ...withoutDamage(read), ...patch } });
      return { ...read.settings, ...patch };
    });
    if (repaired) await this.noticeReset();
    return next;
  }

  private async readStored(): Promise<Read> {
    return parse((await this.area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  }

  // After the chain's step, not in it: addNotice takes the chain too.
  private noticeReset(): Promise<void> {
    return addNotice(this.area, { at: this.now(), part: 'settings', key: SETTINGS_KEY });
  }
}
