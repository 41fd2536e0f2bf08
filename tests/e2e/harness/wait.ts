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
      throw new Error(`Timed out waiting for ${what}; last value: ${describeValue(last)}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

interface RecordLike {
  url: string;
  visitId?: string;
  startedBy?: string;
  documentIds?: string[];
  trackers: Record<string, unknown>;
  requests: { url: string; trackerKey?: string; findings?: { kind: string }[]; inflated?: unknown }[];
  health?: { verdict?: { kind?: string; health?: boolean } | null } | null;
  consent?: { events?: { type: string }[] } | null;
}

const isRecord = (v: unknown): v is RecordLike =>
  !!v && typeof v === 'object' && typeof (v as RecordLike).url === 'string' && Array.isArray((v as RecordLike).requests) && typeof (v as RecordLike).trackers === 'object';

/** What a failure prints: a page record as its parts a reader needs (which requests, which findings), anything else cut. */
function describeValue(value: unknown): string {
  if (!isRecord(value)) return JSON.stringify(value)?.slice(0, 600) ?? String(value);
  const summary = {
    url: value.url.slice(0, 160),
    visitId: value.visitId,
    startedBy: value.startedBy,
    documentIds: value.documentIds,
    trackers: Object.keys(value.trackers),
    verdict: value.health?.verdict ? (value.health.verdict.kind ?? value.health.verdict.health) : null,
    consent: value.consent?.events?.map((e) => e.type),
    requests: value.requests.slice(0, 40).map((r) => `${r.url.slice(0, 70)} ${r.trackerKey ?? ''} [${(r.findings ?? []).map((f) => f.kind).join(',')}]${r.inflated ? ' inflated' : ''}`),
  };
  return JSON.stringify(summary).slice(0, 4000);
}
