import {
  applicableRuleKinds,
  checkPay,
  internshipRoute,
  isHourlyRuleKind,
  minimumsInForce,
  type PayCheckResult,
  type PayMessage,
  type PayRuleKind,
} from "~/domain/pay-code";
import { transitionInternship } from "~/domain/internships";
import type { OrganisationKind } from "~/domain/organisation";
import { startOfAmsterdamDayOf, type CodeAmounts } from "~/domain/pact";
import { writeAudit } from "~/utils/audit.server";
import { db, type Db, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { queueMail } from "~/services/platform/mail.server";
import { loadOrganisationRecipients } from "~/services/organisations/organisation-mail.server";
import { serverT } from "~/i18n/server-i18n.server";
import { loadPayRules } from "./rules.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

export { loadPayRules };

const DAY_MS = 86_400_000;

/**
 * Midnight in Amsterdam at the start of a calendar day ("2027-01-01"). Rules and pact
 * versions start on a day as the municipality means it, not on a UTC day. The one
 * implementation lives in the pact domain.
 */
export const startOfAmsterdamDay = startOfAmsterdamDayOf;

/**
 * The amounts every page, text and e-mail quotes for this municipality at `now`: the
 * pact minimum and the municipal code in force, and the full-time week they are for.
 */
export async function currentCodeAmounts(municipalityId: string, now: Date, client: Tx | Db = db): Promise<CodeAmounts> {
  const municipality = await client.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { fullTimeHours: true } });
  const minimums = minimumsInForce(await loadPayRules(client, municipalityId), municipalityId, now);
  return { pactMinimum: minimums.pact, municipalMinimum: minimums.municipal_code, fullTimeHours: municipality.fullTimeHours };
}

/** The hourly amounts for BBL places in force at `now` (cents), for pages that quote them. */
export async function currentWageAmounts(municipalityId: string, now: Date, client: Tx | Db = db) {
  const minimums = minimumsInForce(await loadPayRules(client, municipalityId), municipalityId, now);
  return { livingWageCents: minimums.living_wage, minimumWageCents: minimums.minimum_wage };
}

/** The same for every municipality, by name, for pages that are about none in particular. */
export async function codeAmountsPerMunicipality(now: Date): Promise<(CodeAmounts & { slug: string; name: string })[]> {
  const municipalities = await db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
  return Promise.all(municipalities.map(async (m) => ({ slug: m.slug, name: m.name, ...(await currentCodeAmounts(m.id, now)) })));
}

/**
 * The full-time minimum an organisation's internships are held to at `now` (the higher
 * of the kinds that apply to it), for the hint next to the allowance field.
 */
export async function codeMinimumForOrganisation(organisationId: string, now: Date): Promise<{ minimum: number; fullTimeHours: number } | null> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { kind: true, municipalityId: true } });
  const amounts = await currentCodeAmounts(organisation.municipalityId, now);
  const byKind: Record<string, number | null> = { pact: amounts.pactMinimum, municipal_code: amounts.municipalMinimum };
  const applicable = applicableRuleKinds(organisation.kind as OrganisationKind, "BOL").flatMap((k) => (byKind[k] == null ? [] : [byKind[k]]));
  return applicable.length ? { minimum: Math.max(...applicable), fullTimeHours: amounts.fullTimeHours } : null;
}

/** The hourly minimum in cents an organisation's BBL places are held to at `now`, for the hint next to the wage field. */
export async function wageMinimumForOrganisation(organisationId: string, now: Date): Promise<number | null> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { kind: true, municipalityId: true } });
  const minimums = minimumsInForce(await loadPayRules(db, organisation.municipalityId), organisation.municipalityId, now);
  const applicable = applicableRuleKinds(organisation.kind as OrganisationKind, "BBL").flatMap((k) => (minimums[k] === null ? [] : [minimums[k]]));
  return applicable.length ? Math.max(...applicable) : null;
}

/** The pay terms of an internship as stored: the route and the one amount it has. */
export type StoredPay = { route: string | null; hoursPerWeek: number; monthlyAllowance: number | null; hourlyWageCents: number | null };

/** The pay check for an organisation's internship at `at`: loads the data, the domain decides. */
export async function checkOrganisationPay(
  client: Tx | Db,
  organisation: { kind: string; municipalityId: string },
  pay: StoredPay,
  at: Date,
): Promise<PayCheckResult> {
  const municipality = await client.municipality.findUniqueOrThrow({ where: { id: organisation.municipalityId }, select: { fullTimeHours: true } });
  return checkPay({
    organisationKind: organisation.kind as OrganisationKind,
    route: internshipRoute(pay.route),
    hoursPerWeek: pay.hoursPerWeek,
    monthlyAllowance: pay.monthlyAllowance ?? null,
    hourlyWageCents: pay.hourlyWageCents ?? null,
    fullTimeHours: municipality.fullTimeHours,
    municipalityId: organisation.municipalityId,
    rules: await loadPayRules(client, organisation.municipalityId),
    at,
  });
}

/** The columns that store a check result on an internship (DESIGN §3.1). */
export function payCheckColumns(result: PayCheckResult) {
  if (result.status !== "checked") {
    return {
      payCheckCompliant: false,
      payCheckRuleId: null,
      payCheckRuleKind: null,
      payCheckVersion: null,
      payCheckRequired: null,
      payCheckAt: result.checkedAt,
    };
  }
  return {
    payCheckCompliant: result.compliant,
    payCheckRuleId: result.ruleId,
    payCheckRuleKind: result.ruleKind,
    payCheckVersion: result.ruleVersion,
    payCheckRequired: result.requiredAmount,
    payCheckAt: result.checkedAt,
  };
}

export function parseFlagReason(value: string | null): PayMessage | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as PayMessage;
    return typeof parsed.key === "string" ? { key: parsed.key, params: parsed.params ?? {} } : null;
  } catch {
    return null;
  }
}

// ───────────── Admin: rules per municipality ─────────────

export function listRulesForAdmin() {
  return db.municipality.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      fullTimeHours: true,
      gracePeriodDays: true,
      payRules: { orderBy: [{ kind: "asc" }, { version: "desc" }] },
    },
  });
}

export class RuleDateError extends Error {
  constructor() {
    super("a new rule must start after the current one");
  }
}

/**
 * A new version of a rule: the open-ended previous version ends the day this one
 * starts, so exactly one version is in force at any instant.
 */
export async function createPayRule(
  actorId: string,
  input: { municipalityId: string; kind: PayRuleKind; monthlyMinimum?: number; hourlyMinimum?: number; validFrom: string; note?: string },
) {
  const validFrom = startOfAmsterdamDay(input.validFrom);
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: input.municipalityId }, select: { id: true } });
    const previous = await tx.payRule.findFirst({ where: { municipalityId: municipality.id, kind: input.kind }, orderBy: { version: "desc" } });
    if (previous && previous.validFrom.getTime() >= validFrom.getTime()) throw new RuleDateError();
    if (previous && (previous.validUntil === null || previous.validUntil > validFrom)) {
      await tx.payRule.update({ where: { id: previous.id }, data: { validUntil: validFrom } });
    }
    const rule = await tx.payRule.create({
      data: {
        municipalityId: municipality.id,
        kind: input.kind,
        // One amount, in the kind's unit; the other stays empty.
        monthlyMinimum: isHourlyRuleKind(input.kind) ? null : (input.monthlyMinimum ?? null),
        hourlyMinimumCents: isHourlyRuleKind(input.kind) ? (input.hourlyMinimum ?? null) : null,
        version: (previous?.version ?? 0) + 1,
        validFrom,
        note: input.note ?? null,
        createdById: actorId,
      },
    });
    await writeAudit(tx, {
      actorId,
      action: "pay_rule.create",
      entityType: "pay_rule",
      entityId: rule.id,
      municipalityId: municipality.id,
      details: {
        kind: rule.kind,
        monthlyMinimum: rule.monthlyMinimum,
        hourlyMinimumCents: rule.hourlyMinimumCents,
        version: rule.version,
        validFrom: input.validFrom,
      },
    });
    return rule;
  });
}

export async function updateMunicipalitySettings(actorId: string, input: { municipalityId: string; fullTimeHours: number; gracePeriodDays: number }) {
  return db.$transaction(async (tx) => {
    const before = await tx.municipality.findUniqueOrThrow({ where: { id: input.municipalityId } });
    await tx.municipality.update({
      where: { id: before.id },
      data: { fullTimeHours: input.fullTimeHours, gracePeriodDays: input.gracePeriodDays },
    });
    await writeAudit(tx, {
      actorId,
      action: "municipality.settings",
      entityType: "municipality",
      entityId: before.id,
      municipalityId: before.id,
      details: {
        fullTimeHours: [before.fullTimeHours, input.fullTimeHours],
        gracePeriodDays: [before.gracePeriodDays, input.gracePeriodDays],
      },
    });
  });
}

// ───────────── The re-check after new rules (job "recheck-pay-rules") ─────────────

async function organisationRecipients(tx: Tx, organisationId: string) {
  return loadOrganisationRecipients(tx, organisationId);
}

export type RecheckSummary = { checked: number; flagged: number; cleared: number; unpublished: number; updated: number };

/**
 * Checks every published internship again against the rules in force at `now`.
 * Falling short: flagged, the organisation told, unpublished once the municipality's
 * grace period has passed. Meeting the code again (a raised allowance, a corrected
 * rule): the flag goes. Idempotent, so the schedule can run it as often as it likes.
 * With `organisationId`, only that organisation's internships: an approved change of
 * its kind puts it under another minimum at once.
 */
export async function recheckPublishedInternships(
  now: Date,
  { municipalityId, organisationId }: { municipalityId?: string; organisationId?: string } = {},
): Promise<RecheckSummary> {
  const summary: RecheckSummary = { checked: 0, flagged: 0, cleared: 0, unpublished: 0, updated: 0 };
  const municipalities = await db.municipality.findMany({
    where: municipalityId ? { id: municipalityId } : {},
    select: { id: true, gracePeriodDays: true, fullTimeHours: true },
  });
  for (const municipality of municipalities) {
    const rules = await loadPayRules(db, municipality.id);
    const internships = await db.internship.findMany({
      where: { municipalityId: municipality.id, status: "published", ...(organisationId ? { organisationId } : {}) },
      select: {
        id: true,
        title: true,
        status: true,
        route: true,
        hoursPerWeek: true,
        monthlyAllowance: true,
        hourlyWageCents: true,
        organisationId: true,
        payCheckRuleId: true,
        payCheckCompliant: true,
        flaggedAt: true,
        unpublishAfter: true,
        organisation: { select: { kind: true } },
      },
    });
    for (const internship of internships) {
      summary.checked++;
      const result = checkPay({
        organisationKind: internship.organisation.kind as OrganisationKind,
        route: internshipRoute(internship.route),
        hoursPerWeek: internship.hoursPerWeek,
        monthlyAllowance: internship.monthlyAllowance,
        hourlyWageCents: internship.hourlyWageCents,
        fullTimeHours: municipality.fullTimeHours,
        municipalityId: municipality.id,
        rules,
        at: now,
      });
      if (result.compliant) {
        if (internship.flaggedAt || internship.payCheckRuleId !== (result.status === "checked" ? result.ruleId : null)) {
          await db.$transaction(async (tx) => {
            await tx.internship.update({
              where: { id: internship.id },
              data: { ...payCheckColumns(result), flaggedAt: null, flagReason: null, unpublishAfter: null },
            });
            if (internship.flaggedAt) {
              await writeAudit(tx, {
                actorId: null,
                action: "internship.flag_cleared",
                entityType: "internship",
                entityId: internship.id,
                organisationId: internship.organisationId,
                municipalityId: municipality.id,
              });
            }
            await enqueueSearchUpdate(tx, "internship", internship.id);
          });
          if (internship.flaggedAt) summary.cleared++;
          else summary.updated++;
        }
        continue;
      }
      if (!internship.flaggedAt) {
        const unpublishAfter = new Date(now.getTime() + municipality.gracePeriodDays * DAY_MS);
        await db.$transaction(async (tx) => {
          await tx.internship.update({
            where: { id: internship.id },
            data: {
              ...payCheckColumns(result),
              flaggedAt: now,
              flagReason: JSON.stringify(result.message),
              unpublishAfter,
            },
          });
          await writeAudit(tx, {
            actorId: null,
            action: "internship.flag",
            entityType: "internship",
            entityId: internship.id,
            organisationId: internship.organisationId,
            municipalityId: municipality.id,
            details: { reason: result.message, unpublishAfter: unpublishAfter.toISOString() },
          });
          // The stored pay check (rule and required amount) is part of the search document.
          await enqueueSearchUpdate(tx, "internship", internship.id);
          for (const r of await organisationRecipients(tx, internship.organisationId)) {
            const t = await serverT(r.locale);
            await queueMail(tx, {
              to: r.to,
              subject: t("employer:mail.flagged_subject", { title: internship.title }),
              text: t("employer:mail.flagged_body", {
                title: internship.title,
                reason: t(result.message.key, result.message.params),
                date: unpublishAfter.toISOString().slice(0, 10),
                url: `${appUrl()}/werkgever/stages/${internship.id}`,
              }),
            });
          }
        });
        summary.flagged++;
        continue;
      }
      const offline = transitionInternship(internship.status, "take_offline");
      if (offline && internship.unpublishAfter && internship.unpublishAfter.getTime() <= now.getTime()) {
        await db.$transaction(async (tx) => {
          await tx.internship.update({
            where: { id: internship.id },
            data: { ...payCheckColumns(result), status: offline, unpublishedAt: now, flagReason: JSON.stringify(result.message) },
          });
          await writeAudit(tx, {
            actorId: null,
            action: "internship.unpublish_after_grace",
            entityType: "internship",
            entityId: internship.id,
            organisationId: internship.organisationId,
            municipalityId: municipality.id,
            details: { reason: result.message },
          });
          await enqueueSearchUpdate(tx, "internship", internship.id);
          for (const r of await organisationRecipients(tx, internship.organisationId)) {
            const t = await serverT(r.locale);
            await queueMail(tx, {
              to: r.to,
              subject: t("employer:mail.unpublished_subject", { title: internship.title }),
              text: t("employer:mail.unpublished_body", {
                title: internship.title,
                reason: t(result.message.key, result.message.params),
                url: `${appUrl()}/werkgever/stages/${internship.id}`,
              }),
            });
          }
        });
        summary.unpublished++;
      }
    }
  }
  return summary;
}
