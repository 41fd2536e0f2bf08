// A hand-driven clock with timers, for the schedulers' tests (badge, popup push):
// time moves only when a test says so, so what they assert is counts, never time.
export function fakeClock() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  /** The next timer due by `until`, taken off the list with the clock moved to it. */
  const due = (until: number) => {
    timers.sort((a, b) => a.at - b.at);
    const next = timers[0];
    if (!next || next.at > until) return null;
    timers.shift();
    now = next.at;
    return next;
  };
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number): unknown => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const i = timers.indexOf(timer as never);
      if (i >= 0) timers.splice(i, 1);
    },
    /** Moves time on, running the timers due. */
    advance(ms: number) {
      const until = now + ms;
      for (let next = due(until); next; next = due(until)) next.fn();
      now = until;
    },
    /** The same, letting the promises each timer starts settle (and those pending before). */
    async advanceSettling(ms: number) {
      const until = now + ms;
      await settle();
      for (let next = due(until); next; next = due(until)) {
        next.fn();
        await settle();
      }
      now = until;
    },
  };
}
