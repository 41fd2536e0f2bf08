// The wizard's choices → the draft the core writes. Pure: no browser, no storage.
import type { EvidenceBundle, Lang, Redaction } from '../../core/evidence';
import {
  draftApComplaint,
  draftApTip,
  draftOrganisationLetter,
  type LetterDraft,
  type Organisation,
  type OrganisationRequest,
  type EmailMatch,
  type PriorContact,
  type Sender,
  type UserStatement,
  transferShown,
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
  /** What the user says they chose in the banner, and whether the site still sends. */
  statement?: UserStatement;
  /** Hashed values the user's own e-mail address matched (never the address itself). */
  emailMatches?: EmailMatch[];
  /** The tip's annex: the redacted file (default) or, chosen knowingly, the full one. */
  tipAnnex?: 'redacted' | 'full';
}

/**
 * The documents the evidence supports. When the health shield blocked every request, no
 * data reached a company: there is no transfer to complain about, so the complaint is not
 * offered (the organisation letter and the tip still are, stating the attempts).
 */
export function offeredKinds(bundle: EvidenceBundle | null): LetterKind[] {
  return !bundle || transferShown(bundle) ? ['organisation', 'complaint', 'tip'] : ['organisation', 'tip'];
}

/** The chosen kind, or the organisation letter when the evidence no longer supports it. */
export function supportedKind(kind: LetterKind, bundle: EvidenceBundle | null): LetterKind {
  return offeredKinds(bundle).includes(kind) ? kind : 'organisation';
}

export const ALL_REQUESTS: OrganisationRequest[] = ['access', 'withdraw', 'object', 'stop', 'erasure', 'joint-controllers'];

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
    ...(choice.statement ? { statement: choice.statement } : {}),
  };
  const sender = filled(choice.sender);
  switch (choice.kind) {
    case 'organisation':
      return draftOrganisationLetter({ ...common, sender, emailMatches: choice.emailMatches ?? [], requests: choice.requests.length ? choice.requests : ['access'] });
    case 'complaint':
      return draftApComplaint({ ...common, sender, emailMatches: choice.emailMatches ?? [], ...(choice.prior ? { organisationLetter: choice.prior } : {}) });
    case 'tip':
      // The tip carries no name, no address and none of the user's identifiers by default.
      return draftApTip({ ...common, annex: choice.tipAnnex ?? 'redacted', ...(choice.tipAnnex === 'full' ? {} : { redaction: { ...choice.redaction, ownIdentifiers: 'remove' as const } }) });
  }
}
