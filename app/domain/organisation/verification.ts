// An organisation's verification status (DESIGN §3.2). An officer verifies an
// organisation that has not signed (yet), or asks it to correct its details; once it has
// signed, the status follows the officer's decision on its signature.

export const VERIFICATION_STATUSES = ["pending", "verified", "changes_requested", "suspended", "revoked"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const ORGANISATION_VERIFICATION_ACTIONS = ["verify", "request_changes"] as const;
export type OrganisationVerificationAction = (typeof ORGANISATION_VERIFICATION_ACTIONS)[number];

/** The signature decisions that move the organisation's status with them (resubmit and supersede do not). */
export const SIGNATURE_DECISIONS_FOR_VERIFICATION = ["approve", "request_changes", "suspend", "revoke", "reinstate"] as const;
export type SignatureDecisionForVerification = (typeof SIGNATURE_DECISIONS_FOR_VERIFICATION)[number];

type Rule = { from: readonly VerificationStatus[]; to: VerificationStatus; reasonRequired: boolean };

// Only an organisation still waiting is decided on by itself: a verified one keeps its
// status, and a suspended or revoked one is reinstated through its signature (with a
// reason), never by a plain "verify".
const OPEN: readonly VerificationStatus[] = ["pending", "changes_requested"];
const ORGANISATION_RULES: Record<OrganisationVerificationAction, Rule> = {
  verify: { from: OPEN, to: "verified", reasonRequired: false },
  request_changes: { from: OPEN, to: "changes_requested", reasonRequired: true },
};

const AFTER_SIGNATURE: Record<SignatureDecisionForVerification, VerificationStatus> = {
  approve: "verified",
  request_changes: "changes_requested",
  suspend: "suspended",
  revoke: "revoked",
  reinstate: "verified",
};

export function isVerificationStatus(value: unknown): value is VerificationStatus {
  return typeof value === "string" && (VERIFICATION_STATUSES as readonly string[]).includes(value);
}

export type VerificationTransitionErrorCode = "invalid_transition" | "reason_required";

export class VerificationTransitionError extends Error {
  constructor(
    readonly code: VerificationTransitionErrorCode,
    readonly status: string,
    readonly action: OrganisationVerificationAction,
  ) {
    super(`Cannot ${action} an organisation that is ${status}: ${code}`);
    this.name = "VerificationTransitionError";
  }
}

export function verificationReasonRequired(action: OrganisationVerificationAction): boolean {
  return ORGANISATION_RULES[action].reasonRequired;
}

/**
 * An officer's own decision on an organisation: the next status and the trimmed reason
 * (null when none). Once the organisation has signed (`signed`: a signature that is not
 * superseded), its status follows the decisions on that signature instead.
 */
export function transitionVerification(
  status: string,
  action: OrganisationVerificationAction,
  reason?: string | null,
  { signed = false }: { signed?: boolean } = {},
): { next: VerificationStatus; reason: string | null } {
  const rule = ORGANISATION_RULES[action];
  if (signed || !isVerificationStatus(status) || !rule.from.includes(status)) throw new VerificationTransitionError("invalid_transition", status, action);
  const trimmed = reason?.trim() || null;
  if (rule.reasonRequired && !trimmed) throw new VerificationTransitionError("reason_required", status, action);
  return { next: rule.to, reason: trimmed };
}

/** The organisation's status after a decision on its signature; null when the decision leaves it as it is. */
export function verificationAfterSignature(action: string): VerificationStatus | null {
  return (SIGNATURE_DECISIONS_FOR_VERIFICATION as readonly string[]).includes(action) ? AFTER_SIGNATURE[action as SignatureDecisionForVerification] : null;
}
