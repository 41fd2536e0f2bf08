// The health shield in the background: keeps the browser's declarativeNetRequest
// session rules (core/shield/rules.ts) in step with what it knows — the switch and
// the exceptions in settings, the health sites (bundled and the user's), and which
// tabs show a health page now (their address said so at the main_frame request, or
// a verdict or the user's override said so during the load). A tab leaves the rule
// when it navigates to a page that is not about health, or closes.
//
// Two mechanisms, one decision (core/shield): Chromium gets declarativeNetRequest
// session rules; Firefox a blocking webRequest listener that cancels what the same
// rules would block (its permission can be optional there; see core/shield/permission.ts).
// Pixelwacht's own request listener still sees each blocked request, with its body (both
// browsers, measured); `wouldBlock` marks it — in Chromium only when the rule that blocks
// it was in place when it was sent, in Firefox when the listener cancelled that very request.
import browser, { type WebRequest } from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { addressSaysHealth } from '../core/shield/address-check';
import { healthSitesFor } from '../core/shield/health-sites';
import { buildShieldRules, type ShieldRule } from '../core/shield/rules';
import { shieldWouldBlock, type InstalledShield, type ShieldRequest } from '../core/shield/would-block';
import { siteOf } from '../core/trackers/party';
import { readOverrides } from '../storage/site-facts';
import { readSettings } from '../storage/settings';
import { shieldPermissionFor } from '../core/shield/permission';
import { BLOCKED_DOMAINS } from '../core/shield/tracker-domains.generated';

interface Dnr {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: ShieldRule[] }): Promise<void>;
  getSessionRules(): Promise<{ id: number }[]>;
}

/** The API once the permission is granted (the polyfill passes it through unwrapped). */
const dnr = (): Dnr | undefined => (browser as unknown as { declarativeNetRequest?: Dnr }).declarativeNetRequest;

const PERMISSION = shieldPermissionFor(__TARGET__);
/** Requests the Firefox listener cancelled, by request id, until the observer marks them (bounded). */
const MAX_CANCELLED_IDS = 2000;

const EMPTY: InstalledShield = { healthSites: new Set(), tabIds: new Set(), exceptions: new Set() };

export class HealthShield {
  private enabled = false;
  private exceptions = new Set<string>();
  private userHealthSites: string[] = [];
  /** Tabs that should be in the tab rule, with the page address that put them there. */
  private readonly wanted = new Map<number, string>();
  /** What the browser has now, and since when each tab's and site's rule has been in place. */
  private installed: InstalledShield = EMPTY;
  private readonly tabSince = new Map<number, number>();
  private readonly siteSince = new Map<string, number>();
  private chain: Promise<void> = Promise.resolve();
  private loaded: Promise<void> | null = null;
  private ready = false;
  private readonly cancelled = new Set<string>();
  private currentCache: InstalledShield | null = null;
  /** The session rules as last installed, by id (as JSON, to send only what changed); null = ask the browser. */
  private sent: Map<number, string> | null = null;
  private listening = false;
  private readonly listener = (details: WebRequest.OnBeforeRequestDetailsType): WebRequest.BlockingResponse | undefined => {
    const request = { url: details.url, type: details.type, initiator: details.originUrl ?? details.documentUrl ?? null, tabId: details.tabId };
    if (!shieldWouldBlock(request, this.current())) return undefined;
    if (this.cancelled.size >= MAX_CANCELLED_IDS) this.cancelled.delete(this.cancelled.values().next().value!);
    this.cancelled.add(String(details.requestId));
    return { cancel: true };
  };

  /** Reads the settings and the user's health sites; installs the rules when the shield is on. */
  load(): Promise<void> {
    this.loaded = (async () => {
      const [settings, overrides] = await Promise.all([readSettings(), readOverrides().catch(() => ({ sites: {}, pages: {} }))]);
      const permitted = await browser.permissions.contains({ permissions: [PERMISSION] }).catch(() => false);
      this.enabled = settings.shield && permitted && (__TARGET__ === 'firefox' || !!dnr());
      this.exceptions = new Set(settings.shieldExceptions);
      this.userHealthSites = Object.entries(overrides.sites as Record<string, unknown>)
        .filter(([, value]) => value === 'health')
        .map(([site]) => site);
      if (!this.enabled) this.wanted.clear();
      this.ready = true;
      await this.sync();
    })().catch((error: unknown) => console.warn('Pixelwacht: health shield not loaded', error));
    return this.loaded;
  }

  /** A top-level navigation, seen at its main_frame request: the tab joins the rule if its address says health. */
  navigation(tabId: number, url: string): void {
    if (tabId < 0) return;
    if (!this.ready) {
      // A worker just woken by this navigation: decide once the settings are read.
      void (this.loaded ?? this.load()).then(() => this.ready && this.navigation(tabId, url));
      return;
    }
    const wanted = this.enabled && !this.excepted(url) && addressSaysHealth(url).health;
    if (wanted) this.wanted.set(tabId, url);
    else if (!this.wanted.has(tabId)) return;
    else this.leave(tabId);
    void this.sync();
  }

  /** A page record changed: a verdict or an override that says health adds its tab; "not health" removes it. */
  pageChanged(page: PageRecord | null): void {
    if (!page || !this.enabled) return;
    const health = page.health?.override ? page.health.override.value === 'health' : page.health?.verdict?.health === true;
    const inRule = this.wanted.has(page.tabId);
    if (health && !inRule && !this.excepted(page.url)) {
      this.wanted.set(page.tabId, page.url);
      void this.sync();
    } else if (!health && inRule && page.health?.override?.value === 'not-health') {
      this.leave(page.tabId);
      void this.sync();
    }
  }

  tabRemoved(tabId: number): void {
    if (!this.wanted.has(tabId)) return;
    this.leave(tabId);
    void this.sync();
  }

  /** Whether the shield blocked this request: a rule covered it and was in place when it was sent. */
  wouldBlock(request: ShieldRequest & { id: string }, sentAt: number): boolean {
    if (__TARGET__ === 'firefox') return this.cancelled.delete(request.id);
    if (!shieldWouldBlock(request, this.installed)) return false;
    const tabSince = this.tabSince.get(request.tabId);
    if (tabSince !== undefined && tabSince <= sentAt) return true;
    const site = request.initiator ? siteOf(request.initiator) : null;
    const siteSince = site ? this.siteSinceFor(site) : undefined;
    return siteSince !== undefined && siteSince <= sentAt;
  }

  private siteSinceFor(site: string): number | undefined {
    for (let h = site; h; h = h.includes('.') ? h.slice(h.indexOf('.') + 1) : '') {
      const since = this.siteSince.get(h);
      if (since !== undefined) return since;
    }
    return undefined;
  }

  private excepted(url: string): boolean {
    const site = siteOf(url);
    return !!site && this.exceptions.has(site);
  }

  /** The tab leaves the rule: requests from now on are no longer marked as blocked. */
  private leave(tabId: number): void {
    this.wanted.delete(tabId);
    this.tabSince.delete(tabId);
    const tabIds = new Set(this.installed.tabIds);
    tabIds.delete(tabId);
    this.installed = { ...this.installed, tabIds };
  }

  /** Replaces the session rules with the ones the state calls for; one update at a time, in order. */
  private sync(): Promise<void> {
    this.currentCache = null;
    this.chain = this.chain.then(() => this.install()).catch((error: unknown) => {
      console.warn('Pixelwacht: health shield rules not updated', error);
      this.installed = EMPTY;
      this.tabSince.clear();
      this.siteSince.clear();
    });
    return this.chain;
  }

  /** What the rules call for now (the Firefox listener decides on it synchronously). */
  private current(): InstalledShield {
    if (this.currentCache) return this.currentCache;
    const exceptions = [...this.exceptions];
    return (this.currentCache = {
      healthSites: new Set(this.enabled ? healthSitesFor(this.userHealthSites, exceptions) : []),
      tabIds: new Set(this.enabled ? this.wanted.keys() : []),
      exceptions: new Set(exceptions),
    });
  }

  private async install(): Promise<void> {
    if (__TARGET__ === 'firefox') return this.listen();
    const api = dnr();
    if (!api) {
      this.installed = EMPTY;
      return;
    }
    const exceptions = [...this.exceptions].sort();
    const healthSites = this.enabled ? healthSitesFor(this.userHealthSites, exceptions) : [];
    const tabIds = this.enabled ? [...this.wanted.keys()] : [];
    const rules = buildShieldRules({ healthSites, tabIds, exceptions });
    // Only the rules that changed: re-sending the site rule's thousands of domains at every
    // navigation would make the browser index them again each time.
    this.sent ??= new Map((await api.getSessionRules()).map((r) => [r.id, '']));
    const next = new Map(rules.map((r) => [r.id, JSON.stringify(r)]));
    const removeRuleIds = [...this.sent].filter(([id, text]) => next.get(id) !== text).map(([id]) => id);
    const addRules = rules.filter((r) => this.sent!.get(r.id) !== next.get(r.id));
    if (removeRuleIds.length > 0 || addRules.length > 0) {
      this.sent = null; // unknown until the update is through
      await api.updateSessionRules({ removeRuleIds, addRules });
    }
    this.sent = next;
    const now = Date.now();
    for (const tabId of tabIds) if (!this.tabSince.has(tabId)) this.tabSince.set(tabId, now);
    for (const tabId of [...this.tabSince.keys()]) if (!this.wanted.has(tabId)) this.tabSince.delete(tabId);
    for (const site of healthSites) if (!this.siteSince.has(site)) this.siteSince.set(site, now);
    for (const site of [...this.siteSince.keys()]) if (!healthSites.includes(site)) this.siteSince.delete(site);
    this.installed = { healthSites: new Set(healthSites), tabIds: new Set(tabIds), exceptions: new Set(exceptions) };
  }

  /** Firefox: the blocking listener, on only while the shield is on, for the blocked domains only. */
  private listen(): void {
    const onBeforeRequest = browser.webRequest.onBeforeRequest;
    if (!this.enabled) {
      if (this.listening) onBeforeRequest.removeListener(this.listener);
      this.listening = false;
      return;
    }
    if (this.listening) return;
    const urls = BLOCKED_DOMAINS.map((d) => `*://*.${d}/*`);
    try {
      onBeforeRequest.addListener(this.listener, { urls }, ['blocking']);
    } catch (error) {
      // A domain the match-pattern parser refuses must not leave the shield off.
      console.warn('Pixelwacht: shield patterns refused, listening to all addresses', error);
      onBeforeRequest.addListener(this.listener, { urls: ['<all_urls>'] }, ['blocking']);
    }
    this.listening = true;
  }
}
