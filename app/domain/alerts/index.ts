// Saved searches that mail new internships (issue 17, DESIGN §4): when a digest is due,
// which period it belongs to, which internships it covers. Pure: pass `now`.

export const FREQUENCIES = ["daily", "weekly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A visitor who never confirms: the subscription is deleted after this long. */
export const PENDING_EXPIRY_MS = 7 * 24 * 60 * 60 * 1000;
/** Digests go out from this hour (Amsterdam time) on, not in the middle of the night. */
export const SEND_FROM_HOUR = 7;
export const TIME_ZONE = "Europe/Amsterdam";
/** At most this many internships in one digest; the link to the search shows the rest. */
export const DIGEST_LIMIT = 20;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The calendar date and hour in Amsterdam at an instant. */
export function amsterdamDate(at: Date): { year: number; month: number; day: number; hour: number } {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** ISO 8601 week of a calendar date: the week with its Thursday in the week-year. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // that week's Thursday
  const weekYear = date.getUTCFullYear();
  const firstDay = Date.UTC(weekYear, 0, 1);
  const week = Math.ceil(((date.getTime() - firstDay) / 86_400_000 + 1) / 7);
  return { year: weekYear, week };
}

/** The period an instant falls in: "2026-12-01" (daily) or "2026-W49" (weekly), Amsterdam time. */
export function periodKey(frequency: Frequency, at: Date): string {
  const { year, month, day } = amsterdamDate(at);
  if (frequency === "daily") return `${year}-${pad(month)}-${pad(day)}`;
  const w = isoWeek(year, month, day);
  return `${w.year}-W${pad(w.week)}`;
}

export type AlertState = {
  status: string;
  frequency: string;
  confirmedAt: Date | null;
  lastSentAt: Date | null;
};

/**
 * Whether an alert's digest is due at `now`: active, confirmed, past the morning hour,
 * and no digest yet in this period. (The run table makes "at most once" hold between
 * servers; this decides which alerts to try.)
 */
export function isDue(alert: AlertState, now: Date): boolean {
  if (alert.status !== "active" || !alert.confirmedAt || !isFrequency(alert.frequency)) return false;
  if (amsterdamDate(now).hour < SEND_FROM_HOUR) return false;
  const period = periodKey(alert.frequency, now);
  if (alert.lastSentAt && periodKey(alert.frequency, alert.lastSentAt) === period) return false;
  return true;
}

/** The internships a digest covers: published after the previous digest (or the confirmation), up to `now`. */
export function digestWindow(alert: Pick<AlertState, "confirmedAt" | "lastSentAt">, createdAt: Date, now: Date): { after: Date; until: Date } {
  return { after: alert.lastSentAt ?? alert.confirmedAt ?? createdAt, until: now };
}

/** Whether a publication time falls in a digest window (after excluded, until included). */
export function inWindow(publishedAt: Date, window: { after: Date; until: Date }): boolean {
  return publishedAt.getTime() > window.after.getTime() && publishedAt.getTime() <= window.until.getTime();
}

/** A visitor's unconfirmed subscription older than a week is deleted. */
export function isExpiredPending(alert: { status: string; createdAt: Date }, now: Date): boolean {
  return alert.status === "pending" && now.getTime() - alert.createdAt.getTime() >= PENDING_EXPIRY_MS;
}

/** The cut-off for deleting pending subscriptions in one query. */
export function pendingCutoff(now: Date): Date {
  return new Date(now.getTime() - PENDING_EXPIRY_MS);
}

/** The search page for an alert's stored URL parameters. */
export const searchHrefOf = (query: string) => (query ? `/stages?${query}` : "/stages");

export function isFrequency(value: string): value is Frequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}
