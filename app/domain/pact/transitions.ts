// The life of a pact signature (DESIGN §3.2). The table below is the whole rule set;
// services store the outcome and write the audit log, routes offer allowedSignatureActions.

export const SIGNATURE_STATUSES = ["pending", "approved", "changes_requested", "suspended", "revoked", "superseded"] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const OFFICER_ACTIONS = ["approve", "request_changes", "suspend", "revoke", "reinstate"] as const;
export const EMPLOYER_ACTIONS = ["resubmit"] as const;
/** Done by the service when the organisation signs a newer version, never by a person directly. */
export const SYSTEM_ACTIONS = ["supersede"] as const;
export const SIGNATURE_ACTIONS = [...OFFICER_ACTIONS, ...EMPLOYER_ACTIONS, ...SYSTEM_ACTIONS] as const;
export type SignatureAction = (typeof SIGNATURE_ACTIONS)[number];
export type SignatureActor = "officer" | "employer" | "system";

export const SIGNATURE_REASON_MAX_LENGTH = 1000;

export type SignatureTransitionErrorCode = "signature_final" | "invalid_transition" | "reason_required" | "reason_too_long" | "version_not_current";

export class PactTransitionError extends Error {
  constructor(
    public readonly code: SignatureTransitionErrorCode,
    public readonly status: SignatureStatus,
    public readonly action: SignatureAction,
  ) {
    super(`Cannot ${action} a signature that is ${status}: ${code}`);
    this.name = "PactTransitionError";
  }
}

type Rule = {
  actor: SignatureActor;
  from: readonly SignatureStatus[];
  to: SignatureStatus;
  /** Officers' decisions against an organisation must be explained to it and in the audit log. */
  reasonRequired: boolean;
};

const RULES: Record<SignatureAction, Rule> = {
  approve: { actor: "officer", from: ["pending", "changes_requested"], to: "approved", reasonRequired: false },
  request_changes: { actor: "officer", from: ["pending"], to: "changes_requested", reasonRequired: true },
  suspend: { actor: "officer", from: ["approved"], to: "suspended", reasonRequired: true },
  revoke: {
    actor: "officer",
    from: ["pending", "approved", "changes_requested", "suspended"],
    to: "revoked",
    reasonRequired: true,
  },
  reinstate: { actor: "officer", from: ["suspended"], to: "approved", reasonRequired: true },
  resubmit: { actor: "employer", from: ["changes_requested"], to: "pending", reasonRequired: false },
  // Not from suspended: signing a new version must not be a way around a suspension.
  supersede: { actor: "system", from: ["pending", "approved", "changes_requested"], to: "superseded", reasonRequired: false },
};

const FINAL_STATUSES: readonly SignatureStatus[] = ["revoked", "superseded"];

// Approving or resubmitting a signature for a replaced version would approve a text
// that no longer applies; the organisation signs the new version instead.
const NEEDS_CURRENT_VERSION: readonly SignatureAction[] = ["approve", "resubmit"];

export function isSignatureStatus(value: unknown): value is SignatureStatus {
  return typeof value === "string" && (SIGNATURE_STATUSES as readonly string[]).includes(value);
}

export function isFinalSignatureStatus(status: SignatureStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export function signatureActionActor(action: SignatureAction): SignatureActor {
  return RULES[action].actor;
}

/** Whether the system may supersede a signature in this status when a newer one is signed. */
export function maySupersede(status: SignatureStatus): boolean {
  return RULES.supersede.from.includes(status);
}

export function reasonRequired(action: SignatureAction): boolean {
  return RULES[action].reasonRequired;
}

/** The actions a screen may offer this actor now; the same table as transitionSignature. */
export function allowedSignatureActions(status: SignatureStatus, actor: SignatureActor): SignatureAction[] {
  return SIGNATURE_ACTIONS.filter((action) => RULES[action].actor === actor && RULES[action].from.includes(status));
}

export type SignatureTransitionOptions = {
  reason?: string | null;
  /** Whether the signature is for the pact version in force; false blocks approve and resubmit. */
  isCurrentVersion?: boolean;
};

export type SignatureTransition = {
  next: SignatureStatus;
  /** Trimmed, or null when none was given. */
  reason: string | null;
  /** True when the signature reaches a final status (the service sets endedAt). */
  ends: boolean;
};

/**
 * Throws PactTransitionError for a move the rules do not allow. Whether the actor may
 * take the action (an officer of this municipality, a member of this organisation) is
 * the service's check; signatureActionActor says who the action belongs to.
 */
export function transitionSignature(current: SignatureStatus, action: SignatureAction, options: SignatureTransitionOptions = {}): SignatureTransition {
  const rule = RULES[action];
  const fail = (code: SignatureTransitionErrorCode) => new PactTransitionError(code, current, action);
  if (isFinalSignatureStatus(current)) throw fail("signature_final");
  if (!rule.from.includes(current)) throw fail("invalid_transition");
  if (options.isCurrentVersion === false && NEEDS_CURRENT_VERSION.includes(action)) throw fail("version_not_current");
  const reason = options.reason?.trim() ?? "";
  if (rule.reasonRequired && reason.length === 0) throw fail("reason_required");
  if (reason.length > SIGNATURE_REASON_MAX_LENGTH) throw fail("reason_too_long");
  return { next: rule.to, reason: reason.length > 0 ? reason : null, ends: isFinalSignatureStatus(rule.to) };
}
