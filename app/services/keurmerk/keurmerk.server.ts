import {
  activeMarks,
  fairHospitalityEligibility,
  fairHospitalityPeriod,
  inclusiveEmployerPeriod,
  isAwardActive,
  transitionKeurmerkAward,
  type KeurmerkType,
} from "~/domain/keurmerk";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

// Keurmerken (DESIGN §3.5). An award row carries its own validity period; whether it is
// active is decided at read time with `now`, so expired marks vanish without a job.

export class KeurmerkError extends Error {
  constructor(public readonly code: string) {
    super(code);
  }
}

const awardSummary = {
  id: true,
  type: true,
  status: true,
  validFrom: true,
  validUntil: true,
  registryNumber: true,
  reason: true,
  createdAt: true,
  decidedAt: true,
} as const;

/** Active marks of several organisations at once, for lists, badges and the search index. */
export async function activeMarksByOrganisation(organisationIds: string[], now: Date) {
  const awards = await db.keurmerkAward.findMany({
    where: { organisationId: { in: organisationIds }, status: "awarded" },
    select: { organisationId: true, type: true, status: true, validFrom: true, validUntil: true },
  });
  const result = new Map<string, ReturnType<typeof activeMarks>>();
  for (const id of organisationIds)
    result.set(
      id,
      activeMarks(
        awards.filter((a) => a.organisationId === id),
        now,
      ),
    );
  return result;
}

export async function getEmployerKeurmerken(organisationId: string, now: Date) {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, sector: true, keurmerken: { select: awardSummary, orderBy: { createdAt: "desc" } } },
  });
  if (!organisation) return null;
  const awards = organisation.keurmerken.map((a) => ({ ...a, active: isAwardActive(a, now) }));
  return {
    organisation: { id: organisation.id, name: organisation.name, sector: organisation.sector },
    awards,
    fairHospitality: fairHospitalityEligibility({ sector: organisation.sector, awards: organisation.keurmerken, now }),
  };
}

export type FairHospitalityApplication = {
  organisationId: string;
  actorId: string;
  permanentShare: number;
  caoWages: boolean;
  zeroHoursPhasedOutBy: Date;
  evidenceText: string | null;
  evidenceFile: { name: string; mime: string; bytes: Uint8Array } | null;
  now: Date;
};

/** The employer's application; the caller has checked it acts for this organisation as owner. */
export async function applyFairHospitality(input: FairHospitalityApplication) {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { sector: true, municipalityId: true, keurmerken: { select: { type: true, status: true, validFrom: true, validUntil: true } } },
    });
    if (!organisation) throw new KeurmerkError("not_found");
    const eligibility = fairHospitalityEligibility({ sector: organisation.sector, awards: organisation.keurmerken, now: input.now });
    if (eligibility !== "eligible") throw new KeurmerkError(eligibility);
    const award = await tx.keurmerkAward.create({
      data: {
        organisationId: input.organisationId,
        type: "fair_hospitality",
        status: "applied",
        permanentShare: input.permanentShare,
        caoWages: input.caoWages,
        zeroHoursPhasedOutBy: input.zeroHoursPhasedOutBy,
        evidenceText: input.evidenceText,
        evidenceFileName: input.evidenceFile?.name ?? null,
        evidenceMime: input.evidenceFile?.mime ?? null,
        evidenceFile: input.evidenceFile ? Buffer.from(input.evidenceFile.bytes) : null,
      },
    });
    await writeAudit(tx, {
      actorId: input.actorId,
      action: "keurmerk.apply",
      entityType: "keurmerk",
      entityId: award.id,
      municipalityId: organisation.municipalityId,
      organisationId: input.organisationId,
      details: { type: "fair_hospitality" },
    });
    return award.id;
  });
}

// ───────────────────────── Officers ─────────────────────────

export async function listKeurmerkOverview(municipalityId: string, now: Date) {
  const [queue, awarded, organisations] = await Promise.all([
    db.keurmerkAward.findMany({
      where: { status: "applied", organisation: { municipalityId } },
      select: { id: true, type: true, createdAt: true, organisation: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.keurmerkAward.findMany({
      where: { status: "awarded", organisation: { municipalityId } },
      select: { id: true, type: true, status: true, validFrom: true, validUntil: true, registryNumber: true, organisation: { select: { name: true } } },
      orderBy: [{ type: "asc" }, { validUntil: "asc" }],
    }),
    db.organisation.findMany({
      where: { municipalityId, verificationStatus: "verified" },
      select: { id: true, name: true, isStaffingAgency: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { queue, active: awarded.filter((a) => isAwardActive(a, now)), organisations };
}

export function getAwardForOfficer(municipalityId: string, id: string) {
  return db.keurmerkAward.findFirst({
    where: { id, organisation: { municipalityId } },
    select: {
      ...awardSummary,
      permanentShare: true,
      caoWages: true,
      zeroHoursPhasedOutBy: true,
      evidenceText: true,
      evidenceFileName: true,
      evidenceMime: true,
      organisation: { select: { id: true, name: true, sector: true } },
    },
  });
}

export function getEvidenceFile(municipalityId: string, id: string) {
  return db.keurmerkAward.findFirst({
    where: { id, organisation: { municipalityId }, evidenceFile: { not: null } },
    select: { evidenceFile: true, evidenceFileName: true, evidenceMime: true },
  });
}

async function awardInMunicipality(tx: Tx, municipalityId: string, id: string) {
  const award = await tx.keurmerkAward.findFirst({ where: { id, organisation: { municipalityId } } });
  if (!award) throw new KeurmerkError("not_found");
  return award;
}

type Decision = { kind: "award"; validFrom: Date; validUntil: Date } | { kind: "refuse"; reason: string } | { kind: "revoke"; reason: string };

/** Award or refuse an application, or revoke an awarded mark. Badges change, so search follows through the outbox. */
export async function decideAward({
  municipalityId,
  id,
  decision,
  actorId,
  now,
}: {
  municipalityId: string;
  id: string;
  decision: Decision;
  actorId: string;
  now: Date;
}) {
  await db.$transaction(async (tx) => {
    const award = await awardInMunicipality(tx, municipalityId, id);
    const status = transitionKeurmerkAward(award.status, decision.kind);
    if (!status) throw new KeurmerkError("not_decidable");
    if (decision.kind === "award" && decision.validUntil <= decision.validFrom) throw new KeurmerkError("period_invalid");
    await tx.keurmerkAward.update({
      where: { id: award.id },
      data: {
        status,
        decidedById: actorId,
        decidedAt: now,
        ...(decision.kind === "award" ? { validFrom: decision.validFrom, validUntil: decision.validUntil, reason: null } : { reason: decision.reason }),
      },
    });
    await writeAudit(tx, {
      actorId,
      action: `keurmerk.${decision.kind}`,
      entityType: "keurmerk",
      entityId: award.id,
      municipalityId,
      organisationId: award.organisationId,
      details: decision.kind === "award" ? { validFrom: decision.validFrom, validUntil: decision.validUntil } : { reason: decision.reason },
    });
    if (decision.kind !== "refuse") await enqueueSearchUpdate(tx, "organisation", award.organisationId);
  });
}

async function organisationInMunicipality(tx: Tx, municipalityId: string, organisationId: string) {
  const organisation = await tx.organisation.findFirst({ where: { id: organisationId, municipalityId } });
  if (!organisation) throw new KeurmerkError("unknown_organisation");
  return organisation;
}

async function grant(
  tx: Tx,
  data: { organisationId: string; type: KeurmerkType; validFrom: Date; validUntil: Date | null; registryNumber?: string },
  audit: { actorId: string; municipalityId: string; now: Date },
) {
  const award = await tx.keurmerkAward.create({
    data: { ...data, status: "awarded", decidedById: audit.actorId, decidedAt: audit.now },
  });
  await writeAudit(tx, {
    actorId: audit.actorId,
    action: "keurmerk.award",
    entityType: "keurmerk",
    entityId: award.id,
    municipalityId: audit.municipalityId,
    organisationId: data.organisationId,
    details: { type: data.type, validFrom: data.validFrom, validUntil: data.validUntil, registryNumber: data.registryNumber ?? null },
  });
  await enqueueSearchUpdate(tx, "organisation", data.organisationId);
  return award.id;
}

/** The yearly Inclusive employer award: one per organisation per calendar year. */
export async function grantInclusiveEmployer({
  municipalityId,
  organisationId,
  year,
  actorId,
  now,
}: {
  municipalityId: string;
  organisationId: string;
  year: number;
  actorId: string;
  now: Date;
}) {
  return db.$transaction(async (tx) => {
    await organisationInMunicipality(tx, municipalityId, organisationId);
    const period = inclusiveEmployerPeriod(year);
    const existing = await tx.keurmerkAward.findFirst({
      where: { organisationId, type: "inclusive_employer", status: "awarded", validFrom: period.validFrom },
    });
    if (existing) return existing.id;
    return grant(tx, { organisationId, type: "inclusive_employer", ...period }, { actorId, municipalityId, now });
  });
}

/** Records an SNA (NEN 4400-1) registration for a staffing agency, replacing an earlier one. */
export async function recordSnaRegistration({
  municipalityId,
  organisationId,
  registryNumber,
  validUntil,
  actorId,
  now,
}: {
  municipalityId: string;
  organisationId: string;
  registryNumber: string;
  validUntil: Date | null;
  actorId: string;
  now: Date;
}) {
  return db.$transaction(async (tx) => {
    const organisation = await organisationInMunicipality(tx, municipalityId, organisationId);
    if (!organisation.isStaffingAgency) throw new KeurmerkError("not_staffing_agency");
    if (validUntil && validUntil <= now) throw new KeurmerkError("period_invalid");
    await tx.keurmerkAward.updateMany({
      where: { organisationId, type: "sna", status: "awarded" },
      data: { status: "revoked", reason: "replaced", decidedAt: now, decidedById: actorId },
    });
    return grant(tx, { organisationId, type: "sna", validFrom: now, validUntil, registryNumber }, { actorId, municipalityId, now });
  });
}

export { fairHospitalityPeriod };

/**
 * Marks start and end by date, with nobody acting. Pages check at read time; the search
 * index is told here, for every organisation whose mark started or ended in the window.
 */
export async function enqueueMarkChanges(now: Date, windowMs: number) {
  const since = new Date(now.getTime() - windowMs);
  const changed = await db.keurmerkAward.findMany({
    where: {
      status: "awarded",
      OR: [{ validUntil: { gt: since, lte: now } }, { validFrom: { gt: since, lte: now } }],
    },
    select: { organisationId: true },
    distinct: ["organisationId"],
  });
  await db.$transaction(async (tx) => {
    for (const { organisationId } of changed) await enqueueSearchUpdate(tx, "organisation", organisationId);
  });
  return { organisations: changed.length };
}
