// Legal entities of recipient companies in the EU/EEA, each with its source. Only
// entries with a named source belong here; unknown companies are named as the
// tracker database names them. Where one database company holds products with
// different controllers (LinkedIn within Microsoft), the entry names the trackers.
export interface LegalEntity {
  companyKey: string;
  /** Tracker database keys (prefixes) this entry is limited to; all the company's trackers when absent. */
  trackerKeys?: readonly string[];
  entity: string;
  /** Brands people know, when the entity's name does not say them ("Facebook, Instagram"). */
  brands?: string;
  /** Where the entity is established: the recipients in Ireland fall under the Irish DPC (arts. 56, 60). */
  country: 'IE';
  source: string;
}

export const LEGAL_ENTITIES: readonly LegalEntity[] = [
  { companyKey: 'facebook', entity: 'Meta Platforms Ireland Ltd.', brands: 'Facebook, Instagram', country: 'IE', source: 'docs/legal-reference.md §5 (controller for Meta users in the EU; lead authority the Irish DPC)' },
  { companyKey: 'google', entity: 'Google Ireland Limited', country: 'IE', source: 'Google Privacy Policy, "Data controller" for users in the EEA (policies.google.com/privacy)' },
  { companyKey: 'microsoft', trackerKeys: ['linkedin'], entity: 'LinkedIn Ireland Unlimited Company', country: 'IE', source: 'LinkedIn Privacy Policy, controller for members and visitors in the EU/EEA (linkedin.com/legal/privacy-policy)' },
  { companyKey: 'microsoft', entity: 'Microsoft Ireland Operations Limited', country: 'IE', source: 'Microsoft Privacy Statement, data controller for the EEA (privacy.microsoft.com/privacystatement)' },
  { companyKey: 'bytedance_inc', entity: 'TikTok Technology Limited', country: 'IE', source: 'TikTok Privacy Policy (EEA, UK and Switzerland), controller (tiktok.com/legal/privacy-policy-eea)' },
  { companyKey: 'pinterest', entity: 'Pinterest Europe Limited', country: 'IE', source: 'Pinterest Privacy Policy, controller for users outside the US (policy.pinterest.com/privacy-policy)' },
  { companyKey: 'twitter', entity: 'Twitter International Unlimited Company', brands: 'X', country: 'IE', source: 'X Privacy Policy, controller for users outside the US (x.com/privacy)' },
];

export function entityFor(companyKey: string, trackerKey: string | undefined): LegalEntity | undefined {
  return LEGAL_ENTITIES.find(
    (e) => e.companyKey === companyKey && (!e.trackerKeys || (trackerKey !== undefined && e.trackerKeys.some((k) => trackerKey.startsWith(k)))),
  );
}

/**
 * One name per recipient, everywhere: the legal entity, then the brands people know
 * ("Meta Platforms Ireland Ltd. (Facebook, Instagram)", "LinkedIn Ireland Unlimited
 * Company"); the tracker database's company name when no entity is known.
 */
export function recipientName(companyKey: string, company: string, trackerKey?: string): string {
  const known = entityFor(companyKey, trackerKey);
  if (!known) return company;
  return known.brands ? `${known.entity} (${known.brands})` : known.entity;
}
