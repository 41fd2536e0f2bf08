// Banner checks do bounded work on a page that never stops changing (issue 13 part 6):
// a mutation storm of 200 class toggles every 16 ms on 20,000 elements. Work is counted
// (checks run, selector matches, style reads), never timed.
import { describe, expect, it } from 'vitest';
import { createCheckScheduler, MIN_INTERVAL_MS, type SchedulerEnv } from '../../../src/content/consent/check-scheduler';
import { findGenericBanner } from '../../../src/content/consent/generic-banner';
import { anyNearTopLayer, MAX_RECORDS_PER_CALLBACK } from '../../../src/content/consent/mutation-filter';
import { STYLE_READS_PER_CHECK, StyleBudget } from '../../../src/content/consent/style-probe';

/** A virtual clock with timers; idle callbacks run at once (a busy page gets the timeout). */
function fakeEnv() {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const env: SchedulerEnv = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    idle: (fn) => fn(),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers.shift();
      now = next.at;
      next.fn();
    }
    now = end;
  };
  return { env, advance };
}

/** Just enough of a DOM for the mutation filter: a body, its children, and deep elements. */
function fakePage(elements: number) {
  let matchCalls = 0;
  const doc = { body: null as unknown, documentElement: null as unknown };
  const node = (parent: unknown) => ({
    nodeType: 1,
    parentNode: parent,
    ownerDocument: doc,
    isConnected: true,
    matches: () => (matchCalls++, false),
    contains: () => false,
  });
  doc.documentElement = node(null);
  doc.body = node(doc.documentElement);
  const section = node(doc.body);
  const deep = Array.from({ length: elements }, () => node(section));
  const topLevel = Array.from({ length: 50 }, () => node(doc.body));
  return { deep, topLevel, matchCalls: () => matchCalls };
}

const classToggles = (targets: readonly unknown[], from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ type: 'attributes', attributeName: 'class', target: targets[(from + i) % targets.length], addedNodes: [] })) as unknown as MutationRecord[];

function storm(targets: readonly unknown[], seconds: number) {
  const { env, advance } = fakeEnv();
  let checks = 0;
  const scheduler = createCheckScheduler(() => checks++, env);
  let recordsSeen = 0;
  for (let t = 0, i = 0; t < seconds * 1000; t += 16, i += 200) {
    const records = classToggles(targets, i, 200);
    recordsSeen += records.length;
    if (anyNearTopLayer(records, null)) scheduler.request();
    advance(16);
  }
  advance(MIN_INTERVAL_MS);
  return { checks, recordsSeen };
}

describe('banner checks under a mutation storm', () => {
  it('200 class toggles every 16 ms on 20,000 deep elements cause no banner check at all', () => {
    const page = fakePage(20_000);
    const { checks, recordsSeen } = storm(page.deep, 30);
    console.log(`deep storm: ${recordsSeen} mutation records, ${page.matchCalls()} selector matches, ${checks} checks`);
    expect(checks).toBe(0);
    // One selector match per record, never more.
    expect(page.matchCalls()).toBeLessThanOrEqual(recordsSeen);
  });

  it('the same storm on the elements at the top of the page runs at most one check per 500 ms', () => {
    const page = fakePage(0);
    const { checks } = storm(page.topLevel, 30);
    console.log(`top-level storm: ${checks} checks in 30 s`);
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(30_000 / MIN_INTERVAL_MS + 1);
  });

  it('looks at no more than MAX_RECORDS_PER_CALLBACK records of one callback', () => {
    const page = fakePage(5000);
    anyNearTopLayer(classToggles(page.deep, 0, 5000), null);
    expect(page.matchCalls()).toBe(MAX_RECORDS_PER_CALLBACK);
  });

  it('a check reads at most STYLE_READS_PER_CHECK styles, however many candidates talk about cookies', () => {
    let styleReads = 0;
    const view = { innerWidth: 1280, innerHeight: 800, getComputedStyle: () => (styleReads++, { position: 'static', display: 'block', visibility: 'visible', zIndex: 'auto' }) };
    const doc: Record<string, unknown> = { defaultView: view, body: { children: [] } };
    const candidate = () => ({
      tagName: 'DIV',
      shadowRoot: null,
      ownerDocument: doc,
      parentElement: null,
      querySelector: () => ({}),
      querySelectorAll: () => [],
      getBoundingClientRect: () => ({ top: 0, left: 0, width: 800, height: 100 }),
    });
    const candidates = Array.from({ length: 60 }, candidate);
    doc.querySelectorAll = () => candidates;
    doc.createTreeWalker = () => {
      let done = false;
      return { nextNode: () => (done ? null : ((done = true), { nodeValue: 'We use cookies for advertising.' })) };
    };
    const budget = new StyleBudget();
    expect(findGenericBanner(doc as unknown as Document, budget)).toBeNull();
    expect(styleReads).toBe(STYLE_READS_PER_CHECK);
    expect(styleReads).toBeLessThan(candidates.length);
  });
});
