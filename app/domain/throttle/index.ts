// Attempt limits (OWASP ASVS 5.0 V6): per client address and form, and per account, so
// that neither one address nor many addresses guessing one account's password get far.
// Pure: the service keeps the counters in the database and passes the clock in.

export type ThrottleState = { count: number; windowStart: Date; lockedUntil: Date | null };

/** Fixed-window limit: at most `limit` attempts per `windowMs`. */
export type WindowPolicy = { limit: number; windowMs: number };

/** Per account: after `maxFailures` failed sign-ins within `windowMs`, no attempt is checked for `lockMs`. */
export type AccountPolicy = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;

export const ACCOUNT_POLICY: AccountPolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

/** The forms with a per-address limit. The limit follows the route that handles the request, however its path was spelt. */
export const limitedForms = ["sign-in", "sign-up", "report", "report-add", "password-reset", "search-alert"] as const;
export type LimitedForm = (typeof limitedForms)[number];

function windowOpen(state: ThrottleState | null, now: Date, windowMs: number): state is ThrottleState {
  return state !== null && now.getTime() - state.windowStart.getTime() < windowMs;
}

/** Counts one attempt; `allowed` is false from the (limit + 1)th attempt in the window on. */
export function countAttempt(state: ThrottleState | null, now: Date, policy: WindowPolicy): { state: ThrottleState; allowed: boolean } {
  const next: ThrottleState = windowOpen(state, now, policy.windowMs)
    ? { ...state, count: state.count + 1 }
    : { count: 1, windowStart: now, lockedUntil: null };
  return { state: next, allowed: next.count <= policy.limit };
}

/** Whether the account refuses attempts at `now`, and until when. */
export function accountLock(state: ThrottleState | null, now: Date): { locked: boolean; until: Date | null } {
  if (state?.lockedUntil && now < state.lockedUntil) return { locked: true, until: state.lockedUntil };
  return { locked: false, until: null };
}

/** The account's state after one more failed sign-in; the failure that reaches the maximum starts the lock. */
export function afterFailedSignIn(state: ThrottleState | null, now: Date, policy: AccountPolicy = ACCOUNT_POLICY): ThrottleState {
  // A lock that has run out starts a fresh window, so the next failures are counted anew.
  const expiredLock = state?.lockedUntil != null && now >= state.lockedUntil;
  const open = !expiredLock && windowOpen(state, now, policy.windowMs);
  const count = open ? state.count + 1 : 1;
  const windowStart = open ? state.windowStart : now;
  const lockedUntil = count >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { count, windowStart, lockedUntil };
}

/** Whole minutes left until `until`, at least 1: what the message tells the person. */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}
