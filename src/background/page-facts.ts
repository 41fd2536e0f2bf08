// What content scripts report about the page — the consent timeline and the
// health verdict — folded into the tab's page record; and the user's health
// overrides applied on top. Reports that arrive before their page is known wait
// in PendingFacts until it is.
import { appendConsentEvent, startTimeline } from '../core/consent/consent-timeline';
import type { ConsentEvent } from '../core/consent/types';
import { pageAddressKey } from '../core/records/attribution';
import { startsWithNavigation } from '../core/records/document-start';
import type { PageRecord } from '../core/records/page-record';
import type { HealthOverride, StoredVerdict } from '../core/records/page-health';
import type { PageVerdictMessage } from '../protocol/schemas/page-verdict';
import { earlierChoice, readOverrides, rememberChoice, setOverride } from '../storage/site-facts';
import { PendingFacts } from './pending-facts';
import type { TabStore } from './tab-store';


type Fact =
  | { kind: 'consent'; frameId: number; documentUrl: string; event: ConsentEvent }
  | { kind: 'verdict'; report: PageVerdictMessage };

// Fragment dropped and cut to a bounded length: a verdict's address may have been cut on the way.
const withoutFragment = pageAddressKey;

export class PageFacts {
  private readonly pending = new PendingFacts<Fact>();

  constructor(private readonly tabs: TabStore) {}

  /** A new page (or a new address for it): apply waiting reports, the earlier choice and any override. */
  async pageStarted(page: PageRecord): Promise<void> {
    this.applyPending(page.tabId);
    if (page.incognito) return;
    const [choice, overrides] = await Promise.all([earlierChoice(page.site), readOverrides()]);
    this.tabs.update(page.tabId, (current) => {
      if (current.visitId !== page.visitId) return false;
      current.earlierChoice = choice;
      const pageOverride = overrides.pages[current.url];
      const override = pageOverride ?? overrides.sites[current.site];
      if (override) {
        current.health = { verdict: current.health?.verdict ?? null, override: { value: override, scope: pageOverride ? 'page' : 'site' } };
      }
      return choice !== null || !!override;
    });
  }

  urlChanged(tabId: number): void {
    this.applyPending(tabId);
  }

  forgetTab(tabId: number): void {
    this.pending.forgetTab(tabId);
  }

  consentEvent(tabId: number, frameId: number, documentUrl: string, event: ConsentEvent): void {
    const fact: Fact = { kind: 'consent', frameId, documentUrl, event };
    if (!this.apply(tabId, fact)) this.pending.add(tabId, fact);
  }

  verdict(tabId: number, frameId: number, report: PageVerdictMessage): void {
    if (frameId !== 0 || !/^https?:/i.test(report.url)) return;
    const fact: Fact = { kind: 'verdict', report };
    if (!this.apply(tabId, fact)) this.pending.add(tabId, fact);
  }

  async setOverride(tabId: number, scope: 'page' | 'site', value: HealthOverride | null): Promise<void> {
    const page = this.tabs.page(tabId);
    if (!page) return;
    if (!page.incognito) await setOverride(scope, scope === 'site' ? page.site : page.url, value);
    for (const p of this.tabs.allPages()) {
      const applies = scope === 'site' ? p.site === page.site : p.visitId === page.visitId;
      if (!applies) continue;
      this.tabs.update(p.tabId, (current) => {
        current.health = { verdict: current.health?.verdict ?? null, override: value ? { value, scope } : null };
        return true;
      });
    }
  }

  private applyPending(tabId: number): void {
    if (!this.tabs.page(tabId)) return;
    // Oldest first: a timeline must start before the events that follow it can belong to it.
    const facts = this.pending.take(tabId, () => true);
    facts.sort((a, b) => timeOf(a) - timeOf(b));
    for (const fact of facts) if (!this.apply(tabId, fact)) this.pending.add(tabId, fact);
  }

  /** Whether a report is about the tab's current page (and so may be applied now). */
  private belongs(page: PageRecord, fact: Fact): boolean {
    if (fact.kind === 'verdict') return withoutFragment(fact.report.url) === withoutFragment(page.url);
    const { event, frameId, documentUrl } = fact;
    if (event.type === 'navigation-start') {
      // A page has one document start, close to when its navigation was seen. A reload of the
      // same address can report its start before the background sees the reload: that start
      // waits for its own page rather than replacing the current page's timeline.
      return (
        frameId === 0 &&
        !page.consent &&
        withoutFragment(documentUrl) === withoutFragment(page.url) &&
        startsWithNavigation(page.startedAt, event.t)
      );
    }
    return !!page.consent && event.t >= page.consent.navigationStart;
  }

  /** Applies a report to the current page; false when it does not belong to it (yet). */
  private apply(tabId: number, fact: Fact): boolean {
    const page = this.tabs.page(tabId);
    if (!page || !this.belongs(page, fact)) {
      // A sub-frame's own navigation-start never starts a timeline: nothing to wait for.
      return fact.kind === 'consent' && fact.event.type === 'navigation-start' && fact.frameId !== 0;
    }
    const updated = this.tabs.update(tabId, (p) => {
      if (fact.kind === 'verdict') {
        const verdict: StoredVerdict = { ...fact.report.verdict, at: Date.now(), url: fact.report.url };
        p.title = fact.report.title || p.title;
        p.health = { verdict, override: p.health?.override ?? null };
        return true;
      }
      const { event } = fact;
      if (event.type === 'navigation-start') {
        p.consent = startTimeline(event.t);
        return true;
      }
      const next = appendConsentEvent(p.consent!, event);
      if (next === p.consent) return false;
      p.consent = next;
      return true;
    });
    // Only a choice the user made (a trusted interaction before it) is remembered for the site.
    if (updated && !updated.incognito && fact.kind === 'consent' && fact.event.type === 'choice' && userActedBefore(updated, fact.event.t)) {
      void rememberChoice(updated.site, { choice: fact.event.choice, t: fact.event.t });
    }
    return true;
  }
}

function userActedBefore(page: PageRecord, t: number): boolean {
  return !!page.consent?.events.some((e) => e.type === 'first-interaction' && e.t <= t);
}

function timeOf(fact: Fact): number {
  return fact.kind === 'consent' ? fact.event.t : 0;
}
