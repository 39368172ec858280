// Help with travel costs (issue 16, item 6): per municipality the admin sets a hint that
// internships below its allowance threshold show to students, and the application
// confirmation repeats it.
import { describe, expect, it } from "vitest";
import { action as travelAction, loader as travelLoader } from "~/routes/admin/rules/travel-hint";
import { loader as stageLoader } from "~/routes/public/search/stage";
import { action as applyAction } from "~/routes/student/applications/apply";
import { loader as detailLoader } from "~/routes/student/applications/detail";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf, type SeedAccount } from "../helpers/requests";

type StagePage = { travelHint: { text: string; url: string; allowanceThreshold: number } | null };

async function publishedIn(slug: string) {
  // BOL internships: the hint is about a low monthly allowance, which BBL places do not have.
  return db.internship.findMany({ where: { status: "published", route: "BOL", municipality: { slug } }, orderBy: { id: "asc" }, take: 3 });
}

async function stage(id: string, locale: "nl" | "en") {
  return (await stageLoader(loaderArgs(get(`/stages/${id}`, undefined, { "Accept-Language": locale }), { id }))) as unknown as StagePage;
}

const validHint = (municipalityId: string) => ({
  intent: "travel-hint",
  municipalityId,
  textNl: "Woon je in Almere en is je vergoeding laag? Vraag de Almeerse reiskostenregeling aan.",
  textEn: "Do you live in Almere and is your allowance low? Apply for the Almere travel-cost scheme.",
  url: "https://www.almere.nl/stage-reiskosten",
  allowanceThreshold: "450",
});

describe("the travel-cost hint on internship pages", () => {
  it("shows Amsterdam's hint in the page language on an internship below the threshold, and none at or above it", async () => {
    const [below, at, above] = await publishedIn("amsterdam");
    await db.internship.update({ where: { id: below.id }, data: { monthlyAllowance: 499 } });
    await db.internship.update({ where: { id: at.id }, data: { monthlyAllowance: 500 } });
    await db.internship.update({ where: { id: above.id }, data: { monthlyAllowance: 650 } });

    const nl = await stage(below.id, "nl");
    expect(nl.travelHint?.text).toContain("Jongerenfonds");
    expect(nl.travelHint?.text).toContain("OV-abonnement");
    expect(nl.travelHint?.url).toBe("https://www.amsterdam.nl/jongeren/");
    const en = await stage(below.id, "en");
    expect(en.travelHint?.text).toContain("public-transport (OV) subscription");
    expect(en.travelHint?.text).not.toContain("OV-abonnement");

    expect((await stage(at.id, "nl")).travelHint).toBeNull();
    expect((await stage(above.id, "en")).travelHint).toBeNull();
  });

  it("shows nothing in Almere, which has no hint", async () => {
    const [almere] = await publishedIn("almere");
    await db.internship.update({ where: { id: almere.id }, data: { monthlyAllowance: 300 } });
    expect((await stage(almere.id, "nl")).travelHint).toBeNull();
    expect((await stage(almere.id, "en")).travelHint).toBeNull();
  });
});

describe("the application confirmation repeats the hint", () => {
  it("on the application page and in the confirmation mail", async () => {
    const cookie = await cookieFor("student");
    const applied = await db.application.findMany({ where: { student: { user: { email: "student@stagepact.test" } } }, select: { internshipId: true } });
    const internship = await db.internship.findFirstOrThrow({
      where: { status: "published", route: "BOL", municipality: { slug: "amsterdam" }, id: { notIn: applied.map((a) => a.internshipId) } },
      orderBy: { id: "desc" },
    });
    await db.internship.update({ where: { id: internship.id }, data: { monthlyAllowance: 350 } });
    const path = `/student/solliciteren/${internship.id}`;
    const motivation = "Ik wil graag leren hoe een team samenwerkt en mijn vak verder ontwikkelen in de praktijk.";
    const preview = (await applyAction(loaderArgs(post(path, { intent: "preview", motivation }, cookie), { internshipId: internship.id }))) as {
      data: { preview: { pseudonym: string; token: string } };
    };
    const sent = await applyAction(
      loaderArgs(post(path, { intent: "send", motivation, pseudonym: preview.data.preview.pseudonym, token: preview.data.preview.token }, cookie), {
        internshipId: internship.id,
      }),
    );
    expect((sent as Response).status).toBe(302);
    const application = await db.application.findFirstOrThrow({
      where: { internshipId: internship.id, student: { user: { email: "student@stagepact.test" } } },
    });

    const detail = (await detailLoader(
      loaderArgs(get(`/student/sollicitaties/${application.id}`, cookie), { applicationId: application.id }),
    )) as unknown as StagePage;
    expect(detail.travelHint?.text).toContain("Jongerenfonds");
    expect(detail.travelHint?.url).toBe("https://www.amsterdam.nl/jongeren/");

    const receipt = await db.outboundEmail.findFirstOrThrow({ where: { to: "student@stagepact.test", text: { contains: application.pseudonym } } });
    expect(receipt.text).toContain("Jongerenfonds");
    expect(receipt.text).toContain("https://www.amsterdam.nl/jongeren/");
  });
});

describe("the admin sets the hint", () => {
  it("saves a hint for Almere, audited, after which Almere's low internships show it", async () => {
    const admin = await cookieFor("admin");
    const almere = await db.municipality.findUniqueOrThrow({ where: { slug: "almere" } });
    const response = await travelAction(loaderArgs(post("/beheer/reiskosten", validHint(almere.id), admin)));
    expect((response as Response).status).toBe(302);
    const saved = await db.travelCostHint.findUniqueOrThrow({ where: { municipalityId: almere.id } });
    expect(saved.allowanceThreshold).toBe(450);
    expect(saved.url).toBe("https://www.almere.nl/stage-reiskosten");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "travel_hint.save", entityId: saved.id } });
    expect(audit.municipalityId).toBe(almere.id);
    expect(JSON.parse(audit.details)).toMatchObject({ before: null, after: { allowanceThreshold: 450 } });

    const [low] = await publishedIn("almere");
    await db.internship.update({ where: { id: low.id }, data: { monthlyAllowance: 449 } });
    expect((await stage(low.id, "en")).travelHint?.text).toContain("Almere travel-cost scheme");
    await db.internship.update({ where: { id: low.id }, data: { monthlyAllowance: 450 } });
    expect((await stage(low.id, "en")).travelHint).toBeNull();
  });

  it.each([
    { field: "textNl", value: "Te kort", error: "rules:travel.errors.text_length" },
    { field: "textEn", value: "x".repeat(601), error: "rules:travel.errors.text_length" },
    { field: "url", value: "http://www.amsterdam.nl/jongeren/", error: "rules:travel.errors.url_https" },
    { field: "url", value: "javascript:alert(1)", error: "rules:travel.errors.url_https" },
    { field: "allowanceThreshold", value: "0", error: "rules:travel.errors.threshold_range" },
    { field: "allowanceThreshold", value: "2001", error: "rules:travel.errors.threshold_range" },
    { field: "allowanceThreshold", value: "499.50", error: "rules:travel.errors.threshold_range" },
  ])("refuses $field = $value next to the field and stores nothing", async ({ field, value, error }) => {
    const admin = await cookieFor("admin");
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const before = await db.travelCostHint.findUniqueOrThrow({ where: { municipalityId: amsterdam.id } });
    const audits = await db.auditLog.count({ where: { action: "travel_hint.save" } });
    const result = (await travelAction(loaderArgs(post("/beheer/reiskosten", { ...validHint(amsterdam.id), [field]: value }, admin)))) as {
      data: { municipalityId: string; result: { error: Record<string, string[]> } };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.municipalityId).toBe(amsterdam.id);
    expect(result.data.result.error[field]).toEqual([error]);
    expect(await db.travelCostHint.findUniqueOrThrow({ where: { municipalityId: amsterdam.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "travel_hint.save" } })).toBe(audits);
  });

  it.each<SeedAccount>(["officer", "employer", "student"])("refuses the %s with 403", async (account) => {
    const cookie = await cookieFor(account);
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    expect(await statusOf(() => travelLoader(loaderArgs(get("/beheer/reiskosten", cookie))))).toBe(403);
    expect(await statusOf(() => travelAction(loaderArgs(post("/beheer/reiskosten", validHint(amsterdam.id), cookie))))).toBe(403);
    expect(await db.travelCostHint.count({ where: { municipalityId: amsterdam.id, url: "https://www.almere.nl/stage-reiskosten" } })).toBe(0);
  });
});
