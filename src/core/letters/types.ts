// Shapes the letter wizard passes in and gets back.
import type { Redaction } from '../evidence/redaction';
import type { EvidenceBundle, Lang } from '../evidence/types';

export type { Lang } from '../evidence/types';

export interface Sender {
  name?: string;
  address?: string;
  email?: string;
}

/** The organisation behind the site, as far as the user knows it. */
export interface Organisation {
  name?: string;
  address?: string;
  /** Privacy contact or data protection officer. */
  privacyContact?: string;
  /** Chamber of Commerce (KvK) number. */
  kvk?: string;
}

export type OrganisationRequest = 'access' | 'withdraw' | 'object' | 'erasure' | 'joint-controllers';

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
  /** One month after `date` (art. 12(3) GDPR), YYYY-MM-DD. */
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
}
