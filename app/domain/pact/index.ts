// The Stagepact (DESIGN §3.2): which version is in force, whether a signature counts,
// and how an officer's decision moves it on.
export {
  allowedSignatureActions,
  isSignatureStatus,
  maySupersede,
  OFFICER_ACTIONS,
  PactTransitionError,
  reasonRequired,
  SIGNATURE_ACTIONS,
  SIGNATURE_REASON_MAX_LENGTH,
  SIGNATURE_STATUSES,
  signatureActionActor,
  transitionSignature,
} from "./transitions";
export type { SignatureAction, SignatureActor, SignatureStatus } from "./transitions";
export { currentPactVersion, isVersionInForce } from "./versions";
export type { PactVersionValidity } from "./versions";
export { canPublish, canSign, goodStandingSignature, hasGoodStanding, isInGoodStanding, liveSignatureOf, signatureStanding } from "./standing";
export type { SignatureStanding } from "./standing";
export { dueResignReminder, graceVersions, resignDeadline, resignRequirement, startOfAmsterdamDayOf } from "./resign";
export type { ResignRequirement } from "./resign";
export { unknownCommitmentIds, validateSignatureInput } from "./signing";
export { renderPactText } from "./render";
export type { CodeAmounts } from "./render";
