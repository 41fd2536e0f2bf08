// The part of a storage area (storage.local / storage.session) the stores use,
// so that their logic runs against an in-memory area in unit tests.
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** An in-memory StorageArea (tests; also what a private-window-only session would look like). */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(structuredClone(initial)));
  const pick = (keys: string | string[] | null) => (keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys]);
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of pick(keys)) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of pick(keys)) data.delete(key);
    },
  };
}
