export { SCRUB_MARKERS, scrubText } from "./scrub";
export { normalizeForMatch } from "./normalize";
export { findIdentityHints } from "./identity-hints";
export type { IdentityHintKind } from "./identity-hints";
export { makePseudonym, PSEUDONYM_PATTERN, PSEUDONYM_RANDOM_BYTES } from "./pseudonym";
export { buildApplicationSnapshot, IDENTITY_FIELDS, namesFor, rescrubSnapshot, studentIdentity, toEmployerView } from "./employer-view";
export type { AnonymousApplicationFields, ApplicationRecord, EmployerApplicationView, StudentIdentity, StudentProfile } from "./employer-view";
export { markersFor, pseudonymFor } from "./display";
