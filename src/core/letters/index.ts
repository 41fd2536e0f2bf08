// Letters: evidence + the user's details → drafts in Dutch or English. Nothing is sent.
export { draftOrganisationLetter, type OrganisationLetterInput } from './organisation-letter';
export { draftApComplaint, draftApTip, type ComplaintInput, type TipInput, type PriorContact } from './ap-complaint';
export { letterDeadline, deadlinePassed } from './deadline';
export { legalGrounds, type Ground, type GroundId } from './legal-grounds';
export { factsOf, type Facts } from './facts';
export { AP } from './ap';
export { LEGAL_ENTITIES, recipientName } from './legal-entities';
export type { Sender, Organisation, OrganisationRequest, LetterDraft, OrganisationLetter, LetterSection, CommonInput } from './types';
