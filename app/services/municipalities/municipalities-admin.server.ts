// The platform admin's screens for municipalities: their settings and districts, their
// officers, and the audit log. Every change is audited in the same transaction.
import { districtChange, parseDistrictLines } from "~/domain/municipality";
import { getI18n } from "~/i18n/config";
import type { MunicipalityInput } from "~/schemas/municipality";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { hashPassword } from "~/utils/password.server";
import { generateSessionToken } from "~/utils/session.server";
import { queueMail } from "~/services/platform/mail.server";
import { hashResetToken, resetLink } from "~/services/accounts/password-reset.server";

/** An invitation link to set a first password is valid for a week. */
export const OFFICER_INVITE_VALID_MS = 7 * 24 * 60 * 60 * 1000;

export class MunicipalityFormError extends Error {
  constructor(
    readonly field: "slug" | "districts",
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${field}: ${key}`);
  }
}

export function listMunicipalitiesForAdmin() {
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      fullTimeHours: true,
      _count: { select: { organisations: true, internships: true, officers: true, districts: true } },
    },
  });
}

export function getMunicipalityForAdmin(id: string) {
  return db.municipality.findUnique({
    where: { id },
    include: {
      districts: { orderBy: { name: "asc" } },
      officers: { orderBy: { createdAt: "asc" }, include: { user: { select: { id: true, email: true, name: true } } } },
    },
  });
}

function settings(input: MunicipalityInput) {
  return {
    name: input.name,
    slug: input.slug,
    fullTimeHours: input.fullTimeHours,
    gracePeriodDays: input.gracePeriodDays,
    resignPeriodDays: input.resignPeriodDays,
    responsePeriodDays: input.responsePeriodDays,
  };
}

function districtsOf(input: MunicipalityInput) {
  const parsed = parseDistrictLines(input.districts ?? "");
  if (!parsed.ok) throw new MunicipalityFormError("districts", `municipalities:errors.districts_${parsed.error}`, { name: parsed.detail ?? "" });
  return parsed.districts;
}

async function assertSlugFree(slug: string, exceptId?: string) {
  const taken = await db.municipality.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new MunicipalityFormError("slug", "municipalities:errors.slug_taken");
}

export async function createMunicipality(actorId: string, input: MunicipalityInput) {
  const districts = districtsOf(input);
  await assertSlugFree(input.slug);
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.create({ data: { ...settings(input), districts: { create: districts } } });
    await writeAudit(tx, {
      actorId,
      action: "municipality.create",
      entityType: "municipality",
      entityId: municipality.id,
      municipalityId: municipality.id,
      details: { ...settings(input), districts: districts.map((d) => d.name) },
    });
    return municipality;
  });
}

/**
 * Settings and districts in one save. A district that organisations or internships are
 * in cannot be removed: the whole save is refused and names it, so nothing is half-changed.
 */
export async function updateMunicipality(actorId: string, id: string, input: MunicipalityInput) {
  const districts = districtsOf(input);
  await assertSlugFree(input.slug, id);
  return db.$transaction(async (tx) => {
    const before = await tx.municipality.findUniqueOrThrow({ where: { id }, include: { districts: true } });
    const change = districtChange(before.districts, districts);
    for (const d of change.remove) {
      const used = (await tx.organisation.count({ where: { districtId: d.id } })) + (await tx.internship.count({ where: { districtId: d.id } }));
      if (used > 0) throw new MunicipalityFormError("districts", "municipalities:errors.district_in_use", { name: d.name });
    }
    await tx.municipality.update({ where: { id }, data: settings(input) });
    if (change.add.length) await tx.district.createMany({ data: change.add.map((d) => ({ ...d, municipalityId: id })) });
    for (const d of change.rename) await tx.district.update({ where: { id: d.id }, data: { name: d.name } });
    if (change.remove.length) await tx.district.deleteMany({ where: { id: { in: change.remove.map((d) => d.id) } } });
    const diff = Object.fromEntries(
      Object.entries(settings(input)).flatMap(([key, value]) =>
        before[key as keyof typeof before] === value ? [] : [[key, [before[key as keyof typeof before], value]]],
      ),
    );
    await writeAudit(tx, {
      actorId,
      action: "municipality.update",
      entityType: "municipality",
      entityId: id,
      municipalityId: id,
      details: {
        ...diff,
        districtsAdded: change.add.map((d) => d.name),
        districtsRenamed: change.rename.map((d) => d.name),
        districtsRemoved: change.remove.map((d) => d.name),
      },
    });
  });
}

/**
 * Makes someone an officer of the municipality. A new address gets an account without a
 * usable password and a link (valid a week) to choose one; an existing account is told
 * it now has access. Inviting someone who already is an officer changes nothing.
 */
export async function inviteOfficer(actorId: string, municipalityId: string, input: { email: string; name: string }, now = new Date()) {
  const token = generateSessionToken();
  // Nobody knows this password: the account is only usable through the link.
  const unusable = await hashPassword(generateSessionToken());
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { id: true, name: true } });
    let user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, locale: true } });
    const isNew = !user;
    user ??= await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash: unusable },
      select: { id: true, email: true, name: true, locale: true },
    });
    const existing = await tx.municipalOfficer.findUnique({ where: { userId_municipalityId: { userId: user.id, municipalityId } } });
    if (existing) return { officerId: existing.id, created: false };
    const officer = await tx.municipalOfficer.create({ data: { userId: user.id, municipalityId } });
    const t = getI18n(user.locale === "en" ? "en" : "nl").t;
    if (isNew) {
      await tx.passwordResetToken.create({
        data: { userId: user.id, tokenHash: hashResetToken(token), createdAt: now, expiresAt: new Date(now.getTime() + OFFICER_INVITE_VALID_MS) },
      });
      await queueMail(tx, {
        to: user.email,
        subject: t("municipalities:mail.invite_subject", { municipality: municipality.name }),
        text: t("municipalities:mail.invite_text", { name: user.name, municipality: municipality.name, link: resetLink(token) }),
      });
    } else {
      await queueMail(tx, {
        to: user.email,
        subject: t("municipalities:mail.access_subject", { municipality: municipality.name }),
        text: t("municipalities:mail.access_text", { name: user.name, municipality: municipality.name }),
      });
    }
    await writeAudit(tx, {
      actorId,
      action: "officer.invite",
      entityType: "municipal_officer",
      entityId: officer.id,
      municipalityId,
      details: { userId: user.id, newAccount: isNew },
    });
    return { officerId: officer.id, created: true };
  });
}

/** Ends someone's access as an officer of this municipality; their account and past decisions stay. */
export async function removeOfficer(actorId: string, municipalityId: string, officerId: string) {
  return db.$transaction(async (tx) => {
    const officer = await tx.municipalOfficer.findFirst({ where: { id: officerId, municipalityId } });
    if (!officer) return false;
    await tx.municipalOfficer.delete({ where: { id: officer.id } });
    // Signed-in sessions learn the new roles on their next request (roles are read per request).
    await writeAudit(tx, {
      actorId,
      action: "officer.remove",
      entityType: "municipal_officer",
      entityId: officer.id,
      municipalityId,
      details: { userId: officer.userId },
    });
    return true;
  });
}

export type AuditFilter = { action?: string; entity?: string; actor?: string; municipalityId?: string; from?: Date; until?: Date; page: number };
export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, narrowed by action (prefix), entity id, actor e-mail, municipality and dates. */
export async function searchAuditLog(filter: AuditFilter) {
  const where = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entity ? { entityId: filter.entity } : {}),
    ...(filter.actor ? { actor: { email: { contains: filter.actor } } } : {}),
    ...(filter.municipalityId ? { municipalityId: filter.municipalityId } : {}),
    ...(filter.from || filter.until ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {}),
  };
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        municipalityId: true,
        organisationId: true,
        details: true,
        createdAt: true,
        actor: { select: { email: true } },
      },
    }),
  ]);
  return { total, entries, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
