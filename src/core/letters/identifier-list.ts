// The identifiers the letter to the organisation lists so that it can find the person's
// data, each with what it is ("de Meta-ID van mijn browser (fbp): fb.1…", "het pixel-ID
// van uw website bij Meta: 2487…"), from the typed findings. Bounded and deduplicated.
import { clickIdPlatform, clickIdsInUrl } from '../decoders/identifiers';
import { findingsOf } from '../decoders/findings';
import type { EvidenceBundle, Lang } from '../evidence/types';
import { browserIdName, clickIdName, personalName, yourAccountName } from './identifier-names';

export interface LabelledIdentifier {
  label: string;
  value: string;
}

const MIN_CHARS = 4;
const MAX_CHARS = 80;
const MAX_ITEMS = 12;

export function labelledIdentifiers(bundle: EvidenceBundle, lang: Lang): LabelledIdentifier[] {
  const out: LabelledIdentifier[] = [];
  const add = (label: string, value: string) => {
    if (value.length < MIN_CHARS || value.length >= MAX_CHARS || out.length >= MAX_ITEMS || out.some((x) => x.value === value)) return;
    out.push({ label, value });
  };
  for (const visit of bundle.visits) {
    for (const [name, value] of clickIdsInUrl(visit.url)) {
      const platform = clickIdPlatform(name);
      if (platform) add(clickIdName(platform, name, lang), value);
    }
    for (const tracker of Object.values(visit.trackers)) {
      for (const d of tracker.disclosures) {
        for (const f of findingsOf(d)) {
          if (f.kind === 'account-id') add(yourAccountName(tracker, lang), f.value);
          else if (f.kind === 'browser-id') add(browserIdName(tracker, f.name, lang), f.value);
          else if (f.kind === 'click-id') add(clickIdName(f.platform, f.name, lang), f.value);
          else if (f.kind === 'hashed-email' || f.kind === 'hashed-phone' || f.kind === 'hashed-personal' || f.kind === 'plain-email' || f.kind === 'plain-phone' || f.kind === 'plain-personal') {
            add(`${personalName(f.kind, lang)} (${f.field})`, f.value);
          }
        }
      }
    }
  }
  return out;
}
