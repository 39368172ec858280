import { mayEditInternship, transitionInternship } from "~/domain/internships";
import type { PayCheckResult } from "~/domain/pay-code";
import type { InternshipFields } from "~/schemas/internship";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { organisationMayPublish } from "~/services/pact/pact.server";
import { checkOrganisationPay, payCheckColumns } from "~/services/pay-code/pay-rules.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

// The employer's internships. Every query is scoped by the organisation the guard
// resolved; an id of another organisation's internship behaves as if it did not exist.

export class InternshipNotFoundError extends Error {
  constructor() {
    super("internship not found for this organisation");
  }
}

export class PublishRefusedError extends Error {
  constructor(
    public readonly reason: "no_signature" | "pay_check" | "invalid_status" | "unknown_qualification",
    public readonly check?: PayCheckResult,
  ) {
    super(`publish refused: ${reason}`);
    this.name = "PublishRefusedError";
  }
}

export function listOwnInternships(organisationId: string) {
  return db.internship.findMany({
    where: { organisationId },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      route: true,
      hoursPerWeek: true,
      monthlyAllowance: true,
      hourlyWageCents: true,
      publishedAt: true,
      flaggedAt: true,
      flagReason: true,
      unpublishAfter: true,
      updatedAt: true,
    },
  });
}

export async function getOwnInternship(organisationId: string, id: string) {
  return db.internship.findFirst({
    where: { id, organisationId },
    include: { qualification: true, organisation: { select: { name: true, kind: true, municipalityId: true } }, district: { select: { name: true } } },
  });
}

export function listQualifications() {
  return db.qualification.findMany({ orderBy: { nameNl: "asc" }, select: { id: true, crebo: true, nameNl: true, nameEn: true, levels: true } });
}

async function loadOrganisation(tx: Tx, organisationId: string) {
  return tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, kind: true, municipalityId: true, districtId: true } });
}

async function assertQualification(tx: Tx, qualificationId: string) {
  const q = await tx.qualification.findUnique({ where: { id: qualificationId }, select: { id: true } });
  if (!q) throw new PublishRefusedError("unknown_qualification");
}

/** The work address's coordinates as looked up before the save; absent: left as they are. */
export type InternshipLocation = { latitude: number | null; longitude: number | null };
type SaveInput = InternshipFields & { publish: boolean; location?: InternshipLocation };

function fieldsData(input: InternshipFields & { location?: InternshipLocation }) {
  return {
    title: input.title,
    description: input.description,
    qualificationId: input.qualificationId,
    level: input.level,
    ...storedPay(input),
    startDate: input.startDate,
    durationWeeks: input.durationWeeks,
    locationStreet: input.locationStreet ?? null,
    locationPostcode: input.locationPostcode ?? null,
    locationCity: input.locationCity,
    ...(input.location ? { latitude: input.location.latitude, longitude: input.location.longitude } : {}),
    trainerName: input.trainerName,
    trainerEmail: input.trainerEmail,
    trainerPhone: input.trainerPhone ?? null,
    learningGoals: input.learningGoals,
  };
}

/**
 * The pay columns from the form: the route and its one amount; the other amount is
 * cleared, so a place switched from BBL to BOL keeps no stale wage.
 */
function storedPay(input: Pick<InternshipFields, "route" | "hoursPerWeek" | "monthlyAllowance" | "hourlyWage">) {
  const bbl = input.route === "BBL";
  return {
    route: input.route,
    hoursPerWeek: input.hoursPerWeek,
    monthlyAllowance: bbl ? null : (input.monthlyAllowance ?? null),
    hourlyWageCents: bbl ? (input.hourlyWage ?? null) : null,
  };
}

/** The check result for a form that was just submitted, so the page can show it next to the allowance. */
export async function previewPayCheck(
  organisationId: string,
  pay: Pick<InternshipFields, "route" | "hoursPerWeek" | "monthlyAllowance" | "hourlyWage">,
  now: Date,
) {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { kind: true, municipalityId: true } });
  // Both amounts as typed, so the check refuses a wage on a BOL post (or the reverse).
  return checkOrganisationPay(
    db,
    organisation,
    { route: pay.route, hoursPerWeek: pay.hoursPerWeek, monthlyAllowance: pay.monthlyAllowance ?? null, hourlyWageCents: pay.hourlyWage ?? null },
    now,
  );
}

/**
 * Publishing inside the caller's transaction: an approved, current signature and a
 * compliant check, or nothing changes. The result is stored with the internship.
 */
async function publishInTx(tx: Tx, actorId: string, organisation: { id: string; kind: string; municipalityId: string }, internshipId: string, now: Date) {
  const internship = await tx.internship.findFirst({ where: { id: internshipId, organisationId: organisation.id } });
  if (!internship) throw new InternshipNotFoundError();
  const next = transitionInternship(internship.status, "publish");
  if (!next) throw new PublishRefusedError("invalid_status");
  if (!(await organisationMayPublish(tx, organisation, now))) throw new PublishRefusedError("no_signature");
  const check = await checkOrganisationPay(tx, organisation, internship, now);
  if (!check.compliant) throw new PublishRefusedError("pay_check", check);
  await tx.internship.update({
    where: { id: internship.id },
    data: {
      ...payCheckColumns(check),
      status: next,
      publishedAt: internship.status === "published" ? internship.publishedAt : now,
      unpublishedAt: null,
      flaggedAt: null,
      flagReason: null,
      unpublishAfter: null,
    },
  });
  await writeAudit(tx, {
    actorId,
    action: "internship.publish",
    entityType: "internship",
    entityId: internship.id,
    organisationId: organisation.id,
    municipalityId: organisation.municipalityId,
    details: check.status === "checked" ? { ruleId: check.ruleId, ruleKind: check.ruleKind, version: check.ruleVersion, required: check.requiredAmount } : {},
  });
  await enqueueSearchUpdate(tx, "internship", internship.id);
  return check;
}

export async function createInternship(actorId: string, organisationId: string, input: SaveInput, now: Date) {
  return db.$transaction(async (tx) => {
    const organisation = await loadOrganisation(tx, organisationId);
    await assertQualification(tx, input.qualificationId);
    const internship = await tx.internship.create({
      data: {
        ...fieldsData(input),
        organisationId,
        municipalityId: organisation.municipalityId,
        districtId: organisation.districtId,
        status: "draft",
        createdById: actorId,
      },
    });
    await writeAudit(tx, {
      actorId,
      action: "internship.create",
      entityType: "internship",
      entityId: internship.id,
      organisationId,
      municipalityId: organisation.municipalityId,
    });
    if (input.publish) await publishInTx(tx, actorId, organisation, internship.id, now);
    return internship;
  });
}

/**
 * Saving the form. A published internship stays published only if it still meets the
 * code, so the change is refused otherwise; raising the allowance of a flagged one clears the flag.
 */
export async function updateInternship(actorId: string, organisationId: string, id: string, input: SaveInput, now: Date) {
  return db.$transaction(async (tx) => {
    const organisation = await loadOrganisation(tx, organisationId);
    const existing = await tx.internship.findFirst({ where: { id, organisationId } });
    if (!existing) throw new InternshipNotFoundError();
    if (!mayEditInternship(existing.status)) throw new PublishRefusedError("invalid_status");
    await assertQualification(tx, input.qualificationId);
    await tx.internship.update({ where: { id }, data: fieldsData(input) });
    await writeAudit(tx, {
      actorId,
      action: "internship.update",
      entityType: "internship",
      entityId: id,
      organisationId,
      municipalityId: organisation.municipalityId,
    });
    if (input.publish || existing.status === "published") {
      await publishInTx(tx, actorId, organisation, id, now);
    } else {
      await enqueueSearchUpdate(tx, "internship", id);
    }
  });
}

export async function publishInternship(actorId: string, organisationId: string, id: string, now: Date) {
  return db.$transaction(async (tx) => publishInTx(tx, actorId, await loadOrganisation(tx, organisationId), id, now));
}

export async function changeInternshipStatus(actorId: string, organisationId: string, id: string, to: "unpublished" | "closed", now: Date) {
  return db.$transaction(async (tx) => {
    const existing = await tx.internship.findFirst({ where: { id, organisationId } });
    if (!existing) throw new InternshipNotFoundError();
    const next = transitionInternship(existing.status, to === "unpublished" ? "unpublish" : "close");
    if (!next) throw new PublishRefusedError("invalid_status");
    await tx.internship.update({
      where: { id },
      data: to === "unpublished" ? { status: next, unpublishedAt: now } : { status: next, closedAt: now },
    });
    await writeAudit(tx, {
      actorId,
      action: to === "unpublished" ? "internship.unpublish" : "internship.close",
      entityType: "internship",
      entityId: id,
      organisationId,
      municipalityId: existing.municipalityId,
    });
    await enqueueSearchUpdate(tx, "internship", id);
  });
}

/** Flagged internships for the employer's start page. */
export function listFlaggedInternships(organisationId: string) {
  return db.internship.findMany({
    where: { organisationId, flaggedAt: { not: null }, status: { in: ["published", "unpublished"] } },
    orderBy: { flaggedAt: "desc" },
    select: { id: true, title: true, status: true, flagReason: true, unpublishAfter: true, flaggedAt: true },
  });
}
