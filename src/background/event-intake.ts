// The request's path is a bare observer's: a listener only pushes what it was
// given onto this queue and returns — nothing is awaited before an event is
// buffered, not even the worker's start-up. The queue is drained shortly after,
// in batches, strictly in arrival order (requests, headers, tab events and
// content reports share it, so a page started by a navigation exists before the
// requests that follow it are attributed). Handlers that must ask the browser
// something return a promise; the drain waits for it before the next event.

export type Work<C> = (context: C) => Promise<void> | void;

/** Events handled per turn before yielding to the browser (other listeners, timers). */
const BATCH = 64;
/**
 * The drain starts once no event has arrived for QUIET_MS, and at the latest
 * MAX_WAIT_MS after the oldest event still waiting: a page load's burst of
 * requests is analysed when the burst is over, not while the page is still
 * loading (on a machine with few cores the worker's analysis competes with the
 * page for the processor). Anyone who asks for the settled state (the popup, a
 * setting's change, erase) gets the drain at once.
 */
export const QUIET_MS = 200;
export const MAX_WAIT_MS = 1000;
/**
 * How long the drain waits for one handler's answer from the browser (a tab lookup)
 * before it goes on with the next event. A browser call that never answers must not
 * stop every later request from being recorded; the handler still finishes on its own.
 */
export const HANDLER_WAIT_MS = 2000;

export interface EventIntake<C> {
  push(work: Work<C>): void;
  /** Resolves when everything pushed so far has been handled. */
  settled(): Promise<void>;
  /** Events waiting right now (for tests and diagnostics). */
  size(): number;
}

async function waitBounded(pending: Promise<void>, onError: (error: unknown) => void): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), HANDLER_WAIT_MS);
  });
  const outcome = await Promise.race([pending.then(() => 'done' as const), late]).finally(() => clearTimeout(timer));
  if (outcome === 'late') {
    console.warn(`Pixelwacht: an event handler waited over ${HANDLER_WAIT_MS} ms for the browser; going on with the next events`);
    pending.catch(onError);
  }
}

export function createEventIntake<C>(
  ready: Promise<C>,
  onError: (error: unknown) => void,
  { quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS }: { quietMs?: number; maxWaitMs?: number } = {},
): EventIntake<C> {
  const queue: Work<C>[] = [];
  let draining: Promise<void> | null = null;
  // The deferred start: one timer, set again for what is left of the quiet time.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstWaitingAt = 0;
  let lastPushAt = 0;

  async function drain(): Promise<void> {
    const context = await ready;
    // What waited when the drain began; what arrives meanwhile waits for its own quiet moment.
    let left = queue.length;
    while (left > 0 && queue.length > 0) {
      const batch = queue.splice(0, Math.min(BATCH, left));
      left -= batch.length;
      for (const work of batch) {
        try {
          const pending = work(context);
          if (pending) await waitBounded(pending, onError);
        } catch (error) {
          onError(error);
        }
      }
      // Let other events in between batches.
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function schedule(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    draining ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(drain)
      .catch(onError)
      .finally(() => {
        draining = null;
        if (queue.length > 0) defer();
      });
    return draining;
  }

  const due = () => Math.min(lastPushAt + quietMs, firstWaitingAt + maxWaitMs);
  function fire(): void {
    timer = null;
    const wait = due() - Date.now();
    if (wait > 0) timer = setTimeout(fire, wait);
    else void schedule();
  }
  function defer(): void {
    if (timer || draining) return;
    firstWaitingAt = Date.now();
    timer = setTimeout(fire, Math.max(0, due() - firstWaitingAt));
  }

  return {
    push(work) {
      queue.push(work);
      lastPushAt = Date.now();
      defer();
    },
    async settled() {
      while (draining || queue.length > 0) await (draining ?? schedule());
    },
    size: () => queue.length,
  };
}
