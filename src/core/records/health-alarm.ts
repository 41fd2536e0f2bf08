// The alarm: a page about health whose address, title or content went to a
// third party (or which loaded a social plug-in, which sends the address itself)
// is a special-category disclosure (GDPR art. 9). Pure: badge, popup and
// letters all ask the same question here.
import { companiesOf } from './companies';
import type { PageRecord, TrackerRecord } from './page-record';
import { isHealthPage } from './page-health';

export type DisclosedWhat = 'page-address' | 'page-title' | 'page-content' | 'social-plugin';

export interface SpecialCategoryDisclosure {
  company: string;
  what: DisclosedWhat[];
}

function disclosedBy(record: TrackerRecord): DisclosedWhat[] {
  const what = new Set<DisclosedWhat>();
  for (const d of record.disclosures) {
    if (d.pageUrl || d.referrer) what.add('page-address');
    if (d.pageTitle) what.add('page-title');
    if (d.sessionRecording) what.add('page-content');
  }
  if (record.kind === 'social-plugin') what.add('social-plugin');
  return [...what];
}

/** Companies that received a health page's address, title or content; empty when the page is not about health. */
export function specialCategoryDisclosures(page: PageRecord | null, companies?: ReturnType<typeof companiesOf>): SpecialCategoryDisclosure[] {
  if (!page || !isHealthPage(page.health)) return [];
  const out: SpecialCategoryDisclosure[] = [];
  for (const company of companies ?? companiesOf(page)) {
    const what = new Set(company.trackers.flatMap(disclosedBy));
    if (what.size > 0) out.push({ company: company.company, what: [...what] });
  }
  return out;
}

/** Keys of the trackers through which a health page was disclosed. */
export function specialCategoryTrackers(page: PageRecord | null): string[] {
  if (!page || !isHealthPage(page.health)) return [];
  return Object.values(page.trackers)
    .filter((record) => disclosedBy(record).length > 0)
    .map((record) => record.tracker.key);
}

export function healthAlarm(page: PageRecord | null): boolean {
  return specialCategoryDisclosures(page).length > 0;
}
