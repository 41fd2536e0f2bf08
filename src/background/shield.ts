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
//
// Disguised payloads (core/shield/disguised.ts: GA4 and Meta hits on a site's own or a
// gateway host): Chromium adds a regexFilter rule per documented URL shape the browser's
// isRegexSupported accepts; Firefox registers, per protected tab only, a second blocking
// listener over every address that asks the decoders' own recognition (URL and body).
import browser, { type WebRequest } from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { addressSaysHealth } from '../core/shield/address-check';
import { healthSitesFor } from '../core/shield/health-sites';
import { buildShieldRules, type ShieldRule } from '../core/shield/rules';
import { inShieldScope, shieldWouldBlock, type InstalledShield, type ShieldRequest } from '../core/shield/would-block';
import { DISGUISED_SHAPES, isDisguisedPayload, type DisguisedShapeId } from '../core/shield/disguised';
import { blockedParent } from '../core/shield/tracker-domains';
import { normaliseRequest, type RawRequestDetails } from './normalise-request';
import { siteOf } from '../core/trackers/party';
import { readOverrides } from '../storage/site-facts';
import { readSettings } from '../storage/settings';
import { shieldPermissionFor } from '../core/shield/permission';
import { BLOCKED_DOMAINS } from '../core/shield/tracker-domains.generated';

interface Dnr {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: ShieldRule[] }): Promise<void>;
  getSessionRules(): Promise<{ id: number }[]>;
  isRegexSupported?(options: { regex: string; isCaseSensitive?: boolean }): Promise<{ isSupported: boolean; reason?: string }>;
}

type BlockingListener = (details: WebRequest.OnBeforeRequestDetailsType) => WebRequest.BlockingResponse | undefined;

/** The API once the permission is granted (the polyfill passes it through unwrapped). */
const dnr = (): Dnr | undefined => (browser as unknown as { declarativeNetRequest?: Dnr }).declarativeNetRequest;

const PERMISSION = shieldPermissionFor(__TARGET__);
/** Requests the Firefox listener cancelled, by request id, until the observer marks them (bounded). */
const MAX_CANCELLED_IDS = 2000;
/**
 * Firefox: protected tabs that get a listener of their own for disguised payloads; with
 * more, one listener covers every tab (each of its requests then waits for the background).
 */
const MAX_DISGUISE_TAB_LISTENERS = 100;
/** Firefox's request types a pixel or analytics hit is sent as (image, fetch/XHR, sendBeacon, ping). */
const DISGUISE_TYPES = ['image', 'imageset', 'xmlhttprequest', 'beacon', 'ping'] as WebRequest.ResourceType[];
const ALL_TABS = -1;

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
  /** Chromium: the disguised-payload shapes the browser's regex engine accepts (asked once). */
  private shapes: Promise<DisguisedShapeId[]> | null = null;
  /** Firefox: tabs whose top-level page is on a health site (their disguised payloads are looked for). */
  private readonly siteTabs = new Set<number>();
  /** Firefox: the disguise listener per protected tab (ALL_TABS: one for every tab). */
  private readonly disguiseListeners = new Map<number, BlockingListener>();
  private readonly listener = (details: WebRequest.OnBeforeRequestDetailsType): WebRequest.BlockingResponse | undefined => {
    const request = { url: details.url, type: details.type, initiator: details.originUrl ?? details.documentUrl ?? null, tabId: details.tabId };
    if (!shieldWouldBlock(request, this.current())) return undefined;
    if (this.cancelled.size >= MAX_CANCELLED_IDS) this.cancelled.delete(this.cancelled.values().next().value!);
    this.cancelled.add(String(details.requestId));
    return { cancel: true };
  };
  /** Firefox: a request of a protected tab, blocked when the decoders recognise a disguised payload in it. */
  private readonly disguiseListener: BlockingListener = (details) => {
    const raw = details as unknown as RawRequestDetails;
    const request = { url: raw.url, type: raw.type, initiator: raw.originUrl ?? raw.documentUrl ?? null, tabId: raw.tabId };
    if (raw.type === 'main_frame' || (!raw.url.includes('?') && !raw.requestBody)) return undefined;
    if (!inShieldScope(request, this.current())) return undefined;
    if (!isDisguisedPayload(normaliseRequest(raw, null))) return undefined;
    if (this.cancelled.size >= MAX_CANCELLED_IDS) this.cancelled.delete(this.cancelled.values().next().value!);
    this.cancelled.add(String(raw.requestId));
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
    if (__TARGET__ === 'firefox') this.noteSiteTab(tabId, url);
    const wanted = this.enabled && !this.excepted(url) && addressSaysHealth(url).health;
    if (wanted) this.wanted.set(tabId, url);
    else if (!this.wanted.has(tabId)) {
      if (__TARGET__ === 'firefox') this.listenForDisguises();
      return;
    } else this.leave(tabId);
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
    if (this.siteTabs.delete(tabId) && __TARGET__ === 'firefox') this.listenForDisguises();
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

  /** Firefox: whether the tab now shows a page of a protected health site (the site rule's initiators). */
  private noteSiteTab(tabId: number, url: string): void {
    const site = siteOf(url);
    if (this.enabled && site && blockedParent(site, this.current().healthSites)) this.siteTabs.add(tabId);
    else this.siteTabs.delete(tabId);
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
    // At once, not on the chain: a tab's listener is in place before its page's first request.
    if (__TARGET__ === 'firefox') this.listenForDisguises();
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
    const disguisedShapes = this.enabled ? await this.supportedShapes(api) : [];
    const rules = buildShieldRules({ healthSites, tabIds, exceptions, disguisedShapes });
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
    this.installed = { healthSites: new Set(healthSites), tabIds: new Set(tabIds), exceptions: new Set(exceptions), disguisedShapes: new Set(disguisedShapes) };
  }

  /** Chromium: the shapes whose regex the browser takes (RE2, a memory cap); asked once per worker. */
  private supportedShapes(api: Dnr): Promise<DisguisedShapeId[]> {
    this.shapes ??= Promise.all(
      DISGUISED_SHAPES.map(async (shape) => {
        if (!api.isRegexSupported) return shape.id;
        const { isSupported, reason } = await api.isRegexSupported({ regex: shape.regex, isCaseSensitive: true });
        if (!isSupported) console.warn(`Pixelwacht: shield shape ${shape.id} refused by the browser (${reason ?? 'no reason'})`);
        return isSupported ? shape.id : null;
      }),
    ).then((ids) => ids.filter((id): id is DisguisedShapeId => id !== null));
    return this.shapes;
  }

  /** Firefox: one disguise listener per protected tab (tab rule or health site), none when the shield is off. */
  private listenForDisguises(): void {
    const onBeforeRequest = browser.webRequest.onBeforeRequest;
    const tabs = this.enabled ? new Set([...this.wanted.keys(), ...this.siteTabs]) : new Set<number>();
    const want = tabs.size > MAX_DISGUISE_TAB_LISTENERS ? new Set([ALL_TABS]) : tabs;
    for (const [tabId, listener] of this.disguiseListeners) {
      if (want.has(tabId)) continue;
      onBeforeRequest.removeListener(listener);
      this.disguiseListeners.delete(tabId);
    }
    for (const tabId of want) {
      if (this.disguiseListeners.has(tabId)) continue;
      // A function of its own per tab: removeListener takes the function.
      const listener: BlockingListener = (details) => this.disguiseListener(details);
      const filter: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: DISGUISE_TYPES, ...(tabId === ALL_TABS ? {} : { tabId }) };
      onBeforeRequest.addListener(listener, filter, ['blocking', 'requestBody']);
      this.disguiseListeners.set(tabId, listener);
    }
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
