import { describe, expect, it } from "vitest";
import {
  closeWithoutResponseAt,
  dueResponseReminder,
  isDueForClosing,
  isOverdue,
  responseDeadline,
  responseStats,
  UNANSWERED_APPLICATION_STATES,
  type ApplicationState,
  type ResponseRecord,
} from "../../../app/domain/applications";

// Instants are written in UTC; the comment says the Amsterdam time.
describe("responseDeadline (working days, Amsterdam calendar)", () => {
  it.each([
    // Monday 1 Dec 2025 10:00 (CET) + 10 working days → end of Monday 15 Dec → Tue 16 Dec 00:00 CET
    { submitted: "2025-12-01T09:00:00Z", days: 10, deadline: "2025-12-15T23:00:00Z", why: "two weekends skipped" },
    // Friday 5 Dec 2025 + 1 working day → end of Monday 8 Dec
    { submitted: "2025-12-05T15:00:00Z", days: 1, deadline: "2025-12-08T23:00:00Z", why: "Friday: the weekend does not count" },
    // Saturday 6 Dec + 1 → end of Monday 8 Dec
    { submitted: "2025-12-06T12:00:00Z", days: 1, deadline: "2025-12-08T23:00:00Z", why: "submitted on Saturday" },
    // Sunday 7 Dec 23:30 CET is 22:30Z: still Sunday in Amsterdam → end of Monday
    { submitted: "2025-12-07T22:30:00Z", days: 1, deadline: "2025-12-08T23:00:00Z", why: "late Sunday evening in Amsterdam" },
    // Sunday 23:30Z is already Monday 00:30 in Amsterdam → end of Tuesday
    { submitted: "2025-12-07T23:30:00Z", days: 1, deadline: "2025-12-09T23:00:00Z", why: "Monday in Amsterdam while still Sunday in UTC" },
    // Across the spring DST change (Sun 29 Mar 2026): Wed 25 Mar + 5 → end of Wed 1 Apr → Thu 2 Apr 00:00 CEST
    { submitted: "2026-03-25T10:00:00Z", days: 5, deadline: "2026-04-01T22:00:00Z", why: "into summer time" },
    // Across the autumn change (Sun 25 Oct 2026): Thu 22 Oct + 3 → end of Tue 27 Oct → Wed 28 Oct 00:00 CET
    { submitted: "2026-10-22T10:00:00Z", days: 3, deadline: "2026-10-27T23:00:00Z", why: "into winter time" },
    // Public holidays count as working days: Thu 24 Dec + 2 → Fri 25 (Christmas), Mon 28 → Tue 29 00:00
    { submitted: "2026-12-24T10:00:00Z", days: 2, deadline: "2026-12-28T23:00:00Z", why: "Christmas counts as a working day" },
  ])("$why: $submitted + $days → $deadline", ({ submitted, days, deadline }) => {
    expect(responseDeadline(new Date(submitted), days).toISOString()).toBe(new Date(deadline).toISOString());
  });

  it.each([0, -1, 1.5])("refuses a period of %s days", (days) => {
    expect(() => responseDeadline(new Date("2026-01-05T10:00:00Z"), days)).toThrow(RangeError);
  });
});

const SUBMITTED = new Date("2025-12-01T09:00:00Z");
const DEADLINE = responseDeadline(SUBMITTED, 10); // 2025-12-15T23:00Z
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe("overdue, closing and reminders around the deadline", () => {
  it("closes two calendar weeks after the deadline, on Amsterdam midnight", () => {
    expect(closeWithoutResponseAt(DEADLINE).toISOString()).toBe("2025-12-29T23:00:00.000Z");
    // Across DST: deadline Thu 2 Apr 00:00 CEST → 16 Apr 00:00 CEST; deadline 22 Mar 00:00 CET → 5 Apr 00:00 CEST
    expect(closeWithoutResponseAt(new Date("2026-03-21T23:00:00Z")).toISOString()).toBe("2026-04-04T22:00:00.000Z");
  });

  const CLOSE = closeWithoutResponseAt(DEADLINE);
  it.each([
    { at: ms(DEADLINE, -1), state: "submitted", overdue: false, close: false, label: "1 ms before the deadline" },
    { at: DEADLINE, state: "submitted", overdue: true, close: false, label: "at the deadline" },
    { at: ms(DEADLINE, 1), state: "in_review", overdue: true, close: false, label: "just after the deadline" },
    { at: ms(CLOSE, -1), state: "in_review", overdue: true, close: false, label: "just before two weeks later" },
    { at: CLOSE, state: "submitted", overdue: true, close: true, label: "two weeks later" },
    { at: CLOSE, state: "invited", overdue: false, close: false, label: "invited: answered" },
    { at: CLOSE, state: "rejected", overdue: false, close: false, label: "rejected: answered" },
    { at: CLOSE, state: "withdrawn", overdue: false, close: false, label: "withdrawn" },
    { at: CLOSE, state: "closed_without_response", overdue: false, close: false, label: "already closed" },
  ] as const)("$label ($state): overdue $overdue, closes $close", ({ at, state, overdue, close }) => {
    expect(isOverdue(state, DEADLINE, at)).toBe(overdue);
    expect(isDueForClosing(state, DEADLINE, at)).toBe(close);
  });

  const HALF = new Date((SUBMITTED.getTime() + DEADLINE.getTime()) / 2);
  it.each([
    { at: ms(HALF, -1), sent: 0, due: null },
    { at: HALF, sent: 0, due: { reminder: "half_time", sentAfter: 1 } },
    { at: HALF, sent: 1, due: null },
    { at: ms(DEADLINE, -1), sent: 1, due: null },
    { at: DEADLINE, sent: 1, due: { reminder: "deadline", sentAfter: 2 } },
    { at: DEADLINE, sent: 0, due: { reminder: "deadline", sentAfter: 2 } },
    { at: ms(DEADLINE, 1000), sent: 2, due: null },
  ])("at $at with $sent sent: $due", ({ at, sent, due }) => {
    expect(dueResponseReminder("submitted", SUBMITTED, DEADLINE, sent, at)).toEqual(due);
  });

  it.each(["invited", "rejected", "accepted", "withdrawn", "closed_without_response"] as ApplicationState[])("sends no reminder for %s", (state) => {
    expect(dueResponseReminder(state, SUBMITTED, DEADLINE, 0, DEADLINE)).toBeNull();
  });
});

describe("responseStats", () => {
  const NOW = new Date("2026-06-01T12:00:00Z");
  const day = 24 * 60 * 60 * 1000;
  const rec = (
    submittedDaysAgo: number,
    answeredAfterDays: number | null,
    state: ApplicationState = answeredAfterDays === null ? "submitted" : "invited",
  ): ResponseRecord => {
    const submittedAt = new Date(NOW.getTime() - submittedDaysAgo * day);
    return {
      state,
      submittedAt,
      respondBy: new Date(submittedAt.getTime() + 14 * day),
      answeredAt: answeredAfterDays === null ? null : new Date(submittedAt.getTime() + answeredAfterDays * day),
    };
  };

  it("shows nothing with fewer than 5 counted applications", () => {
    expect(responseStats([rec(30, 1), rec(30, 2), rec(30, 3), rec(30, 4)], NOW)).toBeNull();
  });

  it("does not count pending applications within their period, unanswered withdrawals or applications older than 12 months", () => {
    const four = [rec(30, 1), rec(30, 2), rec(30, 3), rec(30, 4)];
    expect(responseStats([...four, rec(3, null), rec(30, null, "withdrawn"), rec(366, 1)], NOW)).toBeNull();
  });

  it("counts 5: four answered in time, one overdue", () => {
    expect(responseStats([rec(30, 1), rec(30, 2), rec(30, 3), rec(30, 4), rec(30, null)], NOW)).toEqual({
      counted: 5,
      answeredInTime: 4,
      rate: 0.8,
      medianDays: 2.5,
    });
  });

  it("counts a late answer against the rate but in the median", () => {
    const stats = responseStats([rec(60, 1), rec(60, 2), rec(60, 20, "rejected"), rec(60, 30), rec(60, 5), rec(60, null, "closed_without_response")], NOW);
    expect(stats).toEqual({ counted: 6, answeredInTime: 3, rate: 0.5, medianDays: 5 });
  });

  it("a withdrawal after an answer still counts", () => {
    expect(responseStats([rec(30, 1, "withdrawn"), rec(30, 1), rec(30, 1), rec(30, 1), rec(30, 1)], NOW)).toMatchObject({ counted: 5, rate: 1, medianDays: 1 });
  });
});

describe("the unanswered states services query by", () => {
  it("are the states before an invitation or a rejection", () => {
    expect(UNANSWERED_APPLICATION_STATES).toEqual(["submitted", "in_review"]);
  });
});
