// When to look for a banner: never more often than every MIN_INTERVAL_MS, each look
// in the browser's idle time (requestIdleCallback, with a timeout so a busy page still
// gets looked at), and only during the watch window. Timers are injected so the bound
// can be tested without a browser.

export const MIN_INTERVAL_MS = 500;
export const IDLE_TIMEOUT_MS = 1000;

export interface SchedulerEnv {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** requestIdleCallback where the browser has it; else run now. */
  idle(fn: () => void, timeoutMs: number): void;
}

export interface CheckScheduler {
  /** Asks for a check soon; many asks before it runs are one check. */
  request(): void;
  /** A check ran (scheduled or explicit): the interval counts from now. */
  ran(): void;
  stop(): void;
  readonly checks: number;
}

export function createCheckScheduler(check: () => void, env: SchedulerEnv): CheckScheduler {
  let last = -Infinity;
  let timer: unknown = null;
  let waitingForIdle = false;
  let stopped = false;
  let checks = 0;
  const run = () => {
    waitingForIdle = false;
    if (stopped) return;
    checks++;
    last = env.now();
    check();
  };
  return {
    request() {
      if (stopped || timer !== null || waitingForIdle) return;
      const wait = Math.max(0, MIN_INTERVAL_MS - (env.now() - last));
      timer = env.setTimeout(() => {
        timer = null;
        waitingForIdle = true;
        env.idle(run, IDLE_TIMEOUT_MS);
      }, wait);
    },
    ran() {
      last = env.now();
    },
    stop() {
      stopped = true;
      if (timer !== null) env.clearTimeout(timer);
      timer = null;
    },
    get checks() {
      return checks;
    },
  };
}

export function browserSchedulerEnv(win: Window): SchedulerEnv {
  const ric = (win as Window & { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number }).requestIdleCallback;
  return {
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    idle: (fn, timeoutMs) => (typeof ric === 'function' ? ric.call(win, fn, { timeout: timeoutMs }) : fn()),
  };
}
