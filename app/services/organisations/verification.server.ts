import {
  applyChangeRequest,
  changesKind,
  decideChangeRequest,
  describeChangeRequest,
  reviewedValuesOf,
  transitionVerification,
  verificationAfterSignature,
  verificationReasonRequired,
} from "~/domain/organisation";
import { allowedSignatureActions, isSignatureStatus, transitionSignature, type SignatureAction } from "~/domain/pact";
import { getI18n } from "~/i18n/config";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { queueMail } from "~/services/platform/mail.server";
import { membersSelect, recipientsOfLoaded } from "./organisation-mail.server";
import { KvkTakenError } from "./organisations.server";
import { currentVersionFor, supersedeReplacedSignatures } from "~/services/pact/pact.server";
import { recheckPublishedInternships } from "~/services/pay-code/pay-rules.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";
import { liftOutcomeText, republishAfterSuspension, takeInternshipsOffline, type LiftOutcome } from "./suspension.server";

// Officers verify organisations and decide on signatures (DESIGN §3.2). Every query
// is scoped to the officer's municipality; a decision on another municipality's
// organisation is refused as if the organisation did not exist.

export class NotInMunicipalityError extends Error {
  constructor() {
    super("organisation is not in the officer's municipality");
  }
}

export async function getVerificationQueue(municipalityId: string) {
  const organisations = await db.organisation.findMany({
    where: {
      municipalityId,
      OR: [{ verificationStatus: { in: ["pending", "changes_requested"] } }, { signatures: { some: { status: { in: ["pending", "changes_requested"] } } } }],
      // A change request of a verified organisation has its own list (getPendingChangeRequests).
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      kvkNumber: true,
      sector: true,
      kind: true,
      verificationStatus: true,
      createdAt: true,
      signatures: { where: { status: { not: "superseded" } }, orderBy: { signedAt: "desc" }, take: 1, select: { status: true, signedAt: true } },
    },
  });
  return organisations;
}

/** Organisations with an ended or paused standing, so an officer can reinstate or revoke. */
export function listDecidedOrganisations(municipalityId: string) {
  return db.organisation.findMany({
    where: { municipalityId, signatures: { some: { status: { in: ["approved", "suspended"] } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, signatures: { where: { status: { in: ["approved", "suspended"] } }, take: 1, select: { status: true } } },
  });
}

export async function getOrganisationForOfficer(municipalityId: string, organisationId: string, now: Date) {
  const organisation = await db.organisation.findFirst({
    where: { id: organisationId, municipalityId },
    include: {
      district: { select: { name: true } },
      municipality: { select: { name: true } },
      signatures: {
        orderBy: { signedAt: "desc" },
        include: { pactVersion: { select: { id: true, version: true } }, history: { orderBy: { createdAt: "asc" } } },
      },
    },
  });
  if (!organisation) return null;
  const [version, audit, pendingChange] = await Promise.all([
    currentVersionFor(db, municipalityId, now),
    db.auditLog.findMany({ where: { organisationId }, orderBy: { createdAt: "desc" }, take: 50, include: { actor: { select: { name: true } } } }),
    db.organisationChangeRequest.findFirst({ where: { organisationId, status: "pending" }, orderBy: { createdAt: "desc" } }),
  ]);
  const live = organisation.signatures.find((s) => s.status !== "superseded") ?? null;
  const actions = live && isSignatureStatus(live.status) ? allowedSignatureActions(live.status, "officer") : [];
  const change = pendingChange
    ? { id: pendingChange.id, createdAt: pendingChange.createdAt, changes: describeChangeRequest(reviewedValuesOf(organisation), pendingChange) }
    : null;
  return { organisation, live, actions, currentVersionId: version?.id ?? null, audit, pendingChange: change };
}

async function notifyOrganisation(
  tx: Tx,
  organisationId: string,
  subjectKey: string,
  bodyKey: string,
  params: Record<string, string>,
  path = "/werkgever/stagepact",
  localParams?: (t: (key: string, params?: Record<string, unknown>) => string) => Record<string, string>,
) {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { contactEmail: true, memberships: membersSelect },
  });
  for (const { to, locale } of recipientsOfLoaded(organisation)) {
    const { t } = getI18n(locale);
    const all = { ...params, ...localParams?.(t) };
    await queueMail(tx, { to, subject: t(subjectKey, all), text: t(bodyKey, { ...all, url: `${appUrl()}${path}` }) });
  }
}

/** An officer's decision on the live signature, with its reason, history row, audit entry and mail. */
export async function decideSignature(
  actor: { userId: string },
  municipalityId: string,
  input: { signatureId: string; action: SignatureAction; reason?: string },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const signature = await tx.pactSignature.findUnique({
      where: { id: input.signatureId },
      include: { organisation: { select: { id: true, name: true, municipalityId: true } } },
    });
    if (!signature || signature.organisation.municipalityId !== municipalityId) throw new NotInMunicipalityError();
    if (!isSignatureStatus(signature.status)) throw new Error(`unknown signature status ${signature.status}`);
    const version = await currentVersionFor(tx, municipalityId, now);
    const step = transitionSignature(signature.status, input.action, { reason: input.reason, isCurrentVersion: version?.id === signature.pactVersionId });
    await tx.pactSignature.update({
      where: { id: signature.id },
      data: {
        status: step.next,
        statusReason: step.reason,
        decidedAt: now,
        decidedById: actor.userId,
        ...(input.action === "approve" || input.action === "reinstate" ? { approvedAt: now } : {}),
        ...(step.ends ? { endedAt: now } : {}),
      },
    });
    await tx.signatureStatusChange.create({
      data: { signatureId: signature.id, fromStatus: signature.status, toStatus: step.next, reason: step.reason, actorId: actor.userId, createdAt: now },
    });
    // A new version approved or revoked: the old approved signature kept for its re-signing deadline ends.
    if ((step.next === "approved" || step.next === "revoked") && version?.id === signature.pactVersionId) {
      await supersedeReplacedSignatures(tx, signature.organisationId, signature.id, actor.userId, now);
    }
    const verificationStatus = verificationAfterSignature(input.action);
    if (verificationStatus) {
      await tx.organisation.update({
        where: { id: signature.organisationId },
        data: {
          verificationStatus,
          verificationNote: step.reason,
          ...(verificationStatus === "verified" ? { verifiedAt: now } : {}),
        },
      });
    }
    // A suspended or revoked organisation may not keep internships online (DESIGN §3.2);
    // lifting a suspension brings back those it took offline that still meet the code.
    let takenOffline: string[] = [];
    let lifted: LiftOutcome | null = null;
    if (step.next === "suspended" || step.next === "revoked") {
      takenOffline = await takeInternshipsOffline(tx, signature.organisationId, now, step.next === "suspended");
    }
    if (input.action === "reinstate") lifted = await republishAfterSuspension(tx, actor.userId, signature.organisationId, now);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: `signature.${input.action}`,
      entityType: "signature",
      entityId: signature.id,
      organisationId: signature.organisationId,
      municipalityId,
      details: {
        from: signature.status,
        to: step.next,
        reason: step.reason,
        ...(takenOffline.length > 0 ? { takenOffline } : {}),
        ...(lifted ? { republished: lifted.republished.map((i) => i.id), stillOffline: lifted.stillOffline.map((i) => i.id) } : {}),
      },
    });
    await enqueueSearchUpdate(tx, "organisation", signature.organisationId);
    await notifyOrganisation(
      tx,
      signature.organisationId,
      `verification:mail.${input.action}_subject`,
      `verification:mail.${input.action}_body`,
      { name: signature.organisation.name, reason: step.reason ?? "" },
      lifted ? "/werkgever/stages" : "/werkgever/stagepact",
      lifted ? (t) => ({ internships: liftOutcomeText(t, lifted) }) : undefined,
    );
    return step;
  });
}

export class ReasonRequiredError extends Error {
  constructor() {
    super("reason required");
  }
}

/** Verifying an organisation that has not signed (yet), or asking it to correct its details. */
export async function decideOrganisation(
  actor: { userId: string },
  municipalityId: string,
  organisationId: string,
  input: { action: "verify" | "request_changes"; reason?: string },
  now: Date,
) {
  const reason = input.reason?.trim() || null;
  if (verificationReasonRequired(input.action) && !reason) throw new ReasonRequiredError();
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: { id: organisationId, municipalityId } });
    if (!organisation) throw new NotInMunicipalityError();
    const signed = (await tx.pactSignature.count({ where: { organisationId, status: { not: "superseded" } } })) > 0;
    const { next } = transitionVerification(organisation.verificationStatus, input.action, reason, { signed });
    await tx.organisation.update({
      where: { id: organisationId },
      data: { verificationStatus: next, verificationNote: reason, ...(next === "verified" ? { verifiedAt: now } : {}) },
    });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: `organisation.${input.action}`,
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      municipalityId,
      details: { from: organisation.verificationStatus, to: next, reason },
    });
    await enqueueSearchUpdate(tx, "organisation", organisationId);
    await notifyOrganisation(
      tx,
      organisationId,
      `verification:mail.organisation_${input.action}_subject`,
      `verification:mail.organisation_${input.action}_body`,
      {
        name: organisation.name,
        reason: reason ?? "",
      },
    );
  });
}

/** What the employer sees of officers' decisions: their audit entries about its organisation. */
export function decisionsAbout(organisationId: string) {
  return db.auditLog.findMany({
    where: { organisationId, action: { in: ["organisation.verify", "organisation.request_changes"] } },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

// ───────────── Changes of name, KvK number or kind after verification ─────────────

/** Pending change requests of the officer's municipality, oldest first, as old → new. */
export async function getPendingChangeRequests(municipalityId: string) {
  const requests = await db.organisationChangeRequest.findMany({
    where: { status: "pending", organisation: { municipalityId } },
    orderBy: { createdAt: "asc" },
    include: { organisation: { select: { id: true, name: true, kvkNumber: true, kind: true } } },
  });
  return requests.map((r) => ({
    id: r.id,
    organisationId: r.organisation.id,
    organisationName: r.organisation.name,
    createdAt: r.createdAt,
    changes: describeChangeRequest(reviewedValuesOf(r.organisation), r),
  }));
}

/**
 * Approving writes the requested values; a new kind puts the organisation's published
 * internships under another minimum, so they are checked at once with the same flag and
 * grace period as a yearly rule change. Refusing needs a reason. Both are audited and
 * mailed; a request of another municipality is refused as if it did not exist.
 */
export async function decideOrganisationChange(
  actor: { userId: string },
  municipalityId: string,
  organisationId: string,
  input: { requestId: string; action: "approve" | "refuse"; reason?: string },
  now: Date,
) {
  const outcome = await db.$transaction(async (tx) => {
    const request = await tx.organisationChangeRequest.findFirst({
      where: { id: input.requestId, organisationId, organisation: { municipalityId } },
      include: { organisation: true },
    });
    if (!request) throw new NotInMunicipalityError();
    const step = decideChangeRequest(request.status, input.action, input.reason);
    const before = reviewedValuesOf(request.organisation);
    const changes = describeChangeRequest(before, request);
    if (step.next === "approved") {
      const after = applyChangeRequest(before, request);
      if (after.kvkNumber !== before.kvkNumber) {
        const other = await tx.organisation.findUnique({ where: { kvkNumber: after.kvkNumber }, select: { id: true } });
        if (other && other.id !== organisationId) throw new KvkTakenError();
      }
      await tx.organisation.update({ where: { id: organisationId }, data: after });
      // Name and kind are part of the organisation's and its internships' search documents.
      await enqueueSearchUpdate(tx, "organisation", organisationId);
      const published = await tx.internship.findMany({ where: { organisationId, status: "published" }, select: { id: true } });
      for (const i of published) await enqueueSearchUpdate(tx, "internship", i.id);
    }
    await tx.organisationChangeRequest.update({
      where: { id: request.id },
      data: { status: step.next, reason: step.reason, decidedById: actor.userId, decidedAt: now },
    });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: `organisation.change_${input.action}`,
      entityType: "organisation_change_request",
      entityId: request.id,
      organisationId,
      municipalityId,
      details: { changes, reason: step.reason },
    });
    await notifyOrganisation(
      tx,
      organisationId,
      `verification:mail.change_${input.action}_subject`,
      `verification:mail.change_${input.action}_body`,
      { name: request.organisation.name, reason: step.reason ?? "" },
      "/werkgever/organisatie",
    );
    return { next: step.next, kindChanged: step.next === "approved" && changesKind(before, request) };
  });
  // After the commit: the re-check reads the new kind and runs its own transactions.
  if (outcome.kindChanged) await recheckPublishedInternships(now, { municipalityId, organisationId });
  return outcome;
}
