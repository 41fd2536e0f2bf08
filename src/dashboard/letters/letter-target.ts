// What the wizard was opened for: a site, and optionally one visit of it. The popup
// and the site page open `#/letter/<site>/visit/<visitId>`, which the router reads;
// the older `#/letter/<site>?visit=<visitId>` (links kept from earlier versions)
// reaches the wizard whole after `#/letter/`, so its visit is split off here.

export interface LetterTarget {
  site: string;
  visitId: string | null;
}

const VISIT_ID = /^[A-Za-z0-9._:-]{1,80}$/;

export function letterTarget(routeSite: string): LetterTarget {
  const q = routeSite.indexOf('?');
  if (q < 0) return { site: routeSite, visitId: null };
  const site = routeSite.slice(0, q);
  const visit = new URLSearchParams(routeSite.slice(q + 1)).get('visit');
  return { site, visitId: visit && VISIT_ID.test(visit) ? visit : null };
}

/** The older form of the hash that opens the wizard for a site, preselecting one visit (the router's `href` makes the current one). */
export function letterHash(site: string, visitId?: string): string {
  return `#/letter/${encodeURIComponent(site)}${visitId ? `?visit=${encodeURIComponent(visitId)}` : ''}`;
}
