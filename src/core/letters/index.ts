// Letters: evidence + the user's details → drafts in Dutch or English. Nothing is sent.
export { draftOrganisationLetter, type OrganisationLetterInput } from './organisation-letter';
export { draftApComplaint, type ComplaintInput, type PriorContact } from './ap-complaint';
export { draftApTip, TIP_REDACTION, type TipInput } from './tip';
export { letterDeadline, deadlinePassed, oneMonthAfter, isWorkingDay, dutchPublicHolidays } from './deadline';
export { legalGrounds, infringements, type Ground, type GroundId } from './legal-grounds';
export { caseFactsOf, nothingReached, reachedFacts, transferShown, type CaseFacts } from './case-facts';
export { factsOf, type Facts } from './facts';
export { AP } from './ap';
export { LEGAL_ENTITIES, recipientName } from './legal-entities';
export { matchEmailHashes, looksLikeEmail, normalisedEmails, type EmailMatch } from './email-hash';
export { matchPhoneHashes, normalisedPhones, type PhoneMatch } from './phone-hash';
export { BANNER_CHOICES, STILL_SENDS, NO_STATEMENT, isBannerChoice, isStillSends, type BannerChoice, type StillSends, type UserStatement } from './consent-statement';
export { EXTENSION_RECORDING, type Recording } from './recording';
export type { Sender, Organisation, OrganisationRequest, LetterDraft, OrganisationLetter, LetterSection, CommonInput } from './types';
