// Keurmerken (DESIGN §3.5): whether a mark is active, award periods, who may apply, and
// what evidence is accepted. Activity is always decided against a `now` the caller
// passes, so an expired mark disappears without anyone having to revoke it.

export const KEURMERK_TYPES = ["fair_hospitality", "inclusive_employer", "sna"] as const;
export type KeurmerkType = (typeof KEURMERK_TYPES)[number];
export const KEURMERK_STATUSES = ["applied", "awarded", "refused", "revoked"] as const;
export type KeurmerkStatus = (typeof KEURMERK_STATUSES)[number];

// An officer's decisions on a mark. An employer's application starts at "applied"; marks
// an officer grants without one (inclusive employer, SNA) start at "awarded".
export const KEURMERK_ACTIONS = ["award", "refuse", "revoke"] as const;
export type KeurmerkAction = (typeof KEURMERK_ACTIONS)[number];

const AWARD_RULES: Record<KeurmerkAction, { from: readonly KeurmerkStatus[]; to: KeurmerkStatus }> = {
  award: { from: ["applied"], to: "awarded" },
  refuse: { from: ["applied"], to: "refused" },
  // Also how a new SNA registration ends the one it replaces.
  revoke: { from: ["awarded"], to: "revoked" },
};

export function isKeurmerkStatus(value: unknown): value is KeurmerkStatus {
  return typeof value === "string" && (KEURMERK_STATUSES as readonly string[]).includes(value);
}

/** The status a decision leads to, or null when the mark's status does not allow it. */
export function transitionKeurmerkAward(status: string, action: KeurmerkAction): KeurmerkStatus | null {
  const rule = AWARD_RULES[action];
  return isKeurmerkStatus(status) && rule.from.includes(status) ? rule.to : null;
}

/** The decisions a screen may offer on a mark in this status; the same table. */
export function allowedKeurmerkActions(status: string): KeurmerkAction[] {
  return KEURMERK_ACTIONS.filter((action) => transitionKeurmerkAward(status, action) !== null);
}

export type AwardValidity = { status: string; validFrom: Date | null; validUntil: Date | null };
export type ActiveMark = { type: KeurmerkType; validFrom: Date; validUntil: Date | null };

export function isKeurmerkType(value: unknown): value is KeurmerkType {
  return typeof value === "string" && (KEURMERK_TYPES as readonly string[]).includes(value);
}

/** Awarded, started, and not yet at its end (validUntil is exclusive; null means open-ended, as for SNA). */
export function isAwardActive(award: AwardValidity, now: Date): boolean {
  if (award.status !== "awarded" || !award.validFrom) return false;
  if (award.validFrom.getTime() > now.getTime()) return false;
  return award.validUntil === null || award.validUntil.getTime() > now.getTime();
}

/** One badge per type, the longest-running active award of that type. */
export function activeMarks<A extends AwardValidity & { type: string }>(awards: A[], now: Date): ActiveMark[] {
  const byType = new Map<KeurmerkType, ActiveMark>();
  for (const a of awards) {
    if (!isKeurmerkType(a.type) || !isAwardActive(a, now)) continue;
    const current = byType.get(a.type);
    const until = a.validUntil?.getTime() ?? Infinity;
    if (!current || until > (current.validUntil?.getTime() ?? Infinity))
      byType.set(a.type, { type: a.type, validFrom: a.validFrom!, validUntil: a.validUntil });
  }
  return KEURMERK_TYPES.filter((t) => byType.has(t)).map((t) => byType.get(t)!);
}

/** Fair Hospitality runs for one year from the day it is awarded. */
export function fairHospitalityPeriod(from: Date): { validFrom: Date; validUntil: Date } {
  const validFrom = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const validUntil = new Date(Date.UTC(from.getUTCFullYear() + 1, from.getUTCMonth(), from.getUTCDate()));
  return { validFrom, validUntil };
}

/** The Inclusive employer award covers one calendar year. */
export function inclusiveEmployerPeriod(year: number): { validFrom: Date; validUntil: Date } {
  return { validFrom: new Date(Date.UTC(year, 0, 1)), validUntil: new Date(Date.UTC(year + 1, 0, 1)) };
}

export type FairHospitalityEligibility = "eligible" | "not_hospitality" | "pending" | "active";

/**
 * Whether an organisation may apply now. Only the hospitality sector; not while an
 * application waits; not while a mark is active, unless it ends within 60 days (renewal).
 */
export function fairHospitalityEligibility({
  sector,
  awards,
  now,
}: {
  sector: string;
  awards: (AwardValidity & { type: string })[];
  now: Date;
}): FairHospitalityEligibility {
  if (sector !== "hospitality") return "not_hospitality";
  const own = awards.filter((a) => a.type === "fair_hospitality");
  if (own.some((a) => a.status === "applied")) return "pending";
  const renewalFrom = now.getTime() + 60 * 86_400_000;
  const active = own.filter((a) => isAwardActive(a, now));
  if (active.some((a) => a.validUntil === null || a.validUntil.getTime() > renewalFrom)) return "active";
  return "eligible";
}

export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;

const MAGIC: Record<(typeof EVIDENCE_TYPES)[number], number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46], // %PDF
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  "image/jpeg": [0xff, 0xd8, 0xff],
};

/**
 * An i18n key for what is wrong with an evidence file, or null. The declared type must
 * be PDF, PNG or JPEG and the first bytes must match it, so a renamed file is refused.
 */
export function validateEvidenceFile({ size, type, head }: { size: number; type: string; head: Uint8Array }): string | null {
  if (size > EVIDENCE_MAX_BYTES) return "keurmerk:errors.file_too_large";
  if (!(EVIDENCE_TYPES as readonly string[]).includes(type)) return "keurmerk:errors.file_type";
  const magic = MAGIC[type as (typeof EVIDENCE_TYPES)[number]];
  if (head.length < magic.length || magic.some((byte, i) => head[i] !== byte)) return "keurmerk:errors.file_type";
  return null;
}

/** SNA (NEN 4400-1) registry numbers as we accept them: letters, digits and dashes, 3 to 30. */
export function isSnaRegistryNumber(value: string): boolean {
  return /^[A-Za-z0-9-]{3,30}$/.test(value.trim());
}
