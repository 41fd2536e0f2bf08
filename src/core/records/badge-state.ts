// What the toolbar badge says about a page: how many tracker companies it sent
// requests to. Red is reserved for the health alarm (a health page disclosed).
import { companyLines, healthRecipients, type CompanyLine } from './company-lines';
import { specialCategoryDisclosures, type SpecialCategoryDisclosure } from './health-alarm';
import type { PageRecord } from './page-record';

export type BadgeLevel = 'none' | 'trackers' | 'alarm';

export interface BadgeState {
  level: BadgeLevel;
  /** Number of company lines (brands: LinkedIn apart from Microsoft), as the popup shows them. */
  count: number;
  /** Their brands, most serious first. */
  companies: string[];
}

export interface BadgeView {
  /** The number counts the lines the popup shows (brands: LinkedIn apart from Microsoft). */
  state: BadgeState;
  lines: CompanyLine[];
  told: SpecialCategoryDisclosure[];
  /** With the alarm: the brands a health page went to and what each received, for the tooltip. */
  recipients: ReturnType<typeof healthRecipients>;
  /** Requests the health shield stopped on the page. */
  blocked: number;
  paused: boolean;
}

/** `page`: the page as the companies received it (without what the shield blocked). */
export function badgeView(page: PageRecord | null, paused: boolean, blocked = 0): BadgeView {
  if (!page) return { state: { level: 'none', count: 0, companies: [] }, lines: [], told: [], recipients: [], blocked, paused };
  const lines = companyLines(page);
  const told = specialCategoryDisclosures(page);
  const level: BadgeLevel = lines.length === 0 ? 'none' : told.length > 0 ? 'alarm' : 'trackers';
  const recipients = level === 'alarm' ? healthRecipients(page, lines, told) : [];
  return { state: { level, count: lines.length, companies: lines.map((l) => l.brand) }, lines, told, recipients, blocked, paused };
}
