import { describe, expect, it } from "vitest";
import { loader as apiLoader } from "~/routes/api/publishing/signatories";
import { action as publishAction, loader as publishLoader } from "~/routes/municipality/oversight/publish";
import { loader as csvLoader } from "~/routes/public/publishing/signatories-csv";
import { loader as jsonLoader } from "~/routes/public/publishing/signatories-json";
import { loader as pageLoader } from "~/routes/public/publishing/signatories";
import { yearOf } from "~/domain/signatories";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

const year = yearOf(new Date());

type PublishData = { data: { formErrors?: string[]; confirm?: { digest: string; rows: { name: string }[] } }; init: { status?: number } | null };

const publishArgs = (form: Record<string, string>, cookie: string) => ({ request: post("/gemeente/ondertekenaars", form, cookie), params: {}, context: {} });

/** Asks for the confirmation, then confirms the list it showed. */
async function publishConfirmed(cookie: string) {
  const preview = (await publishAction(publishArgs({ year: String(year) }, cookie))) as PublishData;
  return publishAction(publishArgs({ year: String(year), confirm: "yes", digest: preview.data.confirm!.digest }, cookie));
}

function parseCsv(text: string) {
  const [header, ...lines] = text.trimEnd().split("\r\n");
  return { header, rows: lines.map((l) => l.split(",")) };
}

describe("the signatory list", () => {
  it("the CSV holds one row per approved signatory of every municipality, with sector, district, date and active marks", async () => {
    const response = await csvLoader(loaderArgs(get("/stagepact/ondertekenaars.csv")));
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="stagepact-ondertekenaars-${year}.csv"`);
    const { header, rows } = parseCsv(await response.text());
    expect(header).toBe("organisation,sector,municipality,district,signed_on,marks");
    const approved = await db.organisation.findMany({ where: { signatures: { some: { status: "approved" } } }, select: { name: true } });
    expect(rows.map((r) => r[0]).sort()).toEqual(approved.map((o) => o.name).sort());
    const byName = new Map(rows.map((r) => [r[0], r]));
    expect(byName.get("Café De Vijzel")).toEqual([
      "Café De Vijzel",
      "hospitality",
      "Amsterdam",
      "Centrum",
      expect.stringMatching(/^2025-\d\d-\d\d$/),
      "fair_hospitality",
    ]);
    expect(byName.get("Uitzendbureau Werkstart")?.[5]).toBe("sna");
    expect(byName.get("Zorggroep Noorderlicht")?.[5]).toBe("inclusive_employer");
    expect(byName.has("Lunchroom Weesper Zoet")).toBe(false);
    const signature = await db.pactSignature.findFirstOrThrow({ where: { organisation: { name: "De Keuken van West" }, status: "approved" } });
    expect(byName.get("De Keuken van West")?.[4]).toBe(signature.signedAt.toISOString().slice(0, 10));
  });

  it("an officer publishes the year's list; it is frozen and stays the same when an organisation leaves later", async () => {
    const cookie = await cookieFor("officer");
    expect(await statusOf(() => publishAction(publishArgs({ year: String(year - 1) }, cookie)))).toBe(400);
    const preview = (await publishAction(publishArgs({ year: String(year) }, cookie))) as PublishData;
    const digest = preview.data.confirm!.digest;
    expect(await statusOf(() => publishAction(publishArgs({ year: String(year), confirm: "yes", digest }, cookie)))).toBe(302);
    expect(await statusOf(() => publishAction(publishArgs({ year: String(year), confirm: "yes", digest }, cookie)))).toBe(409);
    expect(await statusOf(() => publishAction(publishArgs({ year: String(year) }, cookie)))).toBe(409);
    const before = parseCsv(await (await csvLoader(loaderArgs(get(`/stagepact/ondertekenaars.csv?jaar=${year}`)))).text()).rows;

    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    await db.pactSignature.updateMany({ where: { organisationId: keuken.id }, data: { status: "suspended" } });
    const after = parseCsv(await (await csvLoader(loaderArgs(get(`/stagepact/ondertekenaars.csv?jaar=${year}`)))).text()).rows;
    expect(after).toEqual(before);
    expect(after.some((r) => r[0] === "De Keuken van West")).toBe(true);

    const page = (await pageLoader(loaderArgs(get(`/stagepact/ondertekenaars?jaar=${year}`)))) as {
      lists: { municipality: { name: string }; publishedAt: string | null; rows: unknown[] }[];
    };
    expect(page.lists.map((l) => [l.municipality.name, l.publishedAt !== null])).toEqual([
      ["Almere", false],
      ["Amsterdam", true],
    ]);
    const overview = (await publishLoader(loaderArgs(get("/gemeente/ondertekenaars", cookie)))) as { publications: { year: number }[] };
    expect(overview.publications.map((p) => p.year)).toEqual([year]);
    expect(await db.auditLog.count({ where: { action: "signatories.publish" } })).toBe(1);
  });

  it("an earlier year without a published list is empty, and a malformed year is a 400", async () => {
    const page = (await pageLoader(loaderArgs(get("/stagepact/ondertekenaars?jaar=2019")))) as { lists: unknown[] };
    expect(page.lists).toEqual([]);
    expect(await statusOf(() => pageLoader(loaderArgs(get("/stagepact/ondertekenaars?jaar=abc"))))).toBe(400);
  });

  it("the JSON sibling and the API give the same rows as the CSV, without internal ids", async () => {
    const json = await (await jsonLoader(loaderArgs(get("/stagepact/ondertekenaars.json")))).json();
    const api = await (await apiLoader(loaderArgs(get("/api/v1/ondertekenaars")))).json();
    expect(api).toEqual(json);
    const csv = parseCsv(await (await csvLoader(loaderArgs(get("/stagepact/ondertekenaars.csv")))).text()).rows;
    const names = (json as { lists: { signatories: { name: string }[] }[] }).lists.flatMap((l) => l.signatories.map((s) => s.name));
    expect(names).toEqual(csv.map((r) => r[0]));
    expect(JSON.stringify(json)).not.toContain("organisationId");
  });

  it("only officers can publish, and only for their own municipality", async () => {
    expect(await statusOf(async () => publishAction(publishArgs({ year: String(year) }, await cookieFor("employer"))))).toBe(403);
    const almere = await db.municipality.findUniqueOrThrow({ where: { slug: "almere" } });
    await publishConfirmed(await cookieFor("officerAlmere"));
    const publications = await db.signatoryListPublication.findMany({ where: { year } });
    expect(publications.find((p) => p.municipalityId === almere.id)).toBeDefined();
    const rows = JSON.parse(publications.find((p) => p.municipalityId === almere.id)!.rows) as { municipality: string }[];
    expect(new Set(rows.map((r) => r.municipality))).toEqual(new Set(["Almere"]));
  });
});
