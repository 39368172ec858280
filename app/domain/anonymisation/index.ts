export { SCRUB_MARKERS, scrubText, nameVariants } from "./scrub";
export type { ScrubKind, ScrubOptions, ScrubReplacement, ScrubResult } from "./scrub";
export { normalizeForMatch } from "./normalize";
export { findIdentityHints } from "./identity-hints";
export type { IdentityHint, IdentityHintKind } from "./identity-hints";
export { makePseudonym, PSEUDONYM_ALPHABET, PSEUDONYM_PATTERN, PSEUDONYM_PREFIX, PSEUDONYM_RANDOM_BYTES } from "./pseudonym";
export { buildApplicationSnapshot, IDENTITY_FIELDS, namesFor, rescrubSnapshot, studentIdentity, toEmployerView } from "./employer-view";
export type {
  AnonymousApplicationFields,
  AnonymousEmployerView,
  ApplicationRecord,
  ApplicationSnapshot,
  EmployerApplicationView,
  IdentityField,
  RevealedEmployerView,
  StudentIdentity,
  StudentProfile,
} from "./employer-view";
export { markersFor, pseudonymFor, PSEUDONYM_WORDS, SCRUB_MARKERS_BY_LOCALE } from "./display";
