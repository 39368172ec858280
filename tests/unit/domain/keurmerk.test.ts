import { describe, expect, it } from "vitest";
import {
  activeMarks,
  allowedKeurmerkActions,
  EVIDENCE_MAX_BYTES,
  fairHospitalityEligibility,
  fairHospitalityPeriod,
  inclusiveEmployerPeriod,
  isAwardActive,
  isSnaRegistryNumber,
  KEURMERK_ACTIONS,
  KEURMERK_STATUSES,
  transitionKeurmerkAward,
  validateEvidenceFile,
  type KeurmerkAction,
  type KeurmerkStatus,
} from "~/domain/keurmerk";

const NOW = new Date("2026-11-01T12:00:00Z");
const d = (iso: string) => new Date(iso);

describe("whether a mark is active", () => {
  it.each([
    ["awarded, inside its period", { status: "awarded", validFrom: d("2026-03-01"), validUntil: d("2027-03-01") }, true],
    ["awarded, open-ended (SNA)", { status: "awarded", validFrom: d("2025-06-01"), validUntil: null }, true],
    ["awarded, expired yesterday", { status: "awarded", validFrom: d("2025-10-31"), validUntil: d("2026-10-31") }, false],
    ["awarded, ends exactly now (end is exclusive)", { status: "awarded", validFrom: d("2025-11-01"), validUntil: NOW }, false],
    ["awarded, starts tomorrow", { status: "awarded", validFrom: d("2026-11-02"), validUntil: d("2027-11-02") }, false],
    ["applied", { status: "applied", validFrom: null, validUntil: null }, false],
    ["revoked inside its period", { status: "revoked", validFrom: d("2026-03-01"), validUntil: d("2027-03-01") }, false],
    ["refused", { status: "refused", validFrom: null, validUntil: null }, false],
  ])("%s → %s", (_, award, active) => {
    expect(isAwardActive(award, NOW)).toBe(active);
  });

  it("shows one badge per type, in a fixed order, and drops expired ones", () => {
    const marks = activeMarks(
      [
        { type: "sna", status: "awarded", validFrom: d("2025-06-01"), validUntil: null },
        { type: "fair_hospitality", status: "awarded", validFrom: d("2025-01-01"), validUntil: d("2026-01-01") },
        { type: "fair_hospitality", status: "awarded", validFrom: d("2026-03-01"), validUntil: d("2027-03-01") },
        { type: "inclusive_employer", status: "awarded", validFrom: d("2025-01-01"), validUntil: d("2026-01-01") },
      ],
      NOW,
    );
    expect(marks.map((m) => m.type)).toEqual(["fair_hospitality", "sna"]);
  });
});

describe("award periods", () => {
  it("Fair Hospitality lasts one year from the day of the award", () => {
    expect(fairHospitalityPeriod(d("2026-11-23T15:00:00Z"))).toEqual({ validFrom: d("2026-11-23T00:00:00Z"), validUntil: d("2027-11-23T00:00:00Z") });
  });
  it("Inclusive employer covers a calendar year", () => {
    expect(inclusiveEmployerPeriod(2026)).toEqual({ validFrom: d("2026-01-01T00:00:00Z"), validUntil: d("2027-01-01T00:00:00Z") });
  });
});

describe("who may apply for Fair Hospitality", () => {
  const fh = (status: string, validUntil: Date | null = null, validFrom: Date | null = null) => ({ type: "fair_hospitality", status, validFrom, validUntil });
  it.each([
    ["a hospitality employer without marks", "hospitality", [], "eligible"],
    ["a care organisation", "care", [], "not_hospitality"],
    ["with an application waiting", "hospitality", [fh("applied")], "pending"],
    ["with an active mark for months", "hospitality", [fh("awarded", d("2027-06-01"), d("2026-06-01"))], "active"],
    ["with a mark ending within 60 days (renewal)", "hospitality", [fh("awarded", d("2026-12-01"), d("2025-12-01"))], "eligible"],
    ["after a refusal", "hospitality", [fh("refused")], "eligible"],
    ["after expiry", "hospitality", [fh("awarded", d("2026-01-01"), d("2025-01-01"))], "eligible"],
  ] as const)("%s → %s", (_, sector, awards, expected) => {
    expect(fairHospitalityEligibility({ sector, awards: [...awards], now: NOW })).toBe(expected);
  });
});

describe("evidence files", () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
  it.each([
    ["a small PDF", 1000, "application/pdf", pdf, null],
    ["a PNG", 1000, "image/png", png, null],
    ["a JPEG of exactly 5 MB", EVIDENCE_MAX_BYTES, "image/jpeg", jpeg, null],
    ["a PDF one byte over 5 MB", EVIDENCE_MAX_BYTES + 1, "application/pdf", pdf, "keurmerk:errors.file_too_large"],
    ["a Word file", 1000, "application/msword", pdf, "keurmerk:errors.file_type"],
    ["an HTML page renamed to .pdf", 1000, "application/pdf", new Uint8Array([0x3c, 0x68, 0x74, 0x6d]), "keurmerk:errors.file_type"],
    ["a PNG declared as JPEG", 1000, "image/jpeg", png, "keurmerk:errors.file_type"],
    ["an empty head", 1000, "image/png", new Uint8Array([]), "keurmerk:errors.file_type"],
  ])("%s → %s", (_, size, type, head, expected) => {
    expect(validateEvidenceFile({ size, type, head })).toBe(expected);
  });
});

describe("SNA registry numbers", () => {
  it.each([
    ["SNA-2025-04417", true],
    ["123456", true],
    ["ab", false],
    ["SNA 2025", false],
    ["x".repeat(31), false],
  ])("%s → %s", (value, ok) => {
    expect(isSnaRegistryNumber(value)).toBe(ok);
  });
});

describe("an officer's decisions on a keurmerk", () => {
  // Every (status × action), written out by hand: the outcome, or null when refused.
  const MATRIX: Record<KeurmerkStatus, Record<KeurmerkAction, KeurmerkStatus | null>> = {
    applied: { award: "awarded", refuse: "refused", revoke: null },
    awarded: { award: null, refuse: null, revoke: "revoked" },
    refused: { award: null, refuse: null, revoke: null },
    revoked: { award: null, refuse: null, revoke: null },
  };
  const cases = KEURMERK_STATUSES.flatMap((status) => KEURMERK_ACTIONS.map((action) => [status, action, MATRIX[status][action]] as const));

  it.each(cases)("%s, then %s, gives %s", (status, action, next) => {
    expect(transitionKeurmerkAward(status, action)).toBe(next);
  });

  it.each(KEURMERK_STATUSES)("offers on a %s mark exactly the decisions the table allows", (status) => {
    expect(allowedKeurmerkActions(status)).toEqual(KEURMERK_ACTIONS.filter((a) => MATRIX[status][a] !== null));
  });

  it("refuses every decision on a status it does not know", () => {
    expect(KEURMERK_ACTIONS.map((a) => transitionKeurmerkAward("expired", a))).toEqual([null, null, null]);
  });
});
