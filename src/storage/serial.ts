// One chain for every read-modify-write of storage.local outside the history
// store (choices, overrides, paused sites, notifications, notices): each runs
// after the one before has written, so two never read the same old value and
// one overwrites the other's change. A failed step does not stop the chain.
let chain: Promise<unknown> = Promise.resolve();

export function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => undefined);
  return next;
}
