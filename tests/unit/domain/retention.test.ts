import { describe, expect, it } from "vitest";
import { APPLICATION_STATES, isDueForAnonymisation, retentionDeadline, type ApplicationState } from "../../../app/domain/applications";

const at = (iso: string) => new Date(iso);

describe("retentionDeadline", () => {
  it.each([
    { closedAt: "2025-03-10T14:30:00.000Z", consent: false, deadline: "2025-04-07T14:30:00.000Z" },
    // 28 × 24 hours, also across the change to summer time (30 March 2025).
    { closedAt: "2025-03-20T23:00:00.000Z", consent: false, deadline: "2025-04-17T23:00:00.000Z" },
    { closedAt: "2024-12-20T08:00:00.000Z", consent: false, deadline: "2025-01-17T08:00:00.000Z" },
    { closedAt: "2025-03-10T14:30:00.000Z", consent: true, deadline: "2026-03-10T14:30:00.000Z" },
    // A calendar year, not 365 days: spans 29 February 2024 and still lands on the same date.
    { closedAt: "2023-06-01T00:00:00.000Z", consent: true, deadline: "2024-06-01T00:00:00.000Z" },
    // No 29 February next year: rolls over to 1 March, never earlier than a year.
    { closedAt: "2024-02-29T12:00:00.000Z", consent: true, deadline: "2025-03-01T12:00:00.000Z" },
  ])("keeps data closed at $closedAt with consent $consent until $deadline", ({ closedAt, consent, deadline }) => {
    expect(retentionDeadline(at(closedAt), consent).toISOString()).toBe(deadline);
  });

  it("does not change the date it was given", () => {
    const closedAt = at("2025-03-10T14:30:00.000Z");
    retentionDeadline(closedAt, true);
    expect(closedAt.toISOString()).toBe("2025-03-10T14:30:00.000Z");
  });
});

describe("isDueForAnonymisation", () => {
  const closedAt = at("2025-03-10T14:30:00.000Z");
  const closed = { state: "rejected" as ApplicationState, closedAt, consentToKeep: false, anonymisedAt: null };

  it.each([
    { when: "a day before four weeks", consentToKeep: false, now: "2025-04-06T14:30:00.000Z", due: false },
    { when: "a millisecond before four weeks", consentToKeep: false, now: "2025-04-07T14:29:59.999Z", due: false },
    { when: "exactly four weeks", consentToKeep: false, now: "2025-04-07T14:30:00.000Z", due: true },
    { when: "a day after four weeks", consentToKeep: false, now: "2025-04-08T14:30:00.000Z", due: true },
    { when: "four weeks with consent", consentToKeep: true, now: "2025-04-07T14:30:00.000Z", due: false },
    { when: "a day before a year with consent", consentToKeep: true, now: "2026-03-09T14:30:00.000Z", due: false },
    { when: "exactly a year with consent", consentToKeep: true, now: "2026-03-10T14:30:00.000Z", due: true },
    { when: "after a year with consent", consentToKeep: true, now: "2026-06-01T00:00:00.000Z", due: true },
  ])("treats a closed application at $when as due: $due", ({ consentToKeep, now, due }) => {
    expect(isDueForAnonymisation({ ...closed, consentToKeep }, at(now))).toBe(due);
  });

  it.each(APPLICATION_STATES.filter((s) => !["accepted", "rejected", "withdrawn", "closed_without_response"].includes(s)))(
    "never treats an open application in %s as due, however old",
    (state) => {
      expect(isDueForAnonymisation({ state, closedAt: null, consentToKeep: false, anonymisedAt: null }, at("2099-01-01T00:00:00Z"))).toBe(false);
    },
  );

  it.each(["accepted", "rejected", "withdrawn", "closed_without_response"] as const)("treats every closed state (%s) the same way", (state) => {
    expect(isDueForAnonymisation({ ...closed, state }, at("2025-04-07T14:30:00.000Z"))).toBe(true);
  });

  it("never treats an application that is already anonymised as due", () => {
    const anonymised = { ...closed, anonymisedAt: at("2025-04-07T15:00:00.000Z") };
    expect(isDueForAnonymisation(anonymised, at("2026-01-01T00:00:00.000Z"))).toBe(false);
  });

  it("treats a closed application without a close date as due rather than keeping it for ever", () => {
    expect(isDueForAnonymisation({ ...closed, closedAt: null }, at("2025-03-10T14:30:00.000Z"))).toBe(true);
  });
});
