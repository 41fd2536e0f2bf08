// The wizard's choices → the draft the core writes. Pure: no browser, no storage.
import type { EvidenceBundle, Lang, Redaction } from '../../core/evidence';
import {
  draftApComplaint,
  draftApTip,
  draftOrganisationLetter,
  type LetterDraft,
  type Organisation,
  type OrganisationRequest,
  type PriorContact,
  type Sender,
} from '../../core/letters';
import type { LetterKind } from '../../storage/letters';

export interface DraftChoice {
  kind: LetterKind;
  requests: OrganisationRequest[];
  lang: Lang;
  sender: Sender;
  organisation: Organisation;
  redaction: Redaction;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
  /** The letter to the organisation, when the user marked one as sent. */
  prior?: PriorContact;
}

export const ALL_REQUESTS: OrganisationRequest[] = ['access', 'withdraw', 'object', 'erasure', 'joint-controllers'];

/** Empty strings dropped, so the core writes its placeholders for what the user left out. */
function filled<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, (v as string).trim()])) as T;
}

export function draftFor(bundle: EvidenceBundle, digest: string, choice: DraftChoice): LetterDraft & { deadline?: string } {
  const common = {
    bundle,
    digest,
    lang: choice.lang,
    redaction: choice.redaction,
    date: choice.date,
    organisation: filled(choice.organisation),
  };
  const sender = filled(choice.sender);
  switch (choice.kind) {
    case 'organisation':
      return draftOrganisationLetter({ ...common, sender, requests: choice.requests.length ? choice.requests : ['access'] });
    case 'complaint':
      return draftApComplaint({ ...common, sender, ...(choice.prior ? { organisationLetter: choice.prior } : {}) });
    case 'tip':
      return draftApTip({ ...common, sender });
  }
}
