// Health words in what a tracker was sent, looked up in the page's own language
// ("vruchtbaarheid" is Dutch whatever language the interface speaks), in every
// lexicon when the page's language is unknown. Never the interface language:
// the findings must not change with it.
import { healthInText, type HealthFinding } from '../health/in-disclosure';
import type { Lang } from '../model';
import type { PageRecord, TrackerRecord } from './page-record';

/** The first disclosures say it; scanning every one of a busy tracker's would cost the popup its speed. */
const DISCLOSURES_SCANNED = 5;
const FINDINGS_SHOWN = 3;

export function pageLexiconLanguage(page: PageRecord): Lang | undefined {
  const language = page.health?.verdict?.language;
  return language === 'nl' || language === 'en' ? language : undefined;
}

export function healthWordsSent(record: TrackerRecord, page: PageRecord): HealthFinding[] {
  const language = pageLexiconLanguage(page);
  const seen = new Set<string>();
  return record.disclosures
    .slice(0, DISCLOSURES_SCANNED)
    .flatMap((d) => healthInText({ pageUrl: d.pageUrl, pageTitle: d.pageTitle, customData: d.customData }, language))
    .filter((f) => (seen.has(f.term.toLowerCase()) ? false : (seen.add(f.term.toLowerCase()), true)))
    .slice(0, FINDINGS_SHOWN);
}
