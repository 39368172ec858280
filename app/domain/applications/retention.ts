import { isClosed, type ApplicationState } from "./state";

export const RETENTION_DAYS_WITHOUT_CONSENT = 28;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a closed application's personal data must be gone (DESIGN §3.3).
 *
 * Without consent: exactly 28 × 24 hours after closing. Counted in milliseconds,
 * so daylight-saving changes cannot shift it by an hour either way.
 *
 * With consent: one calendar year, by setUTCFullYear, because "we keep it for a
 * year" is read by people as "until the same date next year", which 365 days
 * is not after a leap day. An application closed on 29 February rolls over to
 * 1 March next year (JavaScript's date overflow) — never earlier than a year.
 */
export function retentionDeadline(closedAt: Date, consentToKeep: boolean): Date {
  if (!consentToKeep) return new Date(closedAt.getTime() + RETENTION_DAYS_WITHOUT_CONSENT * DAY_MS);
  const deadline = new Date(closedAt.getTime());
  deadline.setUTCFullYear(deadline.getUTCFullYear() + 1);
  return deadline;
}

export interface RetentionCandidate {
  state: ApplicationState;
  closedAt: Date | null;
  consentToKeep: boolean;
  anonymisedAt: Date | null;
}

/**
 * Due from the deadline instant on. A closed application without closedAt is a
 * bug elsewhere; it is treated as due rather than kept for ever, because the
 * promise to students is deletion.
 */
export function isDueForAnonymisation(app: RetentionCandidate, now: Date): boolean {
  if (app.anonymisedAt !== null) return false;
  if (!isClosed(app.state)) return false;
  if (app.closedAt === null) return true;
  return now.getTime() >= retentionDeadline(app.closedAt, app.consentToKeep).getTime();
}
