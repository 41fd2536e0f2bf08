// The event intake defers its drain to the end of a burst (a page load's requests
// are analysed once the burst is over), bounded by MAX_WAIT_MS, and drains at once
// for anyone who asks for the settled state. Fake timers: this asserts counts of
// handled events at given moments of a simulated clock, never wall-clock time.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createEventIntake, MAX_WAIT_MS, QUIET_MS } from '../../../src/background/event-intake';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function counting() {
  const handled: number[] = [];
  const intake = createEventIntake(Promise.resolve(handled), (e) => { throw e; });
  let n = 0;
  return { handled, intake, push: () => { const i = n++; intake.push((h) => void h.push(i)); } };
}

describe('the event intake defers its work to the end of a burst', () => {
  test('a burst is handled once it has been quiet for QUIET_MS, in arrival order', async () => {
    const { handled, push } = counting();
    for (let i = 0; i < 50; i++) push();
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10);
    expect(handled).toHaveLength(0);
    push(); // the burst goes on: the quiet time starts again
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10);
    expect(handled).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(handled).toEqual([...Array(51).keys()]);
  });

  test('a stream that never goes quiet is still handled at least every MAX_WAIT_MS', async () => {
    const { handled, push } = counting();
    const every = Math.floor(QUIET_MS / 2);
    let pushed = 0;
    for (let t = 0; t < MAX_WAIT_MS * 3; t += every) {
      push();
      pushed++;
      await vi.advanceTimersByTimeAsync(every);
      // Nothing waits longer than MAX_WAIT_MS (plus one step of the stream) unhandled.
      const waiting = pushed - handled.length;
      expect(waiting).toBeLessThanOrEqual(Math.ceil(MAX_WAIT_MS / every) + 1);
    }
    expect(handled.length).toBeGreaterThan(0);
    expect(handled).toEqual([...Array(handled.length).keys()]);
  });

  test('what arrives during a drain waits for its own quiet moment, and nothing is handled twice', async () => {
    const handled: string[] = [];
    const intake = createEventIntake(Promise.resolve(handled), (e) => { throw e; });
    for (let i = 0; i < 200; i++) intake.push((h) => {
      h.push(`a${i}`);
      if (i === 100) intake.push((h2) => void h2.push('late'));
    });
    await vi.advanceTimersByTimeAsync(QUIET_MS + 50);
    expect(handled).toHaveLength(200);
    expect(handled).not.toContain('late');
    await vi.advanceTimersByTimeAsync(QUIET_MS + 50);
    expect(handled).toHaveLength(201);
    expect(handled.at(-1)).toBe('late');
  });

  test('settled() drains at once, without waiting for the quiet time', async () => {
    const { handled, intake, push } = counting();
    for (let i = 0; i < 10; i++) push();
    const done = intake.settled();
    await vi.advanceTimersByTimeAsync(1); // only the drain's own zero-delay turn
    await done;
    expect(handled).toHaveLength(10);
  });
});
