import { statusesAllowing, transitionInternship } from "~/domain/internships";
import type { PayMessage } from "~/domain/pay-code";
import { writeAudit } from "~/utils/audit.server";
import type { Tx } from "~/utils/db.server";
import { organisationMayPublish } from "~/services/pact/pact.server";
import { checkOrganisationPay, payCheckColumns } from "~/services/pay-code/pay-rules.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

// What a suspension does to an organisation's internships, and what lifting it undoes
// (docs/decisions/014-lifting-a-suspension.md). The suspension marks the internships it
// takes offline in flagReason, so lifting republishes exactly those and never one the
// employer took offline itself.

/** flagReason of an internship the suspension took offline; not JSON, so no pay message. */
export const TAKEN_OFFLINE_BY_SUSPENSION = "suspended";

export function takenOfflineBySuspension(internship: { status: string; flagReason: string | null }) {
  return internship.status === "unpublished" && internship.flagReason === TAKEN_OFFLINE_BY_SUSPENSION;
}

/**
 * Takes the organisation's published internships offline. A suspension marks them so they
 * can come back; a revocation is final and leaves no marker. Any pay flag is dropped: the
 * lift runs a fresh check with the rule in force then.
 */
export async function takeInternshipsOffline(tx: Tx, organisationId: string, now: Date, mark: boolean): Promise<string[]> {
  const published = await tx.internship.findMany({
    where: { organisationId, status: { in: statusesAllowing("take_offline") } },
    select: { id: true, status: true },
  });
  const taken: string[] = [];
  for (const i of published) {
    const status = transitionInternship(i.status, "take_offline");
    if (!status) continue;
    await tx.internship.update({
      where: { id: i.id },
      data: { status, unpublishedAt: now, ...(mark ? { flagReason: TAKEN_OFFLINE_BY_SUSPENSION, flaggedAt: null, unpublishAfter: null } : {}) },
    });
    await enqueueSearchUpdate(tx, "internship", i.id);
    taken.push(i.id);
  }
  return taken;
}

export type LiftOutcome = {
  republished: { id: string; title: string }[];
  stillOffline: { id: string; title: string; reason: PayMessage }[];
};

const NO_STANDING: PayMessage = { key: "verification:lifted.no_standing", params: {} };

/**
 * After the signature is approved again: each internship the suspension took offline gets
 * a fresh pay check with the rule in force at `now`. Passing ones are published again;
 * the others stay offline, flagged with the check's sentence so the employer's pages say
 * what to change. Runs inside the caller's transaction, with an outbox row and an audit
 * entry per internship.
 */
export async function republishAfterSuspension(tx: Tx, actorId: string, organisationId: string, now: Date): Promise<LiftOutcome> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, kind: true, municipalityId: true } });
  const internships = await tx.internship.findMany({
    where: { organisationId, status: { in: statusesAllowing("restore") }, flagReason: TAKEN_OFFLINE_BY_SUSPENSION },
    orderBy: { title: "asc" },
    select: { id: true, title: true, status: true, route: true, hoursPerWeek: true, monthlyAllowance: true, hourlyWageCents: true },
  });
  const outcome: LiftOutcome = { republished: [], stillOffline: [] };
  if (internships.length === 0) return outcome;
  // A new pact version may have come into force during the suspension; then the
  // organisation signs it first and republishes itself. The marker stays until then.
  if (!(await organisationMayPublish(tx, organisation, now))) {
    outcome.stillOffline = internships.map((i) => ({ id: i.id, title: i.title, reason: NO_STANDING }));
    return outcome;
  }
  for (const internship of internships) {
    const check = await checkOrganisationPay(tx, organisation, internship, now);
    const restored = transitionInternship(internship.status, "restore");
    if (!restored) continue;
    if (check.compliant) {
      await tx.internship.update({
        where: { id: internship.id },
        data: { ...payCheckColumns(check), status: restored, publishedAt: now, unpublishedAt: null, flaggedAt: null, flagReason: null, unpublishAfter: null },
      });
      await writeAudit(tx, {
        actorId,
        action: "internship.republish_after_suspension",
        entityType: "internship",
        entityId: internship.id,
        organisationId,
        municipalityId: organisation.municipalityId,
        details:
          check.status === "checked" ? { ruleId: check.ruleId, ruleKind: check.ruleKind, version: check.ruleVersion, required: check.requiredAmount } : {},
      });
      outcome.republished.push({ id: internship.id, title: internship.title });
    } else {
      await tx.internship.update({
        where: { id: internship.id },
        data: { ...payCheckColumns(check), flaggedAt: now, flagReason: JSON.stringify(check.message), unpublishAfter: null },
      });
      await writeAudit(tx, {
        actorId,
        action: "internship.not_republished_after_suspension",
        entityType: "internship",
        entityId: internship.id,
        organisationId,
        municipalityId: organisation.municipalityId,
        details: { reason: check.message },
      });
      outcome.stillOffline.push({ id: internship.id, title: internship.title, reason: check.message });
    }
    // The stored pay check is part of the search document either way.
    await enqueueSearchUpdate(tx, "internship", internship.id);
  }
  return outcome;
}

/** The lines of the lift mail that say which internships came back and which need the employer. */
export function liftOutcomeText(t: (key: string, params?: Record<string, unknown>) => string, outcome: LiftOutcome): string {
  const parts: string[] = [];
  if (outcome.republished.length > 0) {
    parts.push([t("verification:lifted.republished"), ...outcome.republished.map((i) => `- ${i.title}`)].join("\n"));
  }
  if (outcome.stillOffline.length > 0) {
    parts.push([t("verification:lifted.still_offline"), ...outcome.stillOffline.map((i) => `- ${i.title}: ${t(i.reason.key, i.reason.params)}`)].join("\n"));
  }
  if (parts.length === 0) parts.push(t("verification:lifted.none"));
  return parts.join("\n\n");
}
