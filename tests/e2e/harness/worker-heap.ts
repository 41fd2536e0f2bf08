// The JS heap of the extension's service worker, read through the Chrome DevTools
// Protocol. Playwright's newCDPSession takes only pages and frames, and a flattened
// child session opened with Target.attachToTarget is not reachable through its API;
// the non-flattened attach (messages wrapped in Target.sendMessageToTarget and
// Target.receivedMessageFromTarget on a browser-level session) is, and it works
// against a service-worker target.
import type { BrowserContext, CDPSession } from 'playwright-core';

export interface HeapUsage {
  usedMb: number;
  totalMb: number;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const MB = 1024 * 1024;

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (browser) return browser.newBrowserCDPSession();
  // Without a browser object (should not happen in Chromium), any page's session can reach other targets too.
  const page = context.pages()[0] ?? (await context.newPage());
  return context.newCDPSession(page);
}

/** Runs CDP commands in the extension's service worker (a fresh attach each time: the worker may have been restarted). */
export async function inServiceWorker<T>(
  context: BrowserContext,
  extensionId: string,
  use: (send: (method: string, params?: object) => Promise<unknown>) => Promise<T>,
): Promise<T> {
  const session = await browserSession(context);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) throw new Error('the extension has no running service worker');
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
    const send = (method: string, params: object = {}) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) } as never).catch(reject);
      });
    try {
      return await use(send);
    } finally {
      await session.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
    }
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The worker's used and total JS heap, optionally after a full garbage collection. */
export async function workerHeap(context: BrowserContext, extensionId: string, { collectGarbage = false } = {}): Promise<HeapUsage> {
  return inServiceWorker(context, extensionId, async (send) => {
    if (collectGarbage) await send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return { usedMb: usedSize / MB, totalMb: totalSize / MB };
  });
}
