// Shapes the letter wizard passes in and gets back.
import type { Redaction } from '../evidence/redaction';
import type { EvidenceBundle, Lang } from '../evidence/types';
import type { UserStatement } from './consent-statement';
import type { EmailMatch } from './email-hash';
import type { PhoneMatch } from './phone-hash';
import type { Recording } from './recording';

export type { Lang } from '../evidence/types';

export interface Sender {
  name?: string;
  address?: string;
  email?: string;
  /** Optional; the AP's form asks for it, and a postal complaint may give it. */
  phone?: string;
}

/** The organisation behind the site, as far as the user knows it. */
export interface Organisation {
  name?: string;
  address?: string;
  /** Privacy contact or data protection officer. */
  privacyContact?: string;
  /** The privacy contact's e-mail address, when the user has it. */
  email?: string;
  /** Chamber of Commerce (KvK) number. */
  kvk?: string;
}

export type OrganisationRequest = 'access' | 'withdraw' | 'object' | 'erasure' | 'stop' | 'joint-controllers';

export interface LetterSection {
  id: string;
  heading: string;
  text: string;
}

export interface LetterDraft {
  subject: string;
  /** The whole letter as plain text, ready to edit. */
  body: string;
  sections: LetterSection[];
  /** Companies named as recipients, with their legal entity where the table knows it. */
  recipientsNamed: string[];
  /** Advice for the user, not part of the letter. */
  notes: string[];
}

export interface OrganisationLetter extends LetterDraft {
  /** The last day to answer when the letter is received on `date` (art. 12(3) GDPR, Reg. 1182/71 art. 3(4)), YYYY-MM-DD. */
  deadline: string;
}

export interface CommonInput {
  bundle: EvidenceBundle;
  lang: Lang;
  /** SHA-256 of the evidence file (evidenceDigest). */
  digest: string;
  redaction?: Redaction;
  /** The letter's date, YYYY-MM-DD. */
  date: string;
  organisation?: Organisation;
  /** What the user says they chose in the banner, and whether the site still sends the data. */
  statement?: UserStatement;
  /** Hashed values the user's own e-mail address matched (checked locally, never stored). */
  emailMatches?: EmailMatch[];
  /** Hashed values the user's own phone number matched (checked locally, never stored). */
  phoneMatches?: PhoneMatch[];
  /** How the evidence was recorded; the extension when absent. */
  recording?: Recording;
}
