// What the toolbar badge says about a page: how many tracker companies it sent
// requests to. Red is reserved for the health alarm (a health page disclosed).
import type { PageRecord } from './page-record';
import { companiesOf } from './companies';

export type BadgeLevel = 'none' | 'trackers' | 'alarm';

export interface BadgeState {
  level: BadgeLevel;
  /** Number of distinct tracker companies. */
  count: number;
  /** Company names, most requests first. */
  companies: string[];
}

/** `grouped`: the page's companies when the caller grouped them already (the badge scheduler, once per update). */
export function badgeState(page: PageRecord | null, healthAlarm = false, grouped?: ReturnType<typeof companiesOf>): BadgeState {
  if (!page) return { level: 'none', count: 0, companies: [] };
  const companies = (grouped ?? companiesOf(page)).map((c) => c.company);
  const level: BadgeLevel = companies.length === 0 ? 'none' : healthAlarm ? 'alarm' : 'trackers';
  return { level, count: companies.length, companies };
}
