import { describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { updateInternship } from "~/services/internships/internships-employer.server";
import { createPayRule, recheckPublishedInternships, startOfAmsterdamDay } from "~/services/pay-code/pay-rules.server";
import { db } from "~/utils/db.server";

const DAY = 86_400_000;

describe("re-checking published internships after a new pay rule (fixed clock)", () => {
  it("flags what falls short, tells the organisation, unpublishes after the grace period, and a raise clears the flag", async () => {
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@stagepact.test" } });
    await createPayRule(admin.id, { municipalityId: amsterdam.id, kind: "pact", monthlyMinimum: 450, validFrom: "2027-01-01" });
    const starts = startOfAmsterdamDay("2027-01-01");
    expect(starts.toISOString()).toBe("2026-12-31T23:00:00.000Z");

    // The day before the rule starts, nothing changes.
    const before = await recheckPublishedInternships(new Date(starts.getTime() - 1), { municipalityId: amsterdam.id });
    expect(before.flagged).toBe(0);

    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    // Two of its school-based internships at 36 hours pay €420 and €430: enough under
    // the old minimum of €400, short under the new €450.
    const [firstBol, second] = await db.internship.findMany({
      where: { organisationId: keuken.id, status: "published", route: "BOL" },
      orderBy: { id: "asc" },
      take: 2,
    });
    await db.internship.update({ where: { id: second.id }, data: { hoursPerWeek: 36, monthlyAllowance: 430 } });
    const short = await db.internship.update({ where: { id: firstBol.id }, data: { hoursPerWeek: 36, monthlyAllowance: 420 } });
    const mailsBefore = await db.outboundEmail.count();
    const outboxBeforeFlag = await db.searchOutbox.count({ where: { entityType: "internship", entityId: short.id } });

    const now = starts;
    const first = await recheckPublishedInternships(now, { municipalityId: amsterdam.id });
    expect(first.flagged).toBeGreaterThan(0);
    const flagged = await db.internship.findUniqueOrThrow({ where: { id: short.id } });
    expect(flagged.status).toBe("published");
    expect(flagged.flaggedAt?.getTime()).toBe(now.getTime());
    expect(flagged.unpublishAfter?.getTime()).toBe(now.getTime() + amsterdam.gracePeriodDays * DAY);
    expect(JSON.parse(flagged.flagReason ?? "{}")).toMatchObject({
      key: "paycode:short.pact",
      params: { required: 450, shortfall: 450 - (short.monthlyAllowance ?? 0) },
    });
    expect(await db.outboundEmail.count()).toBeGreaterThan(mailsBefore);
    expect(await db.auditLog.count({ where: { entityId: short.id, action: "internship.flag" } })).toBe(1);
    // The new rule and required amount reach the search index (the API and CSV show them).
    expect(await db.searchOutbox.count({ where: { entityType: "internship", entityId: short.id } })).toBe(outboxBeforeFlag + 1);
    // A subsidised organisation at €500 stays untouched by a pact rule of €450.
    const noorderlicht = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    expect(await db.internship.count({ where: { organisationId: noorderlicht.id, flaggedAt: { not: null } } })).toBe(0);

    // Running again is idempotent: no second flag, no second mail.
    const mailsAfterFlag = await db.outboundEmail.count();
    const again = await recheckPublishedInternships(new Date(now.getTime() + DAY), { municipalityId: amsterdam.id });
    expect(again.flagged).toBe(0);
    expect(await db.outboundEmail.count()).toBe(mailsAfterFlag);

    // One day before the grace period ends: still online.
    await recheckPublishedInternships(new Date(now.getTime() + (amsterdam.gracePeriodDays - 1) * DAY), { municipalityId: amsterdam.id });
    expect((await db.internship.findUniqueOrThrow({ where: { id: short.id } })).status).toBe("published");

    // Another flagged internship of the same organisation is fixed by raising its allowance.
    const other = await db.internship.findFirstOrThrow({
      where: { organisationId: keuken.id, status: "published", flaggedAt: { not: null }, id: { not: short.id } },
    });
    const employer = await db.user.findUniqueOrThrow({ where: { email: "werkgever@dekeukenvanwest.test" } });
    const fields = {
      title: other.title,
      description: other.description,
      qualificationId: other.qualificationId!,
      level: other.level,
      route: "BOL" as const,
      hoursPerWeek: other.hoursPerWeek,
      monthlyAllowance: 450,
      startDate: other.startDate,
      durationWeeks: other.durationWeeks,
      locationStreet: other.locationStreet ?? undefined,
      locationCity: other.locationCity,
      trainerName: other.trainerName,
      trainerEmail: other.trainerEmail,
      learningGoals: other.learningGoals,
    };
    await updateInternship(employer.id, keuken.id, other.id, { ...fields, publish: false }, new Date(now.getTime() + 2 * DAY));
    const fixed = await db.internship.findUniqueOrThrow({ where: { id: other.id } });
    expect(fixed).toMatchObject({ status: "published", flaggedAt: null, flagReason: null, unpublishAfter: null, payCheckVersion: 2, payCheckCompliant: true });

    // When the grace period has passed, the one still short goes offline, with outbox, audit and mail.
    const outboxBefore = await db.searchOutbox.count({ where: { entityId: short.id } });
    const late = await recheckPublishedInternships(new Date(now.getTime() + amsterdam.gracePeriodDays * DAY), { municipalityId: amsterdam.id });
    expect(late.unpublished).toBeGreaterThan(0);
    const gone = await db.internship.findUniqueOrThrow({ where: { id: short.id } });
    expect(gone.status).toBe("unpublished");
    expect(await db.searchOutbox.count({ where: { entityId: short.id } })).toBeGreaterThan(outboxBefore);
    expect(await db.auditLog.count({ where: { entityId: short.id, action: "internship.unpublish_after_grace" } })).toBe(1);
    expect((await db.internship.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("published");
  });

  it("is registered as the job recheck-pay-rules", () => {
    expect(jobs.map((j) => j.name)).toContain("recheck-pay-rules");
  });
});
