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

  return {
    mark(key) {
      const now = Date.now();
      if (dirty.size === 0) firstMarkedAt = now;
      dirty.add(key);
      if (timer) clearTimeout(timer);
      // Wait a little for more changes, but never past maxDelayMs since the first one.
      const wait = Math.max(0, Math.min(delayMs, firstMarkedAt + maxDelayMs - now));
      timer = setTimeout(run, wait);
    },
    flush: run,
  };
}
