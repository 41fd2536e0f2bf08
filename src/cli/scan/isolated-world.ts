// The scan's own view of a page: an isolated world (CDP Page.createIsolatedWorld, as
// an extension's content scripts have), where the scan's code runs with the page's DOM
// but none of its JavaScript. The page cannot see the code, its globals or its calls,
// and cannot change what it sees by patching the DOM API in its own world. Also the
// scan's guard against sending forms: every document request that is not a GET (or
// HEAD) is failed before it leaves (CDP Fetch, document requests only), and counted.
// And where the pause between requests to one site is kept: a page's navigation (a
// start page, a link, a reload, a redirect) waits until `siteDelayMs` has passed since
// the scan last let one to the same site go, across all the pages of the process.
import type { CDPSession, Page } from 'playwright-core';
import { siteOf } from '../../core/trackers/party';
import { consentScript } from './consent-script';

/** When each site may be sent its next navigation (epoch ms); one table per process. */
const nextFree = new Map<string, number>();
const MAX_SITES_KEPT = 10_000;

/** Reserves the next moment a navigation to the site may leave and returns how long to wait for it. */
export function reserveSiteSlot(site: string, delayMs: number, now = Date.now()): number {
  if (delayMs <= 0) return 0;
  const at = Math.max(now, nextFree.get(site) ?? 0);
  nextFree.delete(site);
  if (nextFree.size >= MAX_SITES_KEPT) nextFree.delete(nextFree.keys().next().value!);
  nextFree.set(site, at + delayMs);
  return at - now;
}

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

interface PausedRequest {
  requestId: string;
  frameId: string;
  request: { method: string; url: string };
}

export class PageGuard {
  private contextId: number | null = null;
  /** The module (page-consent.ts) is evaluated once per world; its exports are kept there under this id. */
  private api: string | null = null;
  /** Non-GET document requests failed (form submissions the page tried). */
  blockedSubmissions: string[] = [];
  /** When the scan let this page's top-level document requests go (epoch ms), at most 20. */
  sentAt: number[] = [];

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page, siteDelayMs: number): Promise<PageGuard> {
    const cdp = await page.context().newCDPSession(page);
    const guard = new PageGuard(cdp);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const mainFrame = frameTree.frame.id;
    cdp.on('Fetch.requestPaused', (event: PausedRequest) => {
      const method = event.request.method.toUpperCase();
      if (method === 'GET' || method === 'HEAD') {
        const wait = event.frameId === mainFrame ? reserveSiteSlot(siteOf(event.request.url) ?? event.request.url, siteDelayMs) : 0;
        const go = () => {
          if (event.frameId === mainFrame && guard.sentAt.length < 20) guard.sentAt.push(Date.now());
          void cdp.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => undefined);
        };
        if (wait > 0) setTimeout(go, wait);
        else go();
        return;
      }
      if (guard.blockedSubmissions.length < 100) guard.blockedSubmissions.push(`${method} ${event.request.url.slice(0, 300)}`);
      void cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' }).catch(() => undefined);
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', resourceType: 'Document', requestStage: 'Request' }] });
    return guard;
  }

  private async world(): Promise<number> {
    if (this.contextId !== null) return this.contextId;
    const { frameTree } = (await this.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    // The world's name is seen only through the DevTools protocol, never by the page.
    const { executionContextId } = (await this.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'scan', grantUniveralAccess: false })) as {
      executionContextId: number;
    };
    this.contextId = executionContextId;
    this.api = null;
    return executionContextId;
  }

  private async evaluate(expression: string, contextId: number): Promise<unknown> {
    const out = (await this.cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, silent: true })) as EvaluateResult;
    if (out.exceptionDetails) throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
    return out.result.value;
  }

  /**
   * Calls one of page-consent.ts's exports in the isolated world with JSON arguments and
   * returns its JSON result. A navigation ends the world: then a new one is made, once.
   */
  async call<T>(name: 'choicePoint' | 'bannerNow' | 'pageLinks', ...args: unknown[]): Promise<T> {
    const call = `(${JSON.stringify(name)})`;
    for (let attempt = 0; ; attempt++) {
      try {
        const contextId = await this.world();
        if (this.api === null) {
          // Kept in the isolated world's own global object, which the page cannot reach.
          this.api = `__scan${Math.random().toString(36).slice(2)}`;
          await this.evaluate(`globalThis[${JSON.stringify(this.api)}] = ${await consentScript()}; 0`, contextId);
        }
        return (await this.evaluate(`globalThis[${JSON.stringify(this.api)}][${call}](...${JSON.stringify(args)})`, contextId)) as T;
      } catch (error) {
        this.contextId = null;
        if (attempt >= 1) throw error;
      }
    }
  }
}
