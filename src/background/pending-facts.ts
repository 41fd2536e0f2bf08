// Reports from content scripts can arrive before the background has seen the
// navigation they belong to (in Firefox, runtime messages and webRequest events
// travel separately). Such reports wait here, per tab, until their page starts,
// and expire after a short while.

const MAX_PER_TAB = 80;
const KEEP_MS = 30_000;

export interface Pending<T> {
  receivedAt: number;
  item: T;
}

export class PendingFacts<T> {
  private readonly byTab = new Map<number, Pending<T>[]>();

  add(tabId: number, item: T, now = Date.now()): void {
    const list = (this.byTab.get(tabId) ?? []).filter((p) => now - p.receivedAt < KEEP_MS);
    if (list.length >= MAX_PER_TAB) list.shift();
    list.push({ receivedAt: now, item });
    this.byTab.set(tabId, list);
  }

  /** Removes and returns the waiting items of a tab that `accept` takes; keeps the rest. */
  take(tabId: number, accept: (item: T) => boolean, now = Date.now()): T[] {
    const list = this.byTab.get(tabId);
    if (!list) return [];
    const taken: T[] = [];
    const kept: Pending<T>[] = [];
    for (const p of list) {
      if (now - p.receivedAt >= KEEP_MS) continue;
      if (accept(p.item)) taken.push(p.item);
      else kept.push(p);
    }
    if (kept.length > 0) this.byTab.set(tabId, kept);
    else this.byTab.delete(tabId);
    return taken;
  }

  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
