// The search vocabulary: seeded for every sector and qualification, carried into the
// search documents, and kept by the platform admin on /beheer/zoekwoorden. A save writes
// every published internship it describes to the search outbox in the same transaction.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectors } from "~/domain/organisation";
import { action, loader } from "~/routes/admin/search-vocabulary";
import { loadAllPublished, loadDocuments } from "~/search/documents.server";
import { isValidTerm, parseTerms } from "~/search/vocabulary";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, get, loaderArgs, post, statusOf, type SeedAccount } from "../helpers/requests";

const PATH = "/beheer/zoekwoorden";
const seededQualifications = (JSON.parse(readFileSync(path.resolve("seed/data/qualifications.json"), "utf8")) as { key: string }[]).map(
  (q) => `seed-qual-${q.key}`,
);

const outboxIds = async () => new Set((await db.searchOutbox.findMany({ select: { id: true } })).map((r) => r.id));
/** The internships written to the outbox since `before` (a set of row ids). */
async function enqueuedSince(before: Set<number>) {
  const rows = await db.searchOutbox.findMany({ where: { id: { notIn: [...before] } } });
  for (const r of rows) expect(r).toMatchObject({ entityType: "internship", operation: "upsert", processedAt: null });
  return rows.map((r) => r.entityId).sort();
}
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

async function save(form: Record<string, string>, account: SeedAccount = "admin") {
  return action(loaderArgs(post(PATH, form, await cookieFor(account))));
}

describe("the seeded search vocabulary", () => {
  it("holds valid words for every sector", async () => {
    const rows = await db.sectorVocabulary.findMany();
    expect(rows.map((r) => r.sector).sort()).toEqual([...sectors].sort());
    for (const row of rows) {
      const terms = row.terms.split(",").map((t) => t.trim());
      expect(terms.length, row.sector).toBeGreaterThanOrEqual(15);
      expect(terms.every(isValidTerm), row.sector).toBe(true);
    }
  });

  it("holds valid words for every seeded qualification", async () => {
    const qualifications = await db.qualification.findMany({ where: { id: { in: seededQualifications } } });
    expect(qualifications).toHaveLength(seededQualifications.length);
    for (const q of qualifications) {
      const terms = q.searchTerms.split(",").map((t) => t.trim());
      expect(terms.length, q.id).toBeGreaterThanOrEqual(10);
      expect(terms.every(isValidTerm), q.id).toBe(true);
    }
  });

  it.each<[string, string[]]>([
    ["hospitality", ["horeca", "hospitality", "restaurant", "keuken", "bediening"]],
    ["technology", ["techniek", "technology", "ICT", "software", "engineering"]],
    ["care", ["zorg", "care", "verpleging", "welzijn", "nursing"]],
    ["education", ["onderwijs", "education", "kinderopvang"]],
    ["retail", ["winkel", "retail", "verkoop", "kassa"]],
    ["logistics", ["logistiek", "magazijn", "warehouse", "transport"]],
    ["construction", ["bouw", "construction", "timmeren"]],
    ["creative", ["creatief", "media", "design", "vormgeving"]],
    ["government", ["overheid", "gemeente", "handhaving", "veiligheid"]],
    ["business_services", ["administratie", "kantoor", "office", "HR"]],
  ])("speaks the student's language for %s", async (sector, words) => {
    const row = await db.sectorVocabulary.findUniqueOrThrow({ where: { sector } });
    expect(parseTerms(row.terms)).toEqual(expect.arrayContaining(words));
  });

  it.each<[string, string[]]>([
    ["kok", ["koken", "keuken", "chef", "cook", "cooking"]],
    ["mbo-verpleegkundige", ["verpleging", "verpleegkundige", "nurse", "nursing", "zorg"]],
    ["timmerman", ["timmeren", "hout", "carpenter", "bouw"]],
    ["mediavormgever", ["vormgeving", "grafisch", "design", "designer", "media"]],
    ["handhaver", ["beveiliging", "boa", "toezicht", "security", "handhaving"]],
    ["software-developer", ["programmeren", "programmeur", "coding", "developer", "ICT"]],
  ])("gives qualification %s the words people use for that work", async (key, words) => {
    const q = await db.qualification.findUniqueOrThrow({ where: { id: `seed-qual-${key}` } });
    expect(parseTerms(q.searchTerms)).toEqual(expect.arrayContaining(words));
  });

  it("reaches every search document as keywords: its sector's words and its qualification's", async () => {
    const documents = await loadAllPublished(db, new Date());
    const kok = documents.find((d) => d.qualificationId === "seed-qual-kok" && d.sector === "hospitality");
    expect(kok?.keywords).toEqual(expect.arrayContaining(["horeca", "hospitality", "koken", "chef"]));
    const withoutWords = documents.filter((d) => d.keywords.length === 0);
    expect(withoutWords).toEqual([]);
  });
});

describe("the admin's search words", () => {
  it("saving a sector's words enqueues exactly its published internships, with an audit entry", async () => {
    const before = await outboxIds();
    const response = await save({ intent: "sector", sector: "construction", terms: "bouw, construction, timmeren, Bouw, steigerbouw, bouwkraan" });
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(302);
    expect((response as Response).headers.get("Location")).toBe(PATH);

    const stored = await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "construction" } });
    expect(stored.terms).toBe("bouw, construction, timmeren, steigerbouw, bouwkraan");
    const published = await db.internship.findMany({ where: { status: "published", organisation: { sector: "construction" } }, select: { id: true } });
    expect(published.length).toBeGreaterThan(0);
    expect(await enqueuedSince(before)).toEqual(ids(published));

    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@stagepact.test" } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "search_vocabulary.sector", entityId: "construction" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.details)).toMatchObject({ reindexed: published.length, terms: [expect.stringContaining("metselen"), stored.terms] });

    // What the relay will load for those internships carries the new words.
    const { documents } = await loadDocuments(db, ids(published), new Date());
    for (const d of documents) expect(d.keywords).toEqual(expect.arrayContaining(["steigerbouw", "bouwkraan"]));
    expect(documents.every((d) => !d.keywords.includes("metselen"))).toBe(true);
  });

  it("saving a qualification's words enqueues exactly its published internships, not its drafts", async () => {
    const qualificationId = "seed-qual-kok";
    const all = await db.internship.findMany({ where: { qualificationId }, select: { id: true, status: true } });
    expect(all.some((i) => i.status !== "published")).toBe(true);
    const published = all.filter((i) => i.status === "published");
    const before = await outboxIds();

    expect(await statusOf(() => save({ intent: "qualification", qualificationId, terms: "koken, keuken, chef, wokken, pizzabakker" }))).toBe(302);

    expect((await db.qualification.findUniqueOrThrow({ where: { id: qualificationId } })).searchTerms).toBe("koken, keuken, chef, wokken, pizzabakker");
    expect(await enqueuedSince(before)).toEqual(ids(published));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "search_vocabulary.qualification", entityId: qualificationId } });
    expect(JSON.parse(audit.details)).toMatchObject({
      reindexed: published.length,
      terms: [expect.stringContaining("cooking"), "koken, keuken, chef, wokken, pizzabakker"],
    });
    const { documents } = await loadDocuments(db, ids(published), new Date());
    for (const d of documents) expect(d.keywords).toEqual(expect.arrayContaining(["horeca", "wokken", "pizzabakker"]));
  });

  it("saving the same words again changes nothing and enqueues nothing", async () => {
    const current = (await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "retail" } })).terms;
    const before = await outboxIds();
    const audits = await db.auditLog.count({ where: { action: "search_vocabulary.sector" } });
    expect(await statusOf(() => save({ intent: "sector", sector: "retail", terms: current }))).toBe(302);
    expect(await enqueuedSince(before)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "search_vocabulary.sector" } })).toBe(audits);
  });

  it.each<[string, string, string]>([
    ["a word of one letter", "winkel, x", "vocabulary:errors.term_invalid"],
    ["a word with a symbol", "winkel, <b>shop</b>", "vocabulary:errors.term_invalid"],
    ["more than 60 words", Array.from({ length: 61 }, (_, i) => `winkel${i}`).join(", "), "vocabulary:errors.too_many"],
  ])("refuses %s next to the field, keeps what was typed and stores nothing", async (_case, terms, error) => {
    const stored = (await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "retail" } })).terms;
    const before = await outboxIds();
    const audits = await db.auditLog.count();
    const result = (await save({ intent: "sector", sector: "retail", terms })) as unknown as {
      data: { formId: string; result: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.formId).toBe("sector-retail");
    expect(result.data.result.error?.terms).toEqual([error]);
    expect(result.data.result.initialValue?.terms).toBe(terms);
    expect((await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "retail" } })).terms).toBe(stored);
    expect(await enqueuedSince(before)).toEqual([]);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses bad words for a qualification and stores nothing", async () => {
    const stored = (await db.qualification.findUniqueOrThrow({ where: { id: "seed-qual-timmerman" } })).searchTerms;
    const status = await statusOf(() => save({ intent: "qualification", qualificationId: "seed-qual-timmerman", terms: "hout; zagen" }));
    expect(status).toBe(400);
    expect((await db.qualification.findUniqueOrThrow({ where: { id: "seed-qual-timmerman" } })).searchTerms).toBe(stored);
  });

  it("answers 404 for a qualification that does not exist, and 400 for a sector that does not", async () => {
    expect(await statusOf(() => save({ intent: "qualification", qualificationId: "no-such-qualification", terms: "hout" }))).toBe(404);
    expect(await statusOf(() => save({ intent: "sector", sector: "mining", terms: "mijnbouw" }))).toBe(400);
  });

  it("shows every sector and qualification to the admin", async () => {
    const result = (await loader(loaderArgs(get(PATH, await cookieFor("admin"))))) as Awaited<ReturnType<typeof loader>>;
    expect(result.sectors.map((s) => s.sector)).toEqual([...sectors]);
    expect(result.qualifications.map((q) => q.id)).toEqual(expect.arrayContaining(seededQualifications));
  });
});

describe("who may keep the search words", () => {
  it.each<[SeedAccount | "visitor", number]>([
    ["visitor", 302],
    ["student", 403],
    ["employer", 403],
    ["officer", 403],
    ["admin", 200],
  ])("%s opening the page gets %i", async (who, status) => {
    const cookie = who === "visitor" ? undefined : await cookieFor(who);
    expect(await statusOf(() => loader(loaderArgs(get(PATH, cookie))))).toBe(status);
  });

  it.each<SeedAccount>(["student", "employer", "officer"])("%s saving words gets 403 and changes nothing", async (who) => {
    const before = await outboxIds();
    const stored = (await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "care" } })).terms;
    expect(await statusOf(() => save({ intent: "sector", sector: "care", terms: "gekaapt" }, who))).toBe(403);
    expect(await statusOf(() => save({ intent: "qualification", qualificationId: "seed-qual-kok", terms: "gekaapt" }, who))).toBe(403);
    expect((await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "care" } })).terms).toBe(stored);
    expect((await db.qualification.findUniqueOrThrow({ where: { id: "seed-qual-kok" } })).searchTerms).not.toContain("gekaapt");
    expect(await enqueuedSince(before)).toEqual([]);
  });
});

describe("the search words page over HTTP", () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await startHttpApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it("shows a refused list's error next to its field, linked to it, with what was typed, in Dutch and English", async () => {
    const cookie = await cookieFor("admin");
    for (const [lang, message] of [
      ["nl", "Elk woord heeft 2 tot 40 tekens"],
      ["en", "Each word has 2 to 40 characters"],
    ]) {
      const body = new URLSearchParams({ intent: "sector", sector: "logistics", terms: "magazijn, x!" });
      const response = await fetch(app.base + PATH, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.base, Cookie: `${cookie}; sp_lng=${lang}` },
      });
      expect(response.status).toBe(400);
      const html = await response.text();
      const textarea = /<textarea[^>]*id="(sector-logistics-terms)"[^>]*>([^<]*)<\/textarea>/.exec(html);
      expect(textarea, "the logistics textarea").not.toBeNull();
      expect(textarea![0]).toMatch(/aria-invalid="true"/);
      expect(textarea![2]).toBe("magazijn, x!");
      const describedBy = /aria-describedby="([^"]+)"/.exec(textarea![0])![1].split(" ");
      const errorId = describedBy.find((id) => html.includes(`id="${id}" class="field-error"`));
      expect(errorId).toBeDefined();
      const errorBlock = new RegExp(`id="${errorId}" class="field-error"><p>([^<]+)</p>`).exec(html);
      expect(errorBlock![1]).toContain(message);
      // Only the sent form shows an error.
      expect(html.match(/class="field-error"/g)).toHaveLength(1);
    }
    expect((await db.sectorVocabulary.findUniqueOrThrow({ where: { sector: "logistics" } })).terms).not.toContain("x!");
  });
});
