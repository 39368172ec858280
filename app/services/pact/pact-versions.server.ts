import { isVersionInForce } from "~/domain/pact";
import { getI18n } from "~/i18n/config";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { queueMail } from "~/services/platform/mail.server";
import { membersSelect, recipientsOfLoaded } from "~/services/organisations/organisation-mail.server";
import { startOfAmsterdamDay } from "~/services/pay-code/pay-rules.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

// Admin: pact versions per municipality. A new version replaces the open-ended one from
// its start date; from then on every signatory's standing reads "sign again" (domain/pact).

export function listPactVersions() {
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      pactVersions: {
        orderBy: { version: "desc" },
        include: { commitments: { orderBy: { position: "asc" } }, _count: { select: { signatures: true } } },
      },
    },
  });
}

export class PactVersionDateError extends Error {
  constructor() {
    super("a new pact version must start after the current one");
  }
}

export async function createPactVersion(
  actorId: string,
  input: {
    municipalityId: string;
    titleNl: string;
    titleEn: string;
    textNl: string;
    textEn: string;
    commitmentsNl: string[];
    commitmentsEn: string[];
    validFrom: string;
  },
  now = new Date(),
) {
  const validFrom = startOfAmsterdamDay(input.validFrom);
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: input.municipalityId }, select: { id: true, name: true } });
    const previous = await tx.pactVersion.findFirst({ where: { municipalityId: municipality.id }, orderBy: { version: "desc" } });
    if (previous && previous.validFrom.getTime() >= validFrom.getTime()) throw new PactVersionDateError();
    if (previous && (previous.validUntil === null || previous.validUntil > validFrom)) {
      await tx.pactVersion.update({ where: { id: previous.id }, data: { validUntil: validFrom } });
    }
    const version = await tx.pactVersion.create({
      data: {
        municipalityId: municipality.id,
        version: (previous?.version ?? 0) + 1,
        titleNl: input.titleNl,
        titleEn: input.titleEn,
        textNl: input.textNl,
        textEn: input.textEn,
        validFrom,
        commitments: {
          create: input.commitmentsNl.map((textNl, position) => ({ position, key: `c${position + 1}`, textNl, textEn: input.commitmentsEn[position] })),
        },
      },
    });
    await writeAudit(tx, {
      actorId,
      action: "pact_version.create",
      entityType: "pact_version",
      entityId: version.id,
      municipalityId: municipality.id,
      details: { version: version.version, validFrom: input.validFrom, commitments: input.commitmentsNl.length },
    });
    // Every organisation with a live signature is asked to sign the new version.
    const signatories = await tx.organisation.findMany({
      where: { municipalityId: municipality.id, signatures: { some: { status: { in: ["pending", "approved", "changes_requested"] } } } },
      select: { contactEmail: true, memberships: membersSelect },
    });
    for (const o of signatories) {
      for (const { to, locale } of recipientsOfLoaded(o)) {
        const { t } = getI18n(locale);
        await queueMail(tx, {
          to,
          subject: t("rules:mail.new_version_subject", { municipality: municipality.name, version: version.version }),
          text: t("rules:mail.new_version_body", { municipality: municipality.name, date: input.validFrom, url: `${appUrl()}/werkgever/stagepact` }),
        });
      }
    }
    // In force at once (it starts today): the search index learns now who lost good standing.
    // A later start is picked up by the pact-version-search-sync job.
    if (isVersionInForce(version, now)) await enqueueStandingChanges(tx, version, now);
    return version;
  });
}

const IN_FORCE_ACTION = "pact_version.in_force";

/**
 * Once a version is in force, every organisation with an approved signature on another
 * version of its municipality has lost good standing: their internships' search
 * documents (pact badge and filter) must follow. Done once per version, recorded in the
 * audit log, so running it twice enqueues nothing the second time. Returns how many
 * organisations were enqueued, or null when the version was handled before.
 */
export async function enqueueStandingChanges(tx: Tx, version: { id: string; municipalityId: string; version: number }, now: Date): Promise<number | null> {
  const done = await tx.auditLog.findFirst({ where: { action: IN_FORCE_ACTION, entityType: "pact_version", entityId: version.id }, select: { id: true } });
  if (done) return null;
  const affected = await tx.organisation.findMany({
    where: { municipalityId: version.municipalityId, signatures: { some: { status: "approved", pactVersionId: { not: version.id } } } },
    select: { id: true },
  });
  for (const { id } of affected) await enqueueSearchUpdate(tx, "organisation", id);
  await writeAudit(tx, {
    actorId: null,
    action: IN_FORCE_ACTION,
    entityType: "pact_version",
    entityId: version.id,
    municipalityId: version.municipalityId,
    details: { version: version.version, organisations: affected.length, at: now.toISOString() },
  });
  return affected.length;
}

/**
 * The pact-version-search-sync job: versions that have come into force and were not
 * handled yet. A first version is skipped: nobody can have signed anything before it.
 */
export async function enqueueVersionsInForce(now: Date) {
  const due = await db.pactVersion.findMany({
    where: { version: { gt: 1 }, validFrom: { lte: now } },
    select: { id: true, municipalityId: true, version: true },
  });
  if (due.length === 0) return { versions: 0, organisations: 0 };
  const handled = await db.auditLog.findMany({
    where: { action: IN_FORCE_ACTION, entityType: "pact_version", entityId: { in: due.map((v) => v.id) } },
    select: { entityId: true },
  });
  const handledIds = new Set(handled.map((a) => a.entityId));
  let versions = 0;
  let organisations = 0;
  for (const version of due) {
    if (handledIds.has(version.id)) continue;
    const count = await db.$transaction((tx) => enqueueStandingChanges(tx, version, now));
    if (count === null) continue;
    versions += 1;
    organisations += count;
  }
  return { versions, organisations };
}
