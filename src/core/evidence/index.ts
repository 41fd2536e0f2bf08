// Evidence: page records → a versioned, hashable evidence file, a HAR export and a
// readable report, with redaction for what people read (never for the file).
export { buildEvidenceBundle, type BundleInput } from './build-bundle';
export { serialiseEvidence, evidenceDigest, parseEvidence, type Hasher } from './serialise';
export { sha256Hex } from './sha256';
export { toHar, type Har, type HarEntry, type HarOptions } from './har';
export { renderReport, type ReportOptions } from './report';
export { escapeHtml } from './escape-html';
export { makeRedactor, pageCategory, ownIdentifiers, redactBundleForTip, NO_REDACTION, REMOVED, type Redaction, type Redactor } from './redaction';
export { whatWasSent, type SentItem } from './what-was-sent';
export { isoWithOffset, type UtcOffset } from './time';
export { EVIDENCE_SCHEMA_VERSION, type EvidenceBundle, type EvidenceVisit, type EvidenceTracker, type EvidenceRequest, type Lang } from './types';
