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

export function createEventIntake<C>(ready: Promise<C>, onError: (error: unknown) => void): EventIntake<C> {
  const queue: Work<C>[] = [];
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    const context = await ready;
    while (queue.length > 0) {
      const batch = queue.splice(0, BATCH);
      for (const work of batch) {
        try {
          const pending = work(context);
          if (pending) await waitBounded(pending, onError);
        } catch (error) {
          onError(error);
        }
      }
      // Let other events in between batches.
      if (queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function schedule(): Promise<void> {
    draining ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(drain)
      .catch(onError)
      .finally(() => {
        draining = null;
        if (queue.length > 0) void schedule();
      });
    return draining;
  }

  return {
    push(work) {
      queue.push(work);
      if (!draining) void schedule();
    },
    async settled() {
      while (draining || queue.length > 0) await (draining ?? schedule());
    },
    size: () => queue.length,
  };
}
