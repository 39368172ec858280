import { createHash, randomBytes } from "node:crypto";
import { decideChangeRequest, planOrganisationUpdate, type OrganisationKind } from "~/domain/organisation";
import { getI18n, isLocale } from "~/i18n/config";
import type { OrganisationInput } from "~/schemas/organisation";
import { writeAudit } from "~/utils/audit.server";
import { db, type Db, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { hashPassword } from "~/utils/password.server";
import { createSession } from "~/utils/session.server";
import { assertEmailFree } from "~/services/accounts/auth.server";
import { queueMail } from "~/services/platform/mail.server";
import { KvkTakenError, UnknownDistrictError } from "./organisations.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";
import { locateOrganisationAddress } from "~/services/locations/work-location.server";

// The organisation's own details and its people: edit, invite colleagues, accept an invitation.

export type OrganisationDetailsInput = Omit<OrganisationInput, "municipalityId">;

export async function getOrganisationForEdit(organisationId: string) {
  const [organisation, pendingChange, lastDecidedChange] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      include: { municipality: { select: { id: true, name: true, districts: { select: { id: true, name: true }, orderBy: { name: "asc" } } } } },
    }),
    pendingChangeRequest(db, organisationId),
    db.organisationChangeRequest.findFirst({
      where: { organisationId, status: { in: ["approved", "refused"] } },
      orderBy: { decidedAt: "desc" },
      select: { status: true, reason: true, decidedAt: true },
    }),
  ]);
  return { organisation, pendingChange, lastDecidedChange };
}

function pendingChangeRequest(client: Tx | Db, organisationId: string) {
  return client.organisationChangeRequest.findFirst({ where: { organisationId, status: "pending" }, orderBy: { createdAt: "desc" } });
}

export class ChangeRequestNotFoundError extends Error {
  constructor() {
    super("no pending change request of this organisation");
  }
}

/** Another organisation holds the number, or has asked for it and waits for an officer. */
async function assertKvkFree(tx: Tx, organisationId: string, kvkNumber: string) {
  const [other, requested] = await Promise.all([
    tx.organisation.findUnique({ where: { kvkNumber }, select: { id: true } }),
    tx.organisationChangeRequest.findFirst({ where: { kvkNumber, status: "pending", organisationId: { not: organisationId } }, select: { id: true } }),
  ]);
  if ((other && other.id !== organisationId) || requested) throw new KvkTakenError();
}

export type OrganisationUpdateOutcome = "saved" | "change_requested" | "change_withdrawn";

/**
 * The municipality is fixed once signed up (the pact is per municipality); everything
 * else can be corrected. After verification, name, KvK number and kind wait for an
 * officer in one pending change request (DESIGN §3.2); the rest saves directly.
 */
export async function updateOrganisationDetails(actorId: string, organisationId: string, input: OrganisationDetailsInput): Promise<OrganisationUpdateOutcome> {
  // Outside the transaction (a network call); an unchanged address keeps its coordinates.
  const stored = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { street: true, houseNumber: true, postcode: true, city: true, latitude: true, longitude: true },
  });
  const { latitude, longitude } = await locateOrganisationAddress(input, stored, new Date());
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    if (input.districtId) {
      const district = await tx.district.findFirst({ where: { id: input.districtId, municipalityId: before.municipalityId } });
      if (!district) throw new UnknownDistrictError();
    }
    if (input.kvkNumber !== before.kvkNumber) await assertKvkFree(tx, organisationId, input.kvkNumber);
    const pending = await pendingChangeRequest(tx, organisationId);
    const plan = planOrganisationUpdate(
      { name: before.name, kvkNumber: before.kvkNumber, kind: before.kind as OrganisationKind, verifiedAt: before.verifiedAt },
      { name: input.organisationName, kvkNumber: input.kvkNumber, kind: input.kind },
      pending !== null,
    );
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        ...plan.direct,
        sbbId: input.sbbId ?? null,
        sector: input.sector,
        isStaffingAgency: input.isStaffingAgency,
        street: input.street,
        houseNumber: input.houseNumber,
        postcode: input.postcode,
        city: input.city,
        latitude,
        longitude,
        districtId: input.districtId ?? null,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone ?? null,
        // Corrected details go back to the officer's queue.
        ...(before.verificationStatus === "changes_requested" ? { verificationStatus: "pending" } : {}),
      },
    });
    await writeAudit(tx, {
      actorId,
      action: "organisation.update",
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      municipalityId: before.municipalityId,
    });
    let outcome: OrganisationUpdateOutcome = "saved";
    if (plan.request.type === "submit") {
      const values = {
        name: plan.request.requested.name ?? null,
        kvkNumber: plan.request.requested.kvkNumber ?? null,
        kind: plan.request.requested.kind ?? null,
      };
      // Only one pending request at a time: a new wish replaces what the pending one asks.
      const request = pending
        ? await tx.organisationChangeRequest.update({ where: { id: pending.id }, data: { ...values, requestedById: actorId } })
        : await tx.organisationChangeRequest.create({ data: { organisationId, ...values, requestedById: actorId } });
      await writeAudit(tx, {
        actorId,
        action: pending ? "organisation.change_update" : "organisation.change_request",
        entityType: "organisation_change_request",
        entityId: request.id,
        organisationId,
        municipalityId: before.municipalityId,
        details: { requested: plan.request.requested },
      });
      outcome = "change_requested";
    } else if (plan.request.type === "withdraw" && pending) {
      await withdrawInTx(tx, actorId, pending.id, before.municipalityId);
      outcome = "change_withdrawn";
    }
    await enqueueSearchUpdate(tx, "organisation", organisationId);
    // The organisation's name and kind show on its internships in search.
    const published = await tx.internship.findMany({ where: { organisationId, status: "published" }, select: { id: true } });
    for (const i of published) await enqueueSearchUpdate(tx, "internship", i.id);
    return outcome;
  });
}

async function withdrawInTx(tx: Tx, actorId: string, requestId: string, municipalityId: string) {
  const request = await tx.organisationChangeRequest.findUniqueOrThrow({ where: { id: requestId } });
  const step = decideChangeRequest(request.status, "withdraw");
  await tx.organisationChangeRequest.update({ where: { id: request.id }, data: { status: step.next } });
  await writeAudit(tx, {
    actorId,
    action: "organisation.change_withdraw",
    entityType: "organisation_change_request",
    entityId: request.id,
    organisationId: request.organisationId,
    municipalityId,
  });
}

/** The employer takes back its pending change; a request of another organisation is not found. */
export async function withdrawChangeRequest(actorId: string, organisationId: string, requestId: string) {
  await db.$transaction(async (tx) => {
    const request = await tx.organisationChangeRequest.findFirst({
      where: { id: requestId, organisationId, status: "pending" },
      include: { organisation: { select: { municipalityId: true } } },
    });
    if (!request) throw new ChangeRequestNotFoundError();
    await withdrawInTx(tx, actorId, request.id, request.organisation.municipalityId);
  });
}

// ───────────── Colleagues and invitations ─────────────

const INVITATION_DAYS = 14;

function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export async function getColleagues(organisationId: string, now: Date) {
  const [members, invitations] = await Promise.all([
    db.membership.findMany({ where: { organisationId }, orderBy: { createdAt: "asc" }, include: { user: { select: { name: true, email: true } } } }),
    db.invitation.findMany({ where: { organisationId, acceptedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" } }),
  ]);
  return { members, invitations };
}

export class AlreadyMemberError extends Error {
  constructor() {
    super("already a member");
  }
}

export async function inviteColleague(actor: { userId: string }, organisationId: string, input: { email: string; role: "owner" | "recruiter" }, now: Date) {
  const token = randomBytes(24).toString("base64url");
  await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true, municipalityId: true } });
    const member = await tx.membership.findFirst({ where: { organisationId, user: { email: input.email } } });
    if (member) throw new AlreadyMemberError();
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, locale: true } });
    const invitation = await tx.invitation.create({
      data: {
        organisationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        invitedById: actor.userId,
      },
    });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "member.invite",
      entityType: "invitation",
      entityId: invitation.id,
      organisationId,
      municipalityId: organisation.municipalityId,
      details: { role: input.role },
    });
    const { t } = getI18n(isLocale(inviter.locale) ? inviter.locale : "nl");
    await queueMail(tx, {
      to: input.email,
      subject: t("employer:mail.invite_subject", { organisation: organisation.name }),
      text: t("employer:mail.invite_body", {
        inviter: inviter.name,
        organisation: organisation.name,
        role: t(`common:member_role.${input.role}`),
        url: `${appUrl()}/uitnodiging/${token}`,
        days: INVITATION_DAYS,
      }),
    });
  });
  return { token };
}

export async function revokeInvitation(actor: { userId: string }, organisationId: string, invitationId: string) {
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organisationId, acceptedAt: null } });
    if (!invitation) return;
    await tx.invitation.delete({ where: { id: invitation.id } });
    await writeAudit(tx, { actorId: actor.userId, action: "member.invite_revoke", entityType: "invitation", entityId: invitation.id, organisationId });
  });
}

export async function findOpenInvitation(token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organisation: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return null;
  const existingUser = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, hasAccount: existingUser !== null };
}

export class InvitationEmailMismatchError extends Error {
  constructor() {
    super("signed in with another e-mail address");
  }
}

async function acceptInTx(userId: string, invitationId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    await tx.membership.upsert({
      where: { userId_organisationId: { userId, organisationId: invitation.organisationId } },
      create: { userId, organisationId: invitation.organisationId, role: invitation.role },
      update: {},
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
    await writeAudit(tx, {
      actorId: userId,
      action: "member.join",
      entityType: "invitation",
      entityId: invitation.id,
      organisationId: invitation.organisationId,
      details: { role: invitation.role },
    });
  });
}

/** A signed-in user accepts: only the address the invitation was sent to may use it. */
export async function acceptInvitationAsUser(user: { id: string; email: string }, token: string, now: Date) {
  const invitation = await findOpenInvitation(token, now);
  if (!invitation) return false;
  if (invitation.email !== user.email.toLowerCase()) throw new InvitationEmailMismatchError();
  await acceptInTx(user.id, invitation.id, now);
  return true;
}

/** A new colleague makes an account with the invited address and joins in one step. */
export async function acceptInvitationWithNewAccount(token: string, input: { name: string; password: string; locale: string }, now: Date) {
  const invitation = await findOpenInvitation(token, now);
  if (!invitation) return null;
  await assertEmailFree(invitation.email);
  const passwordHash = await hashPassword(input.password);
  const user = await db.user.create({ data: { email: invitation.email, name: input.name, passwordHash, locale: input.locale } });
  await acceptInTx(user.id, invitation.id, now);
  const { token: sessionToken } = await createSession(user.id);
  return { token: sessionToken };
}
