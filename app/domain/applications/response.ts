import type { ApplicationState } from "./state";

// Hearing back (DESIGN §3.3): the employer answers (invites or rejects) within the
// municipality's response period, counted in working days.
//
// Working days are Monday to Friday on the Amsterdam calendar. Public holidays are NOT
// left out: King's Day or Christmas count as working days. That can make a deadline a day
// or two shorter than an employer might expect around holidays; it is simple, the same
// in every municipality, and said in the help text. A holiday calendar per municipality
// would be data, not code, and is not there yet.
//
// The day of submission never counts. The deadline is the end of the Nth working day
// after it: midnight (00:00 Amsterdam time) at the start of the following day.

export const TIME_ZONE = "Europe/Amsterdam";
export const CLOSE_AFTER_DEADLINE_DAYS = 14;
export const MIN_APPLICATIONS_FOR_STATS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

type LocalDate = { year: number; month: number; day: number };

const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function partsAt(instant: Date) {
  const p = Object.fromEntries(dateParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute, second: +p.second };
}

/** The Amsterdam calendar date of an instant. */
export function amsterdamDate(instant: Date): LocalDate {
  const { year, month, day } = partsAt(instant);
  return { year, month, day };
}

/** Milliseconds Amsterdam is ahead of UTC at this instant (+1 h in winter, +2 h in summer). */
function offsetAt(instant: Date): number {
  const p = partsAt(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** 00:00 Amsterdam time on a calendar date (overflowing days roll into the next month). */
export function amsterdamMidnight(date: LocalDate): Date {
  const guess = Date.UTC(date.year, date.month - 1, date.day);
  const first = guess - offsetAt(new Date(guess));
  // Check the offset at the result itself: it differs when a DST change lies in between.
  return new Date(guess - offsetAt(new Date(first)));
}

function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isWorkingDay(date: LocalDate): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Submission + N working days: the instant from which the application is overdue. */
export function responseDeadline(submittedAt: Date, workingDays: number): Date {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError(`response period must be a whole number of days ≥ 1, got ${workingDays}`);
  let day = amsterdamDate(submittedAt);
  let left = workingDays;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return amsterdamMidnight(addDays(day, 1));
}

/** Two weeks (calendar days, Amsterdam time) after the deadline, the application is closed. */
export function closeWithoutResponseAt(respondBy: Date): Date {
  return amsterdamMidnight(addDays(amsterdamDate(respondBy), CLOSE_AFTER_DEADLINE_DAYS));
}

export function halfTime(submittedAt: Date, respondBy: Date): Date {
  return new Date(submittedAt.getTime() + Math.floor((respondBy.getTime() - submittedAt.getTime()) / 2));
}

/** Neither invited nor rejected yet: the states the answer deadline applies to. */
export const UNANSWERED_APPLICATION_STATES: readonly ApplicationState[] = ["submitted", "in_review"];

export function isUnanswered(state: ApplicationState): boolean {
  return UNANSWERED_APPLICATION_STATES.includes(state);
}

/** Overdue from the deadline instant on, while nobody answered. */
export function isOverdue(state: ApplicationState, respondBy: Date, now: Date): boolean {
  return isUnanswered(state) && now.getTime() >= respondBy.getTime();
}

export function isDueForClosing(state: ApplicationState, respondBy: Date, now: Date): boolean {
  return isUnanswered(state) && now.getTime() >= closeWithoutResponseAt(respondBy).getTime();
}

/**
 * The reminder the employer should get now, if any: 1 at half time, 2 at the deadline.
 * `sent` is how many went out already; a job that was down sends only the latest one due.
 */
export function dueResponseReminder(
  state: ApplicationState,
  submittedAt: Date,
  respondBy: Date,
  sent: number,
  now: Date,
): { reminder: "half_time" | "deadline"; sentAfter: number } | null {
  if (!isUnanswered(state)) return null;
  if (now.getTime() >= respondBy.getTime()) return sent < 2 ? { reminder: "deadline", sentAfter: 2 } : null;
  if (now.getTime() >= halfTime(submittedAt, respondBy).getTime()) return sent < 1 ? { reminder: "half_time", sentAfter: 1 } : null;
  return null;
}

export interface ResponseRecord {
  state: ApplicationState;
  submittedAt: Date;
  respondBy: Date;
  /** When the employer first invited or rejected; null when it never did. */
  answeredAt: Date | null;
}

export interface ResponseStats {
  /** Applications counted: answered, or unanswered with the deadline passed. */
  counted: number;
  answeredInTime: number;
  /** Share answered within the period, 0–1. */
  rate: number;
  /** Median days from submission to answer, one decimal; null when none was answered. */
  medianDays: number | null;
}

/** 12 months back, on the calendar: the same date a year ago. */
export function statsWindowStart(now: Date): Date {
  const start = new Date(now.getTime());
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  return start;
}

/**
 * An organisation's responsiveness over the last 12 months (by submission date). Left out:
 * applications still within their period and not answered (no verdict yet), and those the
 * student withdrew before any answer (the employer had no chance to finish). Null below
 * MIN_APPLICATIONS_FOR_STATS counted applications, so a single slow week cannot brand a
 * small organisation and a few applications cannot be traced to students.
 */
export function responseStats(records: readonly ResponseRecord[], now: Date): ResponseStats | null {
  const from = statsWindowStart(now).getTime();
  const counted = records.filter((r) => {
    if (r.submittedAt.getTime() < from || r.submittedAt.getTime() > now.getTime()) return false;
    if (r.answeredAt) return true;
    if (r.state === "withdrawn") return false;
    return now.getTime() >= r.respondBy.getTime();
  });
  if (counted.length < MIN_APPLICATIONS_FOR_STATS) return null;
  const answered = counted.filter((r): r is ResponseRecord & { answeredAt: Date } => r.answeredAt !== null);
  const answeredInTime = answered.filter((r) => r.answeredAt.getTime() < r.respondBy.getTime()).length;
  const durations = answered.map((r) => (r.answeredAt.getTime() - r.submittedAt.getTime()) / DAY_MS).sort((a, b) => a - b);
  return {
    counted: counted.length,
    answeredInTime,
    rate: answeredInTime / counted.length,
    medianDays: durations.length === 0 ? null : Math.round(median(durations) * 10) / 10,
  };
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
