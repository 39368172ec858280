// The Stagepact (DESIGN §3.2): which version is in force, whether a signature counts,
// and how an officer's decision moves it on.
export {
  allowedSignatureActions,
  EMPLOYER_ACTIONS,
  isFinalSignatureStatus,
  isSignatureAction,
  isSignatureStatus,
  maySupersede,
  OFFICER_ACTIONS,
  PactTransitionError,
  reasonRequired,
  SIGNATURE_ACTIONS,
  SIGNATURE_REASON_MAX_LENGTH,
  SIGNATURE_STATUSES,
  signatureActionActor,
  SYSTEM_ACTIONS,
  transitionSignature,
} from "./transitions";
export type {
  SignatureAction,
  SignatureActor,
  SignatureStatus,
  SignatureTransition,
  SignatureTransitionErrorCode,
  SignatureTransitionOptions,
} from "./transitions";
export { currentPactVersion, isVersionInForce } from "./versions";
export type { PactVersionValidity } from "./versions";
export { canPublish, canSign, goodStandingSignature, hasGoodStanding, isInGoodStanding, liveSignatureOf, signatureStanding } from "./standing";
export type { SignatureRef, SignatureStanding } from "./standing";
export { amsterdamDay, dueResignReminder, graceVersions, RESIGN_LATE_REMINDER_DAYS, resignDeadline, resignRequirement, startOfAmsterdamDayOf } from "./resign";
export type { ResignRequirement, ResignSignature } from "./resign";
export { unknownCommitmentIds, validateSignatureInput } from "./signing";
export { PACT_PLACEHOLDERS, renderPactText } from "./render";
export type { CodeAmounts, PactPlaceholder } from "./render";
