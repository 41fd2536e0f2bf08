// Polling for a condition in end-to-end tests (the browser does things on its
// own schedule); fails with the last value seen, so a failure says what was there.
// The default wait is generous: on a busy 2-core machine a checkpoint can lag by
// seconds, and a passing test never waits for the timeout anyway.
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 600)}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
