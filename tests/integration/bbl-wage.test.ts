// Work-based (BBL) places: an hourly gross wage checked against the hourly rules of the
// municipality (living wage, statutory minimum wage), through the employer's real form,
// the admin's rule form, the search index and the open data.
import { describe, expect, it } from "vitest";
import { action as payRulesAction } from "~/routes/admin/rules/pay-rules";
import { loader as apiLoader } from "~/routes/api/search/stages";
import { action as editAction, loader as editLoader } from "~/routes/employer/pact/internship-edit";
import { action as newAction } from "~/routes/employer/pact/internship-new";
import { loader as payCheckLoader } from "~/routes/employer/pact/pay-check";
import { loader as stageLoader } from "~/routes/public/search/stage";
import { loader as pactLoader } from "~/routes/public/stagepact";
import { relayOutbox } from "~/search/search.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

type ActionResult = {
  data: {
    result: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null };
    payCheck: { compliant: boolean; message: { key: string; params: Record<string, number> } } | null;
  };
  init: { status: number };
};
type ApiItem = {
  id: string;
  route: string;
  monthlyAllowance: number | null;
  hourlyWage: number | null;
  requiredByCode: number | null;
  codeRule: string;
  payCheck: string;
  raiseBy: string | null;
};

function form(overrides: Record<string, string | undefined> = {}) {
  const base: Record<string, string | undefined> = {
    intent: "publish",
    title: `Leerbaan monteur ${Math.random().toString(36).slice(2, 8)}`,
    description: "Je werkt vier dagen in onze werkplaats en gaat een dag naar school.",
    qualificationId: "seed-qual-kok",
    level: "3",
    route: "BBL",
    hoursPerWeek: "32",
    hourlyWage: "15,00",
    startDate: "2027-02-01",
    durationWeeks: "40",
    locationCity: "Amsterdam",
    trainerName: "Eva Kok",
    trainerEmail: "eva@dekeukenvanwest.test",
    learningGoals: "Veilig werken\nMonteren",
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

async function submit(fields: Record<string, string>, who: "employer" | "otherEmployer" = "employer") {
  return newAction(loaderArgs(post("/werkgever/stages/nieuw", fields, await cookieFor(who)))) as unknown as Promise<ActionResult & Response>;
}

async function api(qs: string) {
  const response = await apiLoader(loaderArgs(get(`/api/v1/stages?${qs}`)));
  return (await response.json()) as { total: number; items: ApiItem[] };
}

function todayInAmsterdam() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

describe("publishing a BBL place with an hourly wage", () => {
  it("refuses a wage below the statutory minimum with the sentence next to the wage, keeps what was typed, stores nothing", async () => {
    const fields = form({ hourlyWage: "14,00" });
    const result = await submit(fields);
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.hourlyWage).toEqual(["employer:errors.wage_short"]);
    expect(result.data.result.error?.monthlyAllowance ?? null).toBeNull();
    expect(result.data.result.initialValue).toMatchObject({ title: fields.title, hourlyWage: "14,00", route: "BBL" });
    expect(result.data.payCheck).toEqual({
      compliant: false,
      message: { key: "paycode:short.minimum_wage", params: { wage: 14, hours: 32, required: 14.71, shortfall: 0.71 } },
    });
    expect(await db.internship.count({ where: { title: fields.title } })).toBe(0);
  });

  it.each([
    [
      { hourlyWage: undefined, monthlyAllowance: "1200" },
      { hourlyWage: ["validation:wage_required_bbl"], monthlyAllowance: ["validation:allowance_not_for_bbl"] },
    ],
    [{ monthlyAllowance: "1200" }, { monthlyAllowance: ["validation:allowance_not_for_bbl"] }],
    [
      { route: "BOL", hourlyWage: "15,00" },
      { hourlyWage: ["validation:wage_not_for_bol"], monthlyAllowance: ["validation:allowance_required_bol"] },
    ],
    [{ hourlyWage: "14,711" }, { hourlyWage: ["validation:wage_format"] }],
    [{ hourlyWage: "-3" }, { hourlyWage: ["validation:wage_negative"] }],
    [{ hourlyWage: "150" }, { hourlyWage: ["validation:wage_too_high"] }],
    [{ route: undefined }, { route: ["forms:choose_option"] }],
  ] as [Record<string, string | undefined>, Record<string, string[]>][])("refuses %o next to the field", async (overrides, errors) => {
    const fields = form(overrides);
    const result = await submit(fields);
    expect(result.init.status).toBe(400);
    for (const [field, keys] of Object.entries(errors)) expect(result.data.result.error?.[field], field).toEqual(keys);
    expect(await db.internship.count({ where: { title: fields.title } })).toBe(0);
  });

  it("publishes a BBL place at the minimum wage and stores the wage, not an allowance, with the hourly check", async () => {
    const fields = form({ hourlyWage: "14,71" });
    const response = (await submit(fields)) as unknown as Response;
    expect(response.status).toBe(302);
    const row = await db.internship.findFirstOrThrow({ where: { title: fields.title } });
    expect(row).toMatchObject({
      status: "published",
      route: "BBL",
      hourlyWageCents: 1471,
      monthlyAllowance: null,
      payCheckRuleKind: "minimum_wage",
      payCheckRequired: 1471,
      payCheckCompliant: true,
    });

    // The public page and its JobPosting give the hourly wage.
    const page = (await stageLoader(loaderArgs(get(`/stages/${row.id}`), { id: row.id }))) as {
      jobPosting: { baseSalary: { value: { value: number; unitText: string } } };
    };
    expect(page.jobPosting.baseSalary.value).toEqual({ "@type": "QuantitativeValue", value: 14.71, unitText: "HOUR" });

    // Search and the open data: the route facet, the wage, and no monthly allowance.
    await relayOutbox(new Date());
    const bbl = await api(`q=${encodeURIComponent(fields.title)}&leerweg=BBL`);
    expect(bbl.items.map((i) => [i.id, i.route, i.hourlyWage, i.monthlyAllowance, i.codeRule])).toEqual([[row.id, "BBL", 14.71, null, "minimum_wage"]]);
    expect((await api(`q=${encodeURIComponent(fields.title)}&leerweg=BOL`)).total).toBe(0);
    // "At least €… a month" is about allowances: a wage does not meet it.
    expect((await api(`q=${encodeURIComponent(fields.title)}&vergoeding=400`)).total).toBe(0);
  });

  it("holds a subsidised institution's BBL place to the living wage of €19", async () => {
    const short = await submit(form({ hourlyWage: "18,50", trainerEmail: "eva@noorderlicht.test" }), "otherEmployer");
    expect(short.init.status).toBe(400);
    expect(short.data.payCheck?.message).toEqual({ key: "paycode:short.living_wage", params: { wage: 18.5, hours: 32, required: 19, shortfall: 0.5 } });
    const fields = form({ hourlyWage: "19", trainerEmail: "eva@noorderlicht.test" });
    expect(((await submit(fields, "otherEmployer")) as unknown as Response).status).toBe(302);
    expect(await db.internship.findFirstOrThrow({ where: { title: fields.title } })).toMatchObject({ payCheckRuleKind: "living_wage", payCheckRequired: 1900 });
  });

  it("the live check follows the route", async () => {
    const cookie = await cookieFor("employer");
    const bbl = (await payCheckLoader(loaderArgs(get("/werkgever/stages/vergoedingscheck?route=BBL&hoursPerWeek=32&hourlyWage=14,50", cookie)))) as Response;
    expect(((await bbl.json()) as ActionResult["data"]).payCheck?.message.key).toBe("paycode:short.minimum_wage");
    const wrong = (await payCheckLoader(
      loaderArgs(get("/werkgever/stages/vergoedingscheck?route=BBL&hoursPerWeek=32&monthlyAllowance=1200", cookie)),
    )) as Response;
    expect(wrong.status).toBe(400);
  });

  it("switching a place from BBL to BOL keeps no stale wage, and the edit form shows the wage in the reader's format", async () => {
    const fields = form({ hourlyWage: "16,25" });
    expect(((await submit(fields)) as unknown as Response).status).toBe(302);
    const row = await db.internship.findFirstOrThrow({ where: { title: fields.title } });
    const cookie = await cookieFor("employer");
    const loaded = (await editLoader(loaderArgs(get(`/werkgever/stages/${row.id}`, cookie), { id: row.id }))) as {
      defaultValue: Record<string, string | undefined>;
    };
    expect(loaded.defaultValue).toMatchObject({ route: "BBL", hourlyWage: "16,25", monthlyAllowance: undefined });
    const switched = form({ title: fields.title, route: "BOL", hourlyWage: undefined, monthlyAllowance: "450" });
    expect(await statusOf(() => editAction(loaderArgs(post(`/werkgever/stages/${row.id}`, switched, cookie), { id: row.id })))).toBe(302);
    expect(await db.internship.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      route: "BOL",
      monthlyAllowance: 450,
      hourlyWageCents: null,
      payCheckRuleKind: "pact",
    });
  });
});

describe("hourly rules are data the admin keeps, and a raise flags places in search", () => {
  it("refuses an hourly rule without an hourly amount, or with a monthly one, next to the field", async () => {
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const admin = await cookieFor("admin");
    const before = await db.payRule.count();
    const missing = (await payRulesAction(
      loaderArgs(
        post(
          "/beheer/regels",
          { intent: "rule", municipalityId: amsterdam.id, kind: "living_wage", monthlyMinimum: "1900", validFrom: todayInAmsterdam() },
          admin,
        ),
      ),
    )) as unknown as ActionResult;
    expect(missing.init.status).toBe(400);
    expect(missing.data.result.error?.hourlyMinimum).toEqual(["rules:errors.hourly_required"]);
    expect(missing.data.result.error?.monthlyMinimum).toEqual(["rules:errors.monthly_not_for_hourly"]);
    const monthly = (await payRulesAction(
      loaderArgs(
        post("/beheer/regels", { intent: "rule", municipalityId: amsterdam.id, kind: "pact", hourlyMinimum: "19", validFrom: todayInAmsterdam() }, admin),
      ),
    )) as unknown as ActionResult;
    expect(monthly.data.result.error?.hourlyMinimum).toEqual(["rules:errors.hourly_not_for_monthly"]);
    expect(await db.payRule.count()).toBe(before);
  });

  it("a raised living wage flags a published place: the open data says below_new_minimum with the deadline, and the filter hides it", async () => {
    const fields = form({ hourlyWage: "19,00", trainerEmail: "eva@noorderlicht.test" });
    expect(((await submit(fields, "otherEmployer")) as unknown as Response).status).toBe(302);
    const row = await db.internship.findFirstOrThrow({ where: { title: fields.title } });
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const raised = post(
      "/beheer/regels",
      { intent: "rule", municipalityId: amsterdam.id, kind: "living_wage", hourlyMinimum: "19,50", validFrom: todayInAmsterdam() },
      await cookieFor("admin"),
    );
    expect(await statusOf(() => payRulesAction(loaderArgs(raised)))).toBe(302);
    const rule = await db.payRule.findFirstOrThrow({ where: { municipalityId: amsterdam.id, kind: "living_wage" }, orderBy: { version: "desc" } });
    expect(rule).toMatchObject({ version: 2, hourlyMinimumCents: 1950, monthlyMinimum: null });
    const flagged = await db.internship.findUniqueOrThrow({ where: { id: row.id } });
    expect(flagged.flaggedAt).not.toBeNull();
    // The public pact page quotes the hourly amounts in force, in the reader's language.
    const pactNl = (await pactLoader(loaderArgs(get("/stagepact")))) as { wages: { living: string | null; minimum: string | null } | null };
    const plain = (w: typeof pactNl.wages) => JSON.parse(JSON.stringify(w).replace(/\u00a0/g, " "));
    expect(plain(pactNl.wages)).toEqual({ living: "€ 19,50", minimum: "€ 14,71" });
    const pactEn = (await pactLoader(loaderArgs(get("/stagepact", undefined, { "Accept-Language": "en" })))) as typeof pactNl;
    expect(pactEn.wages).toEqual({ living: "€19.50", minimum: "€14.71" });
    expect(flagged.status).toBe("published");

    await relayOutbox(new Date());
    const q = `q=${encodeURIComponent(fields.title)}`;
    const [item] = (await api(q)).items;
    expect(item).toMatchObject({
      payCheck: "below_new_minimum",
      requiredByCode: 19.5,
      codeRule: "living_wage",
      raiseBy: flagged.unpublishAfter!.toISOString().slice(0, 10),
    });
    expect((await api(`${q}&volgens-code=1`)).total).toBe(0);

    // The employer raises the wage: the flag goes, in the database and in search.
    const cookie = await cookieFor("otherEmployer");
    expect(
      await statusOf(() =>
        editAction(loaderArgs(post(`/werkgever/stages/${row.id}`, { ...fields, hourlyWage: "19,50", intent: "save" }, cookie), { id: row.id })),
      ),
    ).toBe(302);
    expect(await db.internship.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ flaggedAt: null, hourlyWageCents: 1950, status: "published" });
    await relayOutbox(new Date());
    expect((await api(`${q}&volgens-code=1`)).items.map((i) => i.payCheck)).toEqual(["meets_code"]);
  });
});

describe("the allowance filter offers the amounts of the rules in force", () => {
  it("raising Amsterdam's pact minimum to €425 adds 425 to the choices on the search page, with its count", async () => {
    const { loader: stagesLoader } = await import("~/routes/public/search/stages");
    const choices = async (qs = "") => {
      const data = (await stagesLoader(loaderArgs(get(`/stages${qs}`)))) as { result: { facets: { allowance: { value: string; count: number }[] } } };
      return data.result.facets.allowance;
    };
    expect((await choices()).map((a) => a.value)).toEqual(["400", "500", "600", "700"]);
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const raise = post(
      "/beheer/regels",
      { intent: "rule", municipalityId: amsterdam.id, kind: "pact", monthlyMinimum: "425", validFrom: todayInAmsterdam() },
      await cookieFor("admin"),
    );
    expect(await statusOf(() => payRulesAction(loaderArgs(raise)))).toBe(302);
    await relayOutbox(new Date());
    const after = await choices();
    expect(after.map((a) => a.value)).toEqual(["400", "425", "500", "600", "700"]);
    const published = await db.internship.findMany({ where: { status: "published" }, select: { monthlyAllowance: true } });
    expect(after.find((a) => a.value === "425")?.count).toBe(published.filter((i) => (i.monthlyAllowance ?? 0) >= 425).length);
    // A link with an amount that is no choice (made before a rule changed) still filters, and shows it.
    expect((await choices("?vergoeding=450")).map((a) => a.value)).toContain("450");
  });
});
