// Legal entities of recipient companies, each with its source. Only entries with a
// checked source belong here; unknown companies are named as the tracker database names them.
export interface LegalEntity {
  companyKey: string;
  entity: string;
  source: string;
}

export const LEGAL_ENTITIES: readonly LegalEntity[] = [
  { companyKey: 'facebook', entity: 'Meta Platforms Ireland Ltd.', source: 'docs/legal-reference.md §5 (controller for Meta users in the EU; lead authority the Irish DPC)' },
];

/** "Meta (Meta Platforms Ireland Ltd.)" when the entity is known, else the company name. */
export function recipientName(companyKey: string, company: string): string {
  const known = LEGAL_ENTITIES.find((e) => e.companyKey === companyKey || e.entity.toLowerCase().startsWith(company.toLowerCase()));
  return known ? `${company} (${known.entity})` : company;
}
