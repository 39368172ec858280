import { currentPactVersion, dueResignReminder, isSignatureStatus, liveSignatureOf, resignRequirement, type PactVersionValidity } from "~/domain/pact";
import { formatDate, getI18n, type Locale } from "~/i18n/config";
import { writeAudit } from "~/utils/audit.server";
import { db, type Db, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { queueMail } from "~/services/platform/mail.server";
import { loadOrganisationRecipients } from "~/services/organisations/organisation-mail.server";
import { enqueueSearchUpdate, enqueueSearchUpdates } from "~/search/search-outbox.server";

// Re-signing a new pact version (DESIGN §3.2; rule in domain/pact/resign.ts): the
// resign-deadlines job stores each deadline, sends the two reminders, and when a deadline
// passes tells the search index that the organisation lost its pact badge.

const VALIDITY = { id: true, municipalityId: true, version: true, validFrom: true, validUntil: true } as const;
const LIVE_STATUSES = ["pending", "approved", "changes_requested"];
const OVERDUE_ACTION = "signature.resign_overdue";

type Recipient = { to: string; locale: Locale };

async function recipientsOf(client: Tx | Db, organisationId: string): Promise<Recipient[]> {
  return loadOrganisationRecipients(client, organisationId);
}

export async function runResignDeadlines(now: Date) {
  const summary = { deadlinesSet: 0, reminders: 0, mails: 0, overdue: 0 };
  const municipalities = await db.municipality.findMany({
    select: { id: true, name: true, resignPeriodDays: true, pactVersions: { where: { validFrom: { lte: now } }, select: VALIDITY } },
  });
  for (const m of municipalities) {
    const current = currentPactVersion(m.pactVersions, m.id, now);
    if (!current) continue;
    const candidates = await db.pactSignature.findMany({
      where: { status: { in: LIVE_STATUSES }, pactVersionId: { not: current.id }, organisation: { municipalityId: m.id } },
      select: { organisationId: true },
      distinct: ["organisationId"],
    });
    for (const { organisationId } of candidates) {
      await db.$transaction(async (tx) => {
        const signatures = await tx.pactSignature.findMany({
          where: { organisationId, status: { not: "superseded" } },
          include: { pactVersion: { select: { version: true } }, organisation: { select: { name: true } } },
        });
        const live = liveSignatureOf(signatures);
        if (!live || !isSignatureStatus(live.status) || live.pactVersionId === current.id) return;
        const req = resignRequirement(
          { status: live.status, pactVersionId: live.pactVersionId, resignBy: live.resignBy },
          m.pactVersions,
          m.id,
          m.resignPeriodDays,
          now,
        );
        if (!req.required) return;
        if (live.resignBy === null) {
          await tx.pactSignature.update({ where: { id: live.id }, data: { resignBy: req.resignBy } });
          await writeAudit(tx, {
            actorId: null,
            action: "signature.resign_deadline",
            entityType: "signature",
            entityId: live.id,
            organisationId,
            municipalityId: m.id,
            details: { oldVersion: live.pactVersion.version, newVersion: req.current.version, resignBy: req.resignBy.toISOString() },
          });
          summary.deadlinesSet += 1;
        }
        const due = dueResignReminder(req.resignBy, live.resignReminders, now);
        if (due) {
          for (const r of await recipientsOf(tx, organisationId)) {
            const { t } = getI18n(r.locale);
            const params = {
              municipality: m.name,
              organisation: live.organisation.name,
              version: req.current.version,
              date: formatDate(req.resignBy, r.locale),
              url: `${appUrl()}/werkgever/stagepact`,
            };
            await queueMail(tx, {
              to: r.to,
              subject: t(`resign:mail.reminder_${due.reminder}_subject`, params),
              text: t(`resign:mail.reminder_${due.reminder}_body`, params),
            });
            summary.mails += 1;
          }
          await tx.pactSignature.update({ where: { id: live.id }, data: { resignReminders: due.sentAfter } });
          summary.reminders += 1;
        }
        if (req.overdue && live.status === "approved") {
          // Once per signature: the standing ends at the deadline, the search index must follow.
          const done = await tx.auditLog.findFirst({ where: { action: OVERDUE_ACTION, entityId: live.id }, select: { id: true } });
          if (done) return;
          await enqueueStandingLoss(tx, organisationId);
          await writeAudit(tx, {
            actorId: null,
            action: OVERDUE_ACTION,
            entityType: "signature",
            entityId: live.id,
            organisationId,
            municipalityId: m.id,
            details: { oldVersion: live.pactVersion.version, newVersion: req.current.version, resignBy: req.resignBy.toISOString() },
          });
          summary.overdue += 1;
        }
      });
    }
  }
  return summary;
}

/** The organisation and its published internships go back to the search index (pact badge and filter). */
async function enqueueStandingLoss(tx: Tx, organisationId: string) {
  await enqueueSearchUpdate(tx, "organisation", organisationId);
  const published = await tx.internship.findMany({ where: { organisationId, status: "published" }, select: { id: true } });
  await enqueueSearchUpdates(
    tx,
    "internship",
    published.map((i) => i.id),
  );
}

export type ResignRow = {
  organisationId: string;
  organisation: string;
  oldVersion: number;
  status: string;
  resignBy: Date;
  overdue: boolean;
};

/**
 * For the officer: every organisation of the municipality whose live signature is on a
 * replaced version, with its deadline, overdue ones first, then by deadline and name.
 */
export async function listMustResign(municipalityId: string, now: Date): Promise<{ current: PactVersionValidity | null; rows: ResignRow[] }> {
  const municipality = await db.municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { resignPeriodDays: true, pactVersions: { where: { validFrom: { lte: now } }, select: VALIDITY } },
  });
  const current = currentPactVersion(municipality.pactVersions, municipalityId, now);
  if (!current) return { current: null, rows: [] };
  const organisations = await db.organisation.findMany({
    where: { municipalityId, signatures: { some: { status: { in: LIVE_STATUSES }, pactVersionId: { not: current.id } } } },
    select: {
      id: true,
      name: true,
      signatures: {
        where: { status: { not: "superseded" } },
        select: { status: true, signedAt: true, pactVersionId: true, resignBy: true, pactVersion: { select: { version: true } } },
      },
    },
  });
  const rows: ResignRow[] = [];
  for (const o of organisations) {
    const live = liveSignatureOf(o.signatures);
    if (!live || !isSignatureStatus(live.status)) continue;
    const req = resignRequirement(
      { status: live.status, pactVersionId: live.pactVersionId, resignBy: live.resignBy },
      municipality.pactVersions,
      municipalityId,
      municipality.resignPeriodDays,
      now,
    );
    if (!req.required) continue;
    rows.push({
      organisationId: o.id,
      organisation: o.name,
      oldVersion: live.pactVersion.version,
      status: live.status,
      resignBy: req.resignBy,
      overdue: req.overdue,
    });
  }
  rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.resignBy.getTime() - b.resignBy.getTime() || a.organisation.localeCompare(b.organisation));
  return { current, rows };
}
