import { describe, expect, it } from "vitest";
import { generateReference } from "~/domain/reports";
import { reportDiscrimination } from "~/services/reports/student-report.server";
import { createReport, reporterKeyFor, writeReport, type ReportRow } from "~/services/reports/reports.server";
import { db } from "~/utils/db.server";

// Both ways a report comes in (the reporting point, a student's rejected application) go
// through one writer; these tests are about what that writer guarantees.

async function amsterdam() {
  return db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
}

const bytes = (n: number) => new Uint8Array(8).fill(n);

describe("the one report writer", () => {
  it("draws the reference again when the first one is already taken, instead of failing", async () => {
    const taken = await db.report.findFirstOrThrow({ select: { reference: true } });
    const fresh = generateReference(bytes(7));
    const draws = [taken.reference, fresh];
    const row: ReportRow = {
      type: "complaint",
      category: "no_supervision",
      description: "Niemand begeleidt mij op mijn stage.",
      municipalityId: (await amsterdam()).id,
      organisationId: null,
      language: "nl",
    };
    const report = await db.$transaction((tx) => writeReport(tx, row, {}, () => draws.shift()!));
    expect(report.reference).toBe(fresh);
    expect(draws).toEqual([]);
    expect(await db.report.count({ where: { reference: taken.reference } })).toBe(1);
  });

  it("a report at the reporting point is stored with its audit entry and no actor", async () => {
    const { id, reference } = await createReport({
      type: "discrimination",
      category: "age",
      description: "Ik was te oud voor deze stage, zeiden ze.",
      municipalityId: (await amsterdam()).id,
      organisationText: "Een bakkerij in Noord",
      contactEmail: "Melder@Example.org",
    });
    const stored = await db.report.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      reference,
      organisationText: "Een bakkerij in Noord",
      language: "nl",
      reporterKey: reporterKeyFor({ contactEmail: "melder@example.org" }),
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "report", entityId: id } });
    expect(audit).toMatchObject({ action: "report.create", actorId: null });
    expect(JSON.parse(audit.details)).toEqual({ type: "discrimination", category: "age" });
  });

  it("a student's report from a rejected application counts the student as the same reporter as at the reporting point", async () => {
    const application = await db.application.findUniqueOrThrow({ where: { id: "seed-app-04" }, include: { internship: true } });
    await db.report.deleteMany({ where: { applicationId: application.id } });
    const report = await reportDiscrimination(application.studentId!, application.id, {
      category: "origin",
      description: "Mijn naam was te moeilijk, zeiden ze.",
    });
    const stored = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored).toMatchObject({
      type: "discrimination",
      municipalityId: application.internship.municipalityId,
      organisationId: application.internship.organisationId,
      internshipId: application.internshipId,
      studentId: application.studentId,
      reporterKey: reporterKeyFor({ studentId: application.studentId }),
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "report", entityId: report.id } });
    expect(audit.actorId).toBeNull();
    expect(JSON.parse(audit.details)).toEqual({ type: "discrimination", category: "origin", fromApplication: true });
  });
});
