// One write that storage may refuse (quota, a damaged database): tried again
// once, then with a smaller value, and only then given up. Each record is
// written on its own, so a refusal costs that record and never another's.
import type { StorageArea } from './storage-area';

export type WriteOutcome = 'written' | 'shrunk' | 'lost';

async function trySet(area: StorageArea, items: Record<string, unknown>, count: (items: Record<string, unknown>) => void): Promise<boolean> {
  try {
    count(items);
    await area.set(items);
    return true;
  } catch (error) {
    console.warn('Pixelwacht: storage refused a write', Object.keys(items), error);
    return false;
  }
}

export async function writeOrShrink<T>(
  area: StorageArea,
  key: string,
  value: T,
  shrink: (value: T) => T,
  count: (items: Record<string, unknown>) => void = () => undefined,
): Promise<WriteOutcome> {
  if (await trySet(area, { [key]: value }, count)) return 'written';
  if (await trySet(area, { [key]: value }, count)) return 'written';
  if (await trySet(area, { [key]: shrink(value) }, count)) return 'shrunk';
  return 'lost';
}

export { trySet };
