// Reading Pixelwacht's stored layout from the tests' side: everything the worker
// has in a storage area (`get(null)`) is passed in, and a tab's current page or a
// site's history is put together here, as the extension does (keys:
// src/storage/keys.ts; session pages by the extension's own reader,
// src/storage/session-pages.ts; history as one record per visit with a summary per site).
import { sessionPages as readSessionPages } from '../../../src/storage/session-pages';
const VISIT_PREFIX = 'visit:v2:';
const SUMMARY_PREFIX = 'site:v2:';

/** Every page record in storage.session, whole again (the extension's own reader, storage/session-pages.ts). */
export function sessionPages<T>(session: Record<string, unknown>): T[] {
  return readSessionPages(session) as unknown as T[];
}

/** The newest page record of a tab in storage.session (its current page), whole. */
export function tabPage<T>(session: Record<string, unknown>, tabId: number): T | undefined {
  const pages = sessionPages<{ tabId: number; startedAt: number }>(session).filter((p) => p.tabId === tabId);
  pages.sort((a, b) => b.startedAt - a.startedAt);
  return pages[0] as T | undefined;
}

export interface StoredSiteHistory<V> {
  v: 1;
  site: string;
  visits: V[];
}

/** A site's history in storage.local (its summary's visits, oldest first), as the dashboard reads it. */
export function siteHistory<V>(local: Record<string, unknown>, site: string): StoredSiteHistory<V> | undefined {
  const summary = local[`${SUMMARY_PREFIX}${site}`] as { visits: { id: string }[] } | undefined;
  if (!summary) return undefined;
  const visits = summary.visits.map((v) => local[`${VISIT_PREFIX}${site} ${v.id}`]).filter((v): v is V => !!v);
  return { v: 1, site, visits };
}
