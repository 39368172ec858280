import { describe, expect, it } from "vitest";
import {
  canSign,
  dueResignReminder,
  goodStandingSignature,
  graceVersions,
  hasGoodStanding,
  currentPactVersion,
  resignDeadline,
  resignRequirement,
  signatureStanding,
  type PactVersionValidity,
  type SignatureStatus,
} from "../../../app/domain/pact";

const M = "ams";
const at = (iso: string) => new Date(iso);
// v1 since 2025; v2 in force from 1 March 2026 00:00 Amsterdam (23:00 UTC the day before).
const v1: PactVersionValidity = {
  id: "v1",
  municipalityId: M,
  version: 1,
  validFrom: at("2025-01-01T00:00:00+01:00"),
  validUntil: at("2026-03-01T00:00:00+01:00"),
};
const v2: PactVersionValidity = { id: "v2", municipalityId: M, version: 2, validFrom: at("2026-03-01T00:00:00+01:00"), validUntil: null };
const VERSIONS = [v1, v2];
// 60 days after 1 March: 30 April 2026, 00:00 Amsterdam summer time = 29 April 22:00 UTC.
const DEADLINE = at("2026-04-30T00:00:00+02:00");

function standing(status: SignatureStatus, pactVersionId: string, now: Date, versions = VERSIONS, resignBy: Date | null = null) {
  const req = resignRequirement({ status, pactVersionId, resignBy }, versions, M, 60, now);
  const ref = { status, pactVersionId, resignBy: req.required ? req.resignBy : null };
  return {
    req,
    standing: signatureStanding(ref, currentPactVersion(versions, M, now), now),
    good: hasGoodStanding(ref, currentPactVersion(versions, M, now), now),
  };
}

describe("the re-signing deadline", () => {
  it.each([
    // in force from (instant), period days, deadline
    ["2026-03-01T00:00:00+01:00", 60, "2026-04-30T00:00:00+02:00"], // across the summer-time change: still midnight
    ["2026-03-01T15:30:00+01:00", 60, "2026-04-30T00:00:00+02:00"], // from the start of the day, not the hour
    ["2026-02-28T23:30:00Z", 1, "2026-03-02T00:00:00+01:00"], // 00:30 on 1 March in Amsterdam counts as 1 March
    ["2026-10-24T12:00:00+02:00", 7, "2026-10-31T00:00:00+01:00"], // across winter time
    ["2026-12-31T10:00:00+01:00", 0, "2026-12-31T00:00:00+01:00"],
  ])("a version in force from %s with %i days must be re-signed by %s", (from, days, expected) => {
    expect(resignDeadline(at(from), days).toISOString()).toBe(at(expected).toISOString());
  });
});

describe("whether a signature must be signed again", () => {
  it.each<[string, SignatureStatus, string, string, { required: boolean; overdue?: boolean; standing: string; good: boolean }]>([
    ["before the new version, on v1", "approved", "v1", "2026-02-28T22:59:59Z", { required: false, standing: "approved", good: true }],
    ["the day v2 comes into force", "approved", "v1", "2026-03-01T09:00:00+01:00", { required: true, overdue: false, standing: "approved", good: true }],
    ["a second before the deadline", "approved", "v1", "2026-04-29T21:59:59Z", { required: true, overdue: false, standing: "approved", good: true }],
    ["at the deadline", "approved", "v1", "2026-04-29T22:00:00Z", { required: true, overdue: true, standing: "must_resign", good: false }],
    ["after the deadline", "approved", "v1", "2026-06-01T12:00:00+02:00", { required: true, overdue: true, standing: "must_resign", good: false }],
    ["signed the new version and approved", "approved", "v2", "2026-06-01T12:00:00+02:00", { required: false, standing: "approved", good: true }],
    ["signed the new version, pending", "pending", "v2", "2026-03-10T12:00:00+01:00", { required: false, standing: "pending", good: false }],
    [
      "pending on the old version: sign the new one, no standing meanwhile",
      "pending",
      "v1",
      "2026-03-10T12:00:00+01:00",
      { required: true, overdue: false, standing: "must_resign", good: false },
    ],
    [
      "suspended on the old version: an officer's matter",
      "suspended",
      "v1",
      "2026-03-10T12:00:00+01:00",
      { required: false, standing: "suspended", good: false },
    ],
    ["revoked", "revoked", "v1", "2026-03-10T12:00:00+01:00", { required: false, standing: "revoked", good: false }],
  ])("%s", (_, status, versionId, now, expected) => {
    const { req, standing: s, good } = standing(status, versionId, at(now));
    expect(req.required).toBe(expected.required);
    if (req.required) {
      expect(req.overdue).toBe(expected.overdue);
      expect(req.resignBy.toISOString()).toBe(DEADLINE.toISOString());
      expect(req.current.id).toBe("v2");
    }
    expect(s).toBe(expected.standing);
    expect(good).toBe(expected.good);
  });

  it("a stored deadline wins over the computed one", () => {
    const stored = at("2026-05-15T00:00:00+02:00");
    const { req, good } = standing("approved", "v1", at("2026-05-01T12:00:00+02:00"), VERSIONS, stored);
    expect(req).toMatchObject({ required: true, overdue: false, resignBy: stored });
    expect(good).toBe(true);
  });

  it("with two newer versions in force, the first replacement sets the deadline and the newest is the one to sign", () => {
    const v3: PactVersionValidity = { id: "v3", municipalityId: M, version: 3, validFrom: at("2026-04-01T00:00:00+02:00"), validUntil: null };
    const versions = [v1, { ...v2, validUntil: v3.validFrom }, v3];
    const { req } = standing("approved", "v1", at("2026-04-10T12:00:00+02:00"), versions);
    expect(req).toMatchObject({ required: true, overdue: false, resignBy: DEADLINE });
    if (req.required) expect([req.replacedBy.id, req.current.id]).toEqual(["v2", "v3"]);
    // Who signed v2 is replaced by v3: 60 days from 1 April.
    const onV2 = standing("approved", "v2", at("2026-04-10T12:00:00+02:00"), versions).req;
    expect(onV2).toMatchObject({ required: true, resignBy: at("2026-05-31T00:00:00+02:00") });
  });

  it("when two versions overlap, the newer is in force and the other must be re-signed", () => {
    const overlapping = [{ ...v1, validUntil: null }, v2];
    const { req, good } = standing("approved", "v1", at("2026-03-05T12:00:00+01:00"), overlapping);
    expect(req).toMatchObject({ required: true, overdue: false, resignBy: DEADLINE });
    expect(good).toBe(true);
  });

  it("an approved signature on a replaced version without any deadline has no standing (strict default)", () => {
    expect(signatureStanding({ status: "approved", pactVersionId: "v1" }, v2, at("2026-03-05T12:00:00+01:00"))).toBe("must_resign");
  });

  it("within the deadline the organisation may sign the new version; with the new one pending it may not sign again", () => {
    expect(canSign("approved", true)).toBe(true);
    expect(canSign("approved", false)).toBe(false);
    expect(canSign("must_resign", true)).toBe(true);
    expect(canSign("pending", true)).toBe(false);
  });
});

describe("the one-query form agrees with the rule", () => {
  const times = ["2026-02-01T12:00:00Z", "2026-03-01T00:00:00+01:00", "2026-04-29T21:59:59Z", "2026-04-29T22:00:00Z", "2026-07-01T00:00:00Z"];
  it.each(times)("at %s", (now) => {
    const t = at(now);
    const current = currentPactVersion(VERSIONS, M, t);
    const grace = graceVersions(VERSIONS, M, 60, t);
    for (const versionId of ["v1", "v2"]) {
      const byRule = standing("approved", versionId, t).good;
      const required = goodStandingSignature(current, t);
      const byQuery = required?.pactVersionId === versionId || grace.some((g) => g.pactVersionId === versionId && g.computedResignBy.getTime() > t.getTime());
      expect(byQuery).toBe(byRule);
    }
  });
});

describe("reminders", () => {
  it.each<[string, number, string, { reminder: 1 | 2; sentAfter: number } | null]>([
    ["deadline just set", 0, "2026-03-01T10:00:00+01:00", { reminder: 1, sentAfter: 1 }],
    ["first sent, weeks to go", 1, "2026-04-01T10:00:00+02:00", null],
    ["first sent, a second more than seven days to go", 1, "2026-04-22T21:59:59Z", null],
    ["first sent, seven days to go", 1, "2026-04-22T22:00:00Z", { reminder: 2, sentAfter: 2 }],
    ["set within the last week: one mail counts as both", 0, "2026-04-25T10:00:00+02:00", { reminder: 1, sentAfter: 2 }],
    ["both sent", 2, "2026-04-28T10:00:00+02:00", null],
    ["deadline passed, none sent", 0, "2026-04-29T22:00:00Z", null],
  ])("%s", (_, sent, now, expected) => {
    expect(dueResignReminder(DEADLINE, sent, at(now))).toEqual(expected);
  });
});
