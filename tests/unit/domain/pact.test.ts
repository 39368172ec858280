import { describe, expect, it } from "vitest";
import {
  allowedSignatureActions,
  canPublish,
  canSign,
  currentPactVersion,
  goodStandingSignature,
  hasGoodStanding,
  liveSignatureOf,
  maySupersede,
  PactTransitionError,
  SIGNATURE_ACTIONS,
  SIGNATURE_STATUSES,
  signatureActionActor,
  signatureStanding,
  transitionSignature,
  unknownCommitmentIds,
  validateSignatureInput,
  type PactVersionValidity,
  type SignatureAction,
  type SignatureActor,
  type SignatureStanding,
  type SignatureStatus,
} from "../../../app/domain/pact";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const REASON = { reason: "KvK number does not match the organisation name" };

// Every (status × action), with a reason given. A status is the legal outcome; anything
// else is the error code. Written out by hand so the table is the specification.
const MATRIX: Record<SignatureStatus, Record<SignatureAction, string>> = {
  pending: {
    approve: "approved",
    request_changes: "changes_requested",
    suspend: "invalid_transition",
    revoke: "revoked",
    reinstate: "invalid_transition",
    resubmit: "invalid_transition",
    supersede: "superseded",
  },
  approved: {
    approve: "invalid_transition",
    request_changes: "invalid_transition",
    suspend: "suspended",
    revoke: "revoked",
    reinstate: "invalid_transition",
    resubmit: "invalid_transition",
    supersede: "superseded",
  },
  changes_requested: {
    approve: "approved",
    request_changes: "invalid_transition",
    suspend: "invalid_transition",
    revoke: "revoked",
    reinstate: "invalid_transition",
    resubmit: "pending",
    supersede: "superseded",
  },
  suspended: {
    approve: "invalid_transition",
    request_changes: "invalid_transition",
    suspend: "invalid_transition",
    revoke: "revoked",
    reinstate: "approved",
    resubmit: "invalid_transition",
    supersede: "invalid_transition",
  },
  revoked: {
    approve: "signature_final",
    request_changes: "signature_final",
    suspend: "signature_final",
    revoke: "signature_final",
    reinstate: "signature_final",
    resubmit: "signature_final",
    supersede: "signature_final",
  },
  superseded: {
    approve: "signature_final",
    request_changes: "signature_final",
    suspend: "signature_final",
    revoke: "signature_final",
    reinstate: "signature_final",
    resubmit: "signature_final",
    supersede: "signature_final",
  },
};

const isStatus = (value: string): value is SignatureStatus => (SIGNATURE_STATUSES as readonly string[]).includes(value);

function outcome(status: SignatureStatus, action: SignatureAction, options = {}): string {
  try {
    return transitionSignature(status, action, options).next;
  } catch (error) {
    if (error instanceof PactTransitionError) return error.code;
    throw error;
  }
}

describe("signature transitions", () => {
  const cases = SIGNATURE_STATUSES.flatMap((status) => SIGNATURE_ACTIONS.map((action) => [status, action, MATRIX[status][action]] as const));

  it.each(cases)("a %s signature on %s becomes %s", (status, action, expected) => {
    expect(outcome(status, action, REASON)).toBe(expected);
  });

  it.each([
    ["request_changes", "pending"],
    ["suspend", "approved"],
    ["revoke", "approved"],
    ["revoke", "pending"],
    ["reinstate", "suspended"],
  ] as const)("an officer cannot %s a %s signature without a reason", (action, status) => {
    for (const reason of [undefined, null, "", "   "]) {
      expect(outcome(status, action, { reason })).toBe("reason_required");
    }
  });

  it.each([
    ["approve", "pending"],
    ["approve", "changes_requested"],
    ["resubmit", "changes_requested"],
    ["supersede", "approved"],
  ] as const)("%s from %s needs no reason", (action, status) => {
    expect(outcome(status, action)).toBe(MATRIX[status][action]);
  });

  it("keeps the reason trimmed for the audit log and the organisation", () => {
    expect(transitionSignature("approved", "suspend", { reason: "  Complaint under investigation \n" })).toEqual({
      next: "suspended",
      reason: "Complaint under investigation",
      ends: false,
    });
  });

  it("refuses a reason longer than 1000 characters", () => {
    expect(outcome("approved", "suspend", { reason: "x".repeat(1001) })).toBe("reason_too_long");
    expect(outcome("approved", "suspend", { reason: "x".repeat(1000) })).toBe("suspended");
  });

  it.each([
    ["revoke", "approved", true],
    ["supersede", "pending", true],
    ["suspend", "approved", false],
    ["approve", "pending", false],
  ] as const)("%s from %s ends the signature: %s", (action, status, ends) => {
    expect(transitionSignature(status, action, REASON).ends).toBe(ends);
  });

  it.each([
    ["approve", "pending", "version_not_current"],
    ["approve", "changes_requested", "version_not_current"],
    ["resubmit", "changes_requested", "version_not_current"],
    ["reinstate", "suspended", "approved"],
    ["revoke", "pending", "revoked"],
    ["supersede", "approved", "superseded"],
  ] as const)("for a version no longer in force, %s from %s gives %s", (action, status, expected) => {
    expect(outcome(status, action, { ...REASON, isCurrentVersion: false })).toBe(expected);
  });

  it("a final status is reported as final before anything else is checked", () => {
    expect(outcome("revoked", "approve", { isCurrentVersion: false })).toBe("signature_final");
  });

  it("the error says which status and action failed", () => {
    expect(() => transitionSignature("revoked", "reinstate", REASON)).toThrow(PactTransitionError);
    expect(() => transitionSignature("revoked", "reinstate", REASON)).toThrow(/reinstate.*revoked.*signature_final/);
  });
});

describe("who may do what", () => {
  it.each<[SignatureAction, SignatureActor]>([
    ["approve", "officer"],
    ["request_changes", "officer"],
    ["suspend", "officer"],
    ["revoke", "officer"],
    ["reinstate", "officer"],
    ["resubmit", "employer"],
    ["supersede", "system"],
  ])("%s is done by the %s", (action, actor) => {
    expect(signatureActionActor(action)).toBe(actor);
  });

  it.each<[SignatureStatus, SignatureActor, SignatureAction[]]>([
    ["pending", "officer", ["approve", "request_changes", "revoke"]],
    ["approved", "officer", ["suspend", "revoke"]],
    ["changes_requested", "officer", ["approve", "revoke"]],
    ["suspended", "officer", ["revoke", "reinstate"]],
    ["revoked", "officer", []],
    ["superseded", "officer", []],
    ["changes_requested", "employer", ["resubmit"]],
    ["pending", "employer", []],
    ["approved", "system", ["supersede"]],
    ["suspended", "system", []],
  ])("a %s signature offers the %s %j", (status, actor, actions) => {
    expect(allowedSignatureActions(status, actor)).toEqual(actions);
  });

  it.each(SIGNATURE_STATUSES.flatMap((s) => (["officer", "employer", "system"] as const).map((a) => [s, a] as const)))(
    "what a %s signature offers the %s is exactly what the transition table allows",
    (status, actor) => {
      const legal = SIGNATURE_ACTIONS.filter((action) => signatureActionActor(action) === actor && isStatus(MATRIX[status][action]));
      expect(allowedSignatureActions(status, actor)).toEqual(legal);
    },
  );
});

describe("the pact version in force", () => {
  const version = (over: Partial<PactVersionValidity>): PactVersionValidity => ({
    id: "v",
    municipalityId: "ams",
    version: 1,
    validFrom: d("2025-01-01"),
    validUntil: null,
    ...over,
  });
  const VERSIONS = [
    version({ id: "ams-1", version: 1, validUntil: d("2027-01-01") }),
    version({ id: "ams-2", version: 2, validFrom: d("2027-01-01") }),
    version({ id: "alm-1", municipalityId: "alm", version: 1, validFrom: d("2026-03-01") }),
  ];

  it.each([
    ["ams", "2026-06-01", "ams-1"],
    ["ams", "2026-12-31", "ams-1"],
    ["ams", "2027-01-01", "ams-2"],
    ["ams", "2024-12-31", null],
    ["alm", "2026-02-28", null],
    ["alm", "2026-03-01", "alm-1"],
    ["amf", "2026-06-01", null],
  ])("in %s on %s the version in force is %s", (municipalityId, day, expected) => {
    expect(currentPactVersion(VERSIONS, municipalityId, d(day))?.id ?? null).toBe(expected);
  });

  it("takes the newer version when two overlap", () => {
    const overlapping = [version({ id: "a", version: 1 }), version({ id: "b", version: 2, validFrom: d("2026-01-01") })];
    expect(currentPactVersion(overlapping, "ams", d("2026-06-01"))?.id).toBe("b");
  });

  it("returns the caller's own objects, so extra fields such as the text stay available", () => {
    const withText = [{ ...version({ id: "t" }), textEn: "We pay at least €400." }];
    expect(currentPactVersion(withText, "ams", d("2026-06-01"))?.textEn).toBe("We pay at least €400.");
  });
});

describe("where an organisation stands with the pact", () => {
  const current: PactVersionValidity = { id: "v2", municipalityId: "ams", version: 2, validFrom: d("2027-01-01"), validUntil: null };
  const NOW = d("2027-06-01");
  const sig = (status: SignatureStatus, pactVersionId = "v2") => ({ status, pactVersionId });

  it.each<[string, { status: SignatureStatus; pactVersionId: string } | null, PactVersionValidity | null, Date, SignatureStanding]>([
    ["no signature at all", null, current, NOW, "none"],
    ["no signature and no pact in force", null, null, NOW, "none"],
    ["a pending signature on the current version", sig("pending"), current, NOW, "pending"],
    ["an approved signature on the current version", sig("approved"), current, NOW, "approved"],
    ["an approved signature on an older version", sig("approved", "v1"), current, NOW, "must_resign"],
    ["a pending signature on an older version", sig("pending", "v1"), current, NOW, "must_resign"],
    ["changes requested on an older version", sig("changes_requested", "v1"), current, NOW, "must_resign"],
    ["changes requested on the current version", sig("changes_requested"), current, NOW, "changes_requested"],
    ["a suspended signature", sig("suspended"), current, NOW, "suspended"],
    ["a suspended signature on an older version", sig("suspended", "v1"), current, NOW, "suspended"],
    ["a revoked signature", sig("revoked"), current, NOW, "revoked"],
    ["a revoked signature on an older version", sig("revoked", "v1"), current, NOW, "revoked"],
    ["a superseded signature", sig("superseded", "v1"), current, NOW, "none"],
    ["an approved signature while no pact is in force", sig("approved"), null, NOW, "must_resign"],
    ["an approved signature on a version that has not started yet", sig("approved"), current, d("2026-12-31"), "must_resign"],
    ["an approved signature on a version that has ended", sig("approved"), { ...current, validUntil: d("2027-03-01") }, NOW, "must_resign"],
  ])("%s gives the standing %s", (_case, signature, version, now, standing) => {
    expect(signatureStanding(signature, version, now)).toBe(standing);
  });

  it.each<[SignatureStanding, boolean, boolean]>([
    ["none", false, true],
    ["pending", false, false],
    ["approved", true, false],
    ["must_resign", false, true],
    ["changes_requested", false, false],
    ["suspended", false, false],
    ["revoked", false, false],
  ])("with the standing %s, publishing is allowed: %s, a new signature is allowed: %s", (standing, publish, sign) => {
    expect(canPublish(standing)).toBe(publish);
    expect(canSign(standing)).toBe(sign);
  });
});

describe("good standing", () => {
  const v1: PactVersionValidity = { id: "v1", municipalityId: "ams", version: 1, validFrom: d("2025-01-01"), validUntil: d("2027-01-01") };
  const v2: PactVersionValidity = { id: "v2", municipalityId: "ams", version: 2, validFrom: d("2027-01-01"), validUntil: null };
  const BEFORE = d("2026-06-01");
  const AFTER = d("2027-06-01");

  it.each<[string, { status: SignatureStatus; pactVersionId: string } | null, PactVersionValidity | null, Date, boolean]>([
    ["an approved signature on the version in force", { status: "approved", pactVersionId: "v1" }, v1, BEFORE, true],
    ["the same signature once the next version is in force", { status: "approved", pactVersionId: "v1" }, v2, AFTER, false],
    ["an approved signature on the new version", { status: "approved", pactVersionId: "v2" }, v2, AFTER, true],
    ["a pending signature on the new version", { status: "pending", pactVersionId: "v2" }, v2, AFTER, false],
    ["changes requested", { status: "changes_requested", pactVersionId: "v2" }, v2, AFTER, false],
    ["a suspended signature", { status: "suspended", pactVersionId: "v2" }, v2, AFTER, false],
    ["a revoked signature", { status: "revoked", pactVersionId: "v2" }, v2, AFTER, false],
    ["a superseded signature", { status: "superseded", pactVersionId: "v2" }, v2, AFTER, false],
    ["no signature", null, v2, AFTER, false],
    ["an approved signature while no version is in force", { status: "approved", pactVersionId: "v1" }, null, AFTER, false],
    ["an approved signature on a version that has not started", { status: "approved", pactVersionId: "v2" }, v2, BEFORE, false],
  ])("%s: in good standing %s, and the query shape agrees", (_case, signature, version, now, expected) => {
    expect(hasGoodStanding(signature, version, now)).toBe(expected);
    // What a service turns into SQL: the live signature must match this shape exactly.
    const required = goodStandingSignature(version, now);
    const matches = required !== null && signature !== null && signature.status === required.status && signature.pactVersionId === required.pactVersionId;
    expect(matches).toBe(expected);
  });

  it("the live signature is the newest that is not superseded", () => {
    const signatures = [
      { id: "a", status: "superseded", signedAt: d("2026-09-01") },
      { id: "b", status: "approved", signedAt: d("2025-03-01") },
      { id: "c", status: "superseded", signedAt: d("2024-01-01") },
    ];
    expect(liveSignatureOf(signatures)?.id).toBe("b");
    expect(liveSignatureOf([{ id: "x", status: "superseded", signedAt: d("2025-01-01") }])).toBeNull();
    expect(liveSignatureOf([])).toBeNull();
  });
});

describe("agreeing to each commitment", () => {
  const COMMITMENTS = ["min_allowance", "praktijkopleider", "no_unsupervised_work", "anonymous_applications"];

  it.each([
    ["every commitment ticked", COMMITMENTS, []],
    ["every commitment ticked in another order", [...COMMITMENTS].reverse(), []],
    ["nothing ticked", [], COMMITMENTS],
    ["one left out", ["min_allowance", "praktijkopleider", "anonymous_applications"], ["no_unsupervised_work"]],
    ["one ticked twice and one left out", ["min_allowance", "min_allowance", "praktijkopleider", "no_unsupervised_work"], ["anonymous_applications"]],
    ["only an unknown id", ["all"], COMMITMENTS],
  ])("with %s, the missing commitments are %j", (_case, agreed, missing) => {
    expect(validateSignatureInput(COMMITMENTS, agreed)).toEqual(missing);
  });

  it.each([
    [COMMITMENTS, []],
    [[...COMMITMENTS, "all", "all"], ["all"]],
    [["min_allowance", "old_commitment"], ["old_commitment"]],
  ])("agreeing to %j names %j as not part of this version", (agreed, unknown) => {
    expect(unknownCommitmentIds(COMMITMENTS, agreed)).toEqual(unknown);
  });
});

describe("which signatures a new one supersedes", () => {
  it.each(SIGNATURE_STATUSES.map((status) => [status, MATRIX[status].supersede === "superseded"] as const))(
    "a %s signature may be superseded: %s",
    (status, expected) => {
      expect(maySupersede(status)).toBe(expected);
    },
  );
});
