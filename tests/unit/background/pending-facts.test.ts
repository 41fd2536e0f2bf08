import { describe, expect, test } from 'vitest';
import { PendingFacts } from '../../../src/background/pending-facts';

describe('pending facts (reports that arrive before their page)', () => {
  test('wait per tab, are taken when accepted, and expire', () => {
    const pending = new PendingFacts<string>();
    pending.add(1, 'a', 0);
    pending.add(1, 'b', 10);
    pending.add(2, 'c', 10);
    expect(pending.take(1, (x) => x === 'b', 20)).toEqual(['b']);
    expect(pending.take(1, () => true, 20)).toEqual(['a']);
    expect(pending.take(1, () => true, 20)).toEqual([]);
    expect(pending.take(2, () => true, 60_000)).toEqual([]); // expired
  });

  test('are capped per tab, oldest dropped first', () => {
    const pending = new PendingFacts<number>();
    for (let i = 0; i < 200; i++) pending.add(1, i, i);
    const kept = pending.take(1, () => true, 300);
    expect(kept).toHaveLength(80);
    expect(kept[0]).toBe(120);
  });
});
