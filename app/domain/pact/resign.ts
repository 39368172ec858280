import type { SignatureStatus } from "./transitions";
import { currentPactVersion, type PactVersionValidity } from "./versions";

// Re-signing (DESIGN §3.2): when a newer pact version comes into force, a signature on an
// older one keeps its standing until a deadline the municipality sets (resignPeriodDays,
// counted from the start of the Amsterdam day the new version came into force). After
// it, the organisation stands as "must sign again" until it signs the new version.

const DAY_MS = 86_400_000;

// Made once: a formatter costs tens of microseconds to create, and a search rebuild
// asks for Amsterdam days hundreds of thousands of times.
const AMSTERDAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });
const AMSTERDAM_OFFSET = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" });

/** The calendar day of `at` in Amsterdam, as "YYYY-MM-DD". */
export function amsterdamDay(at: Date): string {
  return AMSTERDAM_DAY.format(at);
}

/** 00:00 in Amsterdam on "YYYY-MM-DD", as an instant (summer and winter time alike). */
export function startOfAmsterdamDayOf(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const offsetPart = AMSTERDAM_OFFSET.formatToParts(new Date(guess)).find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetPart ?? "");
  const offsetMinutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(guess - offsetMinutes * 60_000);
}

/**
 * The re-signing deadline for a version that came into force at `inForceFrom`: the start
 * of that Amsterdam day plus `periodDays` calendar days (so a summer-time change in
 * between does not shift it by an hour).
 */
export function resignDeadline(inForceFrom: Date, periodDays: number): Date {
  const [y, m, d] = amsterdamDay(inForceFrom).split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1, d) + periodDays * DAY_MS).toISOString().slice(0, 10);
  return startOfAmsterdamDayOf(target);
}

/** Statuses of a live signature that a newer version asks to sign again; suspended and revoked are an officer's matter. */
const RESIGN_STATUSES: readonly SignatureStatus[] = ["approved", "pending", "changes_requested"];

export type ResignSignature = {
  pactVersionId: string;
  status: SignatureStatus;
  /** The stored deadline; wins over the computed one (it is what the employer was told). */
  resignBy?: Date | null;
};

export type ResignRequirement =
  /** On the version in force, or not a signature a version change concerns. */
  | { required: false }
  | {
      required: true;
      /** The first version that replaced the signed one: its start sets the deadline. */
      replacedBy: PactVersionValidity;
      /** The version to sign now. */
      current: PactVersionValidity;
      resignBy: Date;
      overdue: boolean;
    };

/**
 * Whether this live signature must be signed again, by when, and whether that moment has
 * passed. `versions` are the municipality's versions (any order); `periodDays` its
 * resignPeriodDays. No version in force → nothing to sign, so not required (standing
 * handles that case on its own).
 */
export function resignRequirement(
  signature: ResignSignature,
  versions: PactVersionValidity[],
  municipalityId: string,
  periodDays: number,
  now: Date,
): ResignRequirement {
  if (!RESIGN_STATUSES.includes(signature.status)) return { required: false };
  const current = currentPactVersion(versions, municipalityId, now);
  if (current === null || current.id === signature.pactVersionId) return { required: false };
  const signed = versions.find((v) => v.id === signature.pactVersionId);
  const signedNumber = signed?.version ?? 0;
  let replacedBy: PactVersionValidity | null = null;
  for (const v of versions) {
    if (v.municipalityId !== municipalityId || v.version <= signedNumber || v.validFrom.getTime() > now.getTime()) continue;
    if (replacedBy === null || v.version < replacedBy.version) replacedBy = v;
  }
  // A signature on a version newer than the one in force cannot happen; treat it as replaced now.
  const from = replacedBy ?? current;
  const resignBy = signature.resignBy ?? resignDeadline(from.validFrom, periodDays);
  return { required: true, replacedBy: from, current, resignBy, overdue: now.getTime() >= resignBy.getTime() };
}

/**
 * For one-query lists: per older version of the municipality, the computed deadline of
 * its approved signatures. An approved signature on `pactVersionId` is in good standing
 * while its stored resignBy (or, when none is stored yet, `computedResignBy`) lies after
 * `now`. Agrees with hasGoodStanding (tested against each other).
 */
export function graceVersions(
  versions: PactVersionValidity[],
  municipalityId: string,
  periodDays: number,
  now: Date,
): { pactVersionId: string; computedResignBy: Date }[] {
  const current = currentPactVersion(versions, municipalityId, now);
  if (current === null) return [];
  const out: { pactVersionId: string; computedResignBy: Date }[] = [];
  for (const v of versions) {
    if (v.municipalityId !== municipalityId || v.id === current.id || v.version > current.version) continue;
    const requirement = resignRequirement({ pactVersionId: v.id, status: "approved" }, versions, municipalityId, periodDays, now);
    if (requirement.required) out.push({ pactVersionId: v.id, computedResignBy: requirement.resignBy });
  }
  return out;
}

export const RESIGN_LATE_REMINDER_DAYS = 7;

/**
 * Which reminder is due now and what the stored count becomes: the first when the
 * deadline is set, the second from seven days before it. A first one sent within those
 * seven days (a short period) counts as both, so nobody gets two mails in a row. Null
 * when none is due, or the deadline has passed.
 */
export function dueResignReminder(resignBy: Date, remindersSent: number, now: Date): { reminder: 1 | 2; sentAfter: number } | null {
  const left = resignBy.getTime() - now.getTime();
  if (left <= 0) return null;
  const late = left <= RESIGN_LATE_REMINDER_DAYS * DAY_MS;
  if (remindersSent < 1) return { reminder: 1, sentAfter: late ? 2 : 1 };
  if (remindersSent < 2 && late) return { reminder: 2, sentAfter: 2 };
  return null;
}
