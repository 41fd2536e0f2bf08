import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createWriteQueue } from '../../../src/storage/write-queue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('write queue', () => {
  test('collects changes and writes them together after the short delay', async () => {
    const writes: number[][] = [];
    const queue = createWriteQueue<number>(async (keys) => void writes.push(keys), { delayMs: 100, maxDelayMs: 1000 });
    queue.mark(1);
    queue.mark(2);
    queue.mark(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual([[1, 2]]);
  });

  test('a steady stream of changes is still written within the maximum delay', async () => {
    const writes: number[][] = [];
    const queue = createWriteQueue<number>(async (keys) => void writes.push(keys), { delayMs: 100, maxDelayMs: 1000 });
    for (let t = 0; t < 1000; t += 50) {
      queue.mark(t);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes[0]!.length).toBeLessThanOrEqual(21);
  });

  test('a burst of 1,000 changes in one flush window sets one timer, not one per change, and is written once', async () => {
    const writes: number[][] = [];
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const clearTimer = vi.spyOn(globalThis, 'clearTimeout');
    const queue = createWriteQueue<number>(async (keys) => void writes.push(keys), { delayMs: 100, maxDelayMs: 1000 });
    const before = setTimer.mock.calls.length;
    for (let i = 0; i < 1000; i++) queue.mark(i % 7);
    expect(setTimer.mock.calls.length - before).toBe(1);
    expect(clearTimer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });

  test('a change late in the window moves the write by the short delay, never past the maximum', async () => {
    const writes: number[][] = [];
    const queue = createWriteQueue<number>(async (keys) => void writes.push(keys), { delayMs: 100, maxDelayMs: 250 });
    queue.mark(1);
    await vi.advanceTimersByTimeAsync(90);
    queue.mark(2);
    await vi.advanceTimersByTimeAsync(20); // 110 ms: the first timer fired, but the last change was 20 ms ago
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(80); // 190 ms: 100 ms after the last change
    expect(writes).toEqual([[1, 2]]);
    for (let t = 0; t < 300; t += 40) {
      queue.mark(3);
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(writes.length).toBeGreaterThanOrEqual(2); // the maximum delay cut the stream
  });

  test('writes never overlap, and a failed write does not stop later ones', async () => {
    let running = 0;
    let maxRunning = 0;
    const written: number[] = [];
    const errors: unknown[] = [];
    const queue = createWriteQueue<number>(
      async (keys) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 50));
        running -= 1;
        if (keys.includes(1)) throw new Error('disk full');
        written.push(...keys);
      },
      { delayMs: 10, maxDelayMs: 10 },
      (e) => errors.push(e),
    );
    queue.mark(1);
    await vi.advanceTimersByTimeAsync(15);
    queue.mark(2);
    void queue.flush();
    queue.mark(3);
    await vi.advanceTimersByTimeAsync(500);
    expect(maxRunning).toBe(1);
    expect(written).toEqual([2, 3]);
    expect(errors).toHaveLength(1);
  });
});
