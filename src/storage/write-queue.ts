// One serialised write queue per store. Changes are collected and flushed
// together after a short delay that has a hard upper bound: a debounce without
// one can postpone writes forever while requests keep coming, and the browser
// stops an idle worker at any time (losing whatever was only in memory).
// Flushes are chained on one promise so two never overlap.

export interface WriteQueue<K> {
  /** Mark a key dirty; it is written within `maxDelayMs`. */
  mark(key: K): void;
  /** Write everything dirty now; resolves when it is on storage. */
  flush(): Promise<void>;
}

export function createWriteQueue<K>(
  write: (keys: K[]) => Promise<void>,
  { delayMs = 100, maxDelayMs = 1000 }: { delayMs?: number; maxDelayMs?: number } = {},
  onError: (error: unknown) => void = (error) => console.error('Pixelwacht: write failed', error),
): WriteQueue<K> {
  const dirty = new Set<K>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstMarkedAt = 0;
  let lastMarkedAt = 0;
  let chain: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (dirty.size === 0) return chain;
    const keys = [...dirty];
    dirty.clear();
    chain = chain.then(() => write(keys)).catch(onError);
    return chain;
  };

  // One timer per flush, not one per change (a page load marks hundreds of changes):
  // when it fires early it is set again for what remains of the short delay since
  // the last change, never past maxDelayMs since the first one.
  const due = () => Math.min(lastMarkedAt + delayMs, firstMarkedAt + maxDelayMs);
  const fire = () => {
    timer = null;
    const wait = due() - Date.now();
    if (wait > 0) timer = setTimeout(fire, wait);
    else void run();
  };

  return {
    mark(key) {
      const now = Date.now();
      if (dirty.size === 0) firstMarkedAt = now;
      lastMarkedAt = now;
      dirty.add(key);
      timer ??= setTimeout(fire, Math.max(0, due() - now));
    },
    flush: run,
  };
}
