import { describe, expect, it } from "vitest";
import {
  ORGANISATION_VERIFICATION_ACTIONS,
  SIGNATURE_DECISIONS_FOR_VERIFICATION,
  transitionVerification,
  VERIFICATION_STATUSES,
  verificationAfterSignature,
  verificationReasonRequired,
  VerificationTransitionError,
  type OrganisationVerificationAction,
  type VerificationStatus,
} from "~/domain/organisation";

const REASON = "The KvK number belongs to another company.";

// Every (status × officer action), with a reason given: the next status, or null when
// refused. Written out by hand so the table is the specification: a suspended or revoked
// organisation is reinstated through its signature, never by a plain "verify".
const MATRIX: Record<VerificationStatus, Record<OrganisationVerificationAction, VerificationStatus | null>> = {
  pending: { verify: "verified", request_changes: "changes_requested" },
  verified: { verify: null, request_changes: null },
  changes_requested: { verify: "verified", request_changes: "changes_requested" },
  suspended: { verify: null, request_changes: null },
  revoked: { verify: null, request_changes: null },
};

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof VerificationTransitionError) return error;
    throw error;
  }
  throw new Error("expected a VerificationTransitionError");
};

describe("an officer's decision on an organisation", () => {
  const cases = VERIFICATION_STATUSES.flatMap((status) => ORGANISATION_VERIFICATION_ACTIONS.map((action) => [status, action, MATRIX[status][action]] as const));

  it.each(cases)("%s, then %s, gives %s", (status, action, next) => {
    if (next === null) expect(errorOf(() => transitionVerification(status, action, REASON)).code).toBe("invalid_transition");
    else expect(transitionVerification(status, action, REASON).next).toBe(next);
  });

  it.each(ORGANISATION_VERIFICATION_ACTIONS)("%s is refused once the organisation has signed: its signature decides", (action) => {
    expect(errorOf(() => transitionVerification("pending", action, REASON, { signed: true })).code).toBe("invalid_transition");
  });

  it.each([
    ["verify", false],
    ["request_changes", true],
  ] as const)("%s needs a reason: %s", (action, required) => {
    expect(verificationReasonRequired(action)).toBe(required);
    if (required) expect(errorOf(() => transitionVerification("pending", action, "   ")).code).toBe("reason_required");
    else expect(transitionVerification("pending", action).reason).toBeNull();
  });

  it("keeps the reason trimmed for the organisation and the audit log", () => {
    expect(transitionVerification("pending", "request_changes", `  ${REASON}  `).reason).toBe(REASON);
  });

  it("refuses a status it does not know", () => {
    expect(errorOf(() => transitionVerification("archived", "verify")).code).toBe("invalid_transition");
  });
});

describe("the organisation's status after a decision on its signature", () => {
  it.each([
    ["approve", "verified"],
    ["request_changes", "changes_requested"],
    ["suspend", "suspended"],
    ["revoke", "revoked"],
    ["reinstate", "verified"],
    ["resubmit", null],
    ["supersede", null],
  ] as const)("%s leaves the organisation %s", (action, next) => {
    expect(verificationAfterSignature(action)).toBe(next);
  });

  it("every signature decision that moves the organisation is in the table", () => {
    expect(SIGNATURE_DECISIONS_FOR_VERIFICATION.every((a) => verificationAfterSignature(a) !== null)).toBe(true);
  });
});
