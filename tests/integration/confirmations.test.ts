import { describe, expect, it } from "vitest";
import { action as employerAction } from "~/routes/employer/applications/detail";
import { action as publishAction } from "~/routes/municipality/oversight/publish";
import { action as withdrawAction } from "~/routes/student/applications/detail";
import { action as privacyAction } from "~/routes/student/applications/privacy";
import { yearOf } from "~/domain/signatories";
import { db } from "~/utils/db.server";
import { cookieFor, cookieForEmail, loaderArgs, post, SEED_PASSWORDS, statusOf } from "../helpers/requests";

// Irreversible actions take two submits: the first returns what will happen, only the
// second, with confirm=yes, does it. A single crafted POST changes nothing.

const studentCookie = (email: string) => cookieForEmail(email, SEED_PASSWORDS.student);

const employerArgs = (id: string, form: Record<string, string>, cookie: string) =>
  loaderArgs(post(`/werkgever/sollicitaties/${id}`, form, cookie), { applicationId: id });

type Json = { data: Record<string, unknown>; init: { status?: number } | null };

describe("an employer confirms before inviting or rejecting", () => {
  it("inviting without confirmation returns the confirmation and reveals nothing; with it the identity is revealed", async () => {
    const cookie = await cookieFor("employer");
    expect(await employerAction(employerArgs("seed-app-01", { intent: "invite" }, cookie))).toEqual({ confirm: { intent: "invite" } });
    expect(await employerAction(employerArgs("seed-app-01", { intent: "invite", confirm: "no" }, cookie))).toEqual({ confirm: { intent: "invite" } });
    const untouched = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } });
    expect(untouched).toMatchObject({ status: "submitted", identityRevealedAt: null });
    expect(await db.auditLog.count({ where: { entityId: "seed-app-01" } })).toBe(0);

    expect(await statusOf(() => employerAction(employerArgs("seed-app-01", { intent: "invite", confirm: "yes" }, cookie)))).toBe(302);
    const invited = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } });
    expect(invited.status).toBe("invited");
    expect(invited.identityRevealedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: "seed-app-01", action: "application.identity_reveal" } })).toBe(1);
  });

  it("rejecting without confirmation returns the reason to confirm and closes nothing; with it the application is rejected", async () => {
    const cookie = await cookieFor("employer");
    const form = { intent: "reject", reason: "other", reasonText: "We zoeken iemand voor de avonden." };
    expect(await employerAction(employerArgs("seed-app-02", form, cookie))).toEqual({ confirm: { ...form, intent: "reject" } });
    expect(await db.application.findUniqueOrThrow({ where: { id: "seed-app-02" } })).toMatchObject({ status: "in_review", rejectionReason: null });
    expect(await db.outboundEmail.count({ where: { to: "student3@stagepact.test" } })).toBe(0);

    expect(await statusOf(() => employerAction(employerArgs("seed-app-02", { ...form, confirm: "yes" }, cookie)))).toBe(302);
    expect(await db.application.findUniqueOrThrow({ where: { id: "seed-app-02" } })).toMatchObject({
      status: "rejected",
      rejectionReason: "other",
      rejectionText: "We zoeken iemand voor de avonden.",
    });
  });

  it("the confirmation is refused for what could not be done anyway, and for another organisation's application", async () => {
    const cookie = await cookieFor("employer");
    const noText = (await employerAction(employerArgs("seed-app-01", { intent: "reject", reason: "other" }, cookie))) as Json;
    expect(noText.init?.status).toBe(400);
    // seed-app-04 is already rejected.
    expect(await statusOf(() => employerAction(employerArgs("seed-app-04", { intent: "invite" }, cookie)))).toBe(400);
    expect(await statusOf(async () => employerAction(employerArgs("seed-app-01", { intent: "invite" }, await cookieFor("otherEmployer"))))).toBe(404);
  });
});

describe("a student confirms before withdrawing or deleting the account", () => {
  it("withdrawing without confirmation returns the confirmation and keeps the application open; with it it is withdrawn", async () => {
    const cookie = await studentCookie("student2@stagepact.test");
    const args = (form: Record<string, string>) => loaderArgs(post("/student/sollicitaties/seed-app-01", form, cookie), { applicationId: "seed-app-01" });
    const before = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } });
    expect(await withdrawAction(args({ intent: "withdraw" }))).toEqual({ confirm: { intent: "withdraw" } });
    expect(await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } })).toEqual(before);

    expect(await statusOf(() => withdrawAction(args({ intent: "withdraw", confirm: "yes" })))).toBe(302);
    expect((await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } })).status).toBe("withdrawn");
    // Nothing left to confirm once it is withdrawn.
    expect(await statusOf(() => withdrawAction(args({ intent: "withdraw" })))).toBe(302);
  });

  it("deleting without confirmation returns the confirmation and keeps the account; with it the account is gone", async () => {
    const cookie = await studentCookie("student5@stagepact.test");
    expect(await privacyAction(loaderArgs(post("/student/privacy", { intent: "delete" }, cookie)))).toEqual({ confirm: { intent: "delete" } });
    expect(await db.user.count({ where: { email: "student5@stagepact.test" } })).toBe(1);

    expect(await statusOf(() => privacyAction(loaderArgs(post("/student/privacy", { intent: "delete", confirm: "yes" }, cookie))))).toBe(302);
    expect(await db.user.count({ where: { email: "student5@stagepact.test" } })).toBe(0);
  });
});

describe("an officer publishes exactly the list they confirmed", () => {
  const year = String(yearOf(new Date()));
  const publish = (form: Record<string, string>, cookie: string) =>
    publishAction({ request: post("/gemeente/ondertekenaars", form, cookie), params: {}, context: {} });
  type Preview = { data: { formErrors?: string[]; confirm?: { digest: string; rows: { name: string }[] } }; init: { status?: number } | null };

  it("without confirmation it shows the rows and freezes nothing; a changed list is refused; the confirmed list is what is frozen", async () => {
    const cookie = await cookieFor("officer");
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const preview = (await publish({ year }, cookie)) as Preview;
    const names = preview.data.confirm!.rows.map((r) => r.name);
    expect(names).toContain("De Keuken van West");
    expect(preview.data.confirm!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.signatoryListPublication.count({ where: { municipalityId: amsterdam.id } })).toBe(0);

    // A crafted confirm without the digest of a reviewed list is refused.
    expect(await statusOf(() => publish({ year, confirm: "yes" }, cookie))).toBe(400);
    expect(await statusOf(() => publish({ year, confirm: "yes", digest: "0".repeat(64) }, cookie))).toBe(409);
    expect(await db.signatoryListPublication.count({ where: { municipalityId: amsterdam.id } })).toBe(0);

    // An organisation leaves between preview and confirmation: nothing is published, the new list is shown.
    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    await db.pactSignature.updateMany({ where: { organisationId: keuken.id }, data: { status: "suspended" } });
    const changed = (await publish({ year, confirm: "yes", digest: preview.data.confirm!.digest }, cookie)) as Preview;
    expect(changed.init?.status).toBe(409);
    expect(changed.data.formErrors).toEqual(["oversight:publish.changed_error"]);
    expect(changed.data.confirm!.rows.map((r) => r.name)).toEqual(names.filter((n) => n !== "De Keuken van West"));
    expect(await db.signatoryListPublication.count({ where: { municipalityId: amsterdam.id } })).toBe(0);

    expect(await statusOf(() => publish({ year, confirm: "yes", digest: changed.data.confirm!.digest }, cookie))).toBe(302);
    const publication = await db.signatoryListPublication.findFirstOrThrow({ where: { municipalityId: amsterdam.id } });
    expect(JSON.parse(publication.rows)).toEqual(changed.data.confirm!.rows);
  });
});
