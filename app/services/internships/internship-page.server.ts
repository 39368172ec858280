import { comparisonMessage, type PayMessage } from "~/domain/pay-code";
import { responseStatsOf } from "~/services/applications/application-response.server";
import { getInternshipForPage } from "~/services/internships/internships-public.server";
import { checkOrganisationPay } from "~/services/pay-code/pay-rules.server";
import { db } from "~/utils/db.server";

// What an internship's page shows, loaded once for the public page and the employer's
// preview, so the preview cannot drift from what students read.

async function loadPage(where: Parameters<typeof getInternshipForPage>[0], now: Date) {
  const internship = await getInternshipForPage(where, now);
  if (!internship) return null;
  const [pay, response] = await Promise.all([
    checkOrganisationPay(db, { kind: internship.organisation.kind, municipalityId: internship.municipalityId }, internship, now),
    // Null below 5 applications in the last 12 months (domain/applications/response.ts).
    responseStatsOf(internship.organisationId, now),
  ]);
  const comparison: PayMessage | null = pay.status === "checked" ? comparisonMessage(pay) : null;
  // Flagged after a raised rule: what the code asks now and the day it goes offline unless raised.
  const belowCode =
    internship.flaggedAt && internship.unpublishAfter && pay.status === "checked" && !pay.compliant
      ? { required: pay.requiredAmount, rule: pay.ruleKind, by: internship.unpublishAfter.toISOString() }
      : null;
  return { internship, pay, comparison, belowCode, response };
}

export type InternshipPage = NonNullable<Awaited<ReturnType<typeof loadPage>>>;

/** A published internship with everything its public page shows. */
export function getPublishedInternshipPage(id: string, now: Date) {
  return loadPage({ id, status: "published" }, now);
}

/** The organisation's own internship, in any status, as its public page would show it. */
export function getOwnInternshipPage(organisationId: string, id: string, now: Date) {
  return loadPage({ id, organisationId }, now);
}
