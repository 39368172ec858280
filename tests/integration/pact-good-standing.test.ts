// Good standing (DESIGN §3.2) is one definition: an approved signature on the pact
// version in force, or on the version it replaced until the re-signing deadline. After
// that deadline, an organisation that signed only the old one leaves the signatory list
// (page, CSV, JSON, API), the home page count, loses "signatory since" and the pact
// badge and filter in search.
import { describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { runJob } from "~/jobs/scheduler.server";
import { loader as apiSignatoriesLoader } from "~/routes/api/publishing/signatories";
import { loader as apiStagesLoader } from "~/routes/api/search/stages";
import { loader as homeLoader } from "~/routes/public/home";
import { loader as csvLoader } from "~/routes/public/publishing/signatories-csv";
import { loader as jsonLoader } from "~/routes/public/publishing/signatories-json";
import { loader as pageLoader } from "~/routes/public/publishing/signatories";
import { loader as stageLoader } from "~/routes/public/search/stage";
import { standingOf } from "~/services/pact/pact.server";
import { loadGoodStandingWhere } from "~/services/pact/pact-standing.server";
import { createPactVersion } from "~/services/pact/pact-versions.server";
import { getSignatoryLists, liveSignatoryRows } from "~/services/signatories/signatories.server";
import { ensureSearchIndex, relayOutbox } from "~/search/search.server";
import { db } from "~/utils/db.server";
import { get, loaderArgs } from "../helpers/requests";

const DAY = 86_400_000;
const amsterdamDate = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(d);

type StageItem = { id: string; organisation: string; pactSignatory: boolean; pactSignatorySince: string | null };
type StagesPage = { total: number; next: string | null; items: StageItem[] };

/** Every hit of the open-data search API for this query string, page by page. */
async function allStages(qs: string): Promise<StageItem[]> {
  const items: StageItem[] = [];
  for (let page = 1; ; page++) {
    const body = (await (await apiStagesLoader(loaderArgs(get(`/api/v1/stages?${qs}&pagina=${page}`)))).json()) as StagesPage;
    items.push(...body.items);
    if (!body.next) return items;
  }
}

async function csvNames() {
  const text = await (await csvLoader(loaderArgs(get("/stagepact/ondertekenaars.csv")))).text();
  return text
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((l) => l.split(",")[0]);
}

type SignatoryJson = { lists: { municipality: string; signatories: { name: string }[] }[] };
const jsonNames = (body: SignatoryJson) => body.lists.flatMap((l) => l.signatories.map((s) => s.name));

async function inGoodStandingByRule(now: Date) {
  const organisations = await db.organisation.findMany({ select: { id: true, municipalityId: true } });
  const ids: string[] = [];
  for (const o of organisations) if ((await standingOf(db, o, now)) === "approved") ids.push(o.id);
  return ids.sort();
}

async function inGoodStandingByQuery(now: Date) {
  const rows = await db.organisation.findMany({ where: await loadGoodStandingWhere(db, now), select: { id: true } });
  return rows.map((r) => r.id).sort();
}

function newVersion(municipalityId: string, validFrom: string) {
  return {
    municipalityId,
    titleNl: "Stagepact, tweede versie",
    titleEn: "Internship pact, second version",
    textNl: "Wij betalen elke stagiair minstens het bedrag van de regeling.",
    textEn: "We pay every intern at least the amount of the rule.",
    commitmentsNl: ["Minimaal de stagevergoeding", "Een praktijkopleider"],
    commitmentsEn: ["At least the allowance", "A workplace trainer"],
    validFrom,
  };
}

describe("one definition of a signatory in good standing", () => {
  it("the query shape and the domain rule agree on the seed", async () => {
    const now = new Date();
    const byRule = await inGoodStandingByRule(now);
    expect(byRule.length).toBeGreaterThan(30);
    expect(await inGoodStandingByQuery(now)).toEqual(byRule);
  });

  it("an approved signatory on a version replaced longer ago than the re-signing period leaves the list, the count, signatory since and search", async () => {
    await ensureSearchIndex();
    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@stagepact.test" } });
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const internship = await db.internship.findFirstOrThrow({ where: { organisationId: keuken.id, status: "published" } });
    const stagePage = async () =>
      (
        (await stageLoader({ ...loaderArgs(get(`/stages/${internship.id}`)), params: { id: internship.id } })) as {
          internship: { signatorySince: string | null };
        }
      ).internship;
    const home = async () => ((await homeLoader(loaderArgs(get("/")))) as { stats: { signatories: number } }).stats.signatories;

    // Before: listed everywhere, counted, badged.
    expect(await csvNames()).toContain("De Keuken van West");
    const homeBefore = await home();
    expect((await stagePage()).signatorySince).not.toBeNull();
    const badgedBefore = await allStages("pact=1");
    expect(badgedBefore.some((i) => i.organisation === "De Keuken van West")).toBe(true);

    // Amsterdam's organisations that signed the current version, Almere's stay.
    const amsterdamSignatories = await db.organisation.findMany({
      where: { municipalityId: amsterdam.id, signatures: { some: { status: "approved" } } },
      select: { id: true, name: true },
    });
    expect(amsterdamSignatories.length).toBeGreaterThan(0);
    const pendingBefore = await db.searchOutbox.count({ where: { processedAt: null } });

    const now = new Date();
    // In force since 70 days: the 60-day re-signing deadline has passed.
    expect(amsterdam.resignPeriodDays).toBe(60);
    await createPactVersion(admin.id, newVersion(amsterdam.id, amsterdamDate(new Date(now.getTime() - 70 * DAY))), now);

    // The outbox holds one row per organisation that lost its standing, written with the version.
    const rows = await db.searchOutbox.findMany({ where: { processedAt: null, entityType: "organisation" }, select: { entityId: true } });
    expect(rows.map((r) => r.entityId).sort()).toEqual(amsterdamSignatories.map((o) => o.id).sort());
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(pendingBefore + amsterdamSignatories.length);
    // The job sees the version as handled and adds nothing.
    await runJob(
      jobs.find((j) => j.name === "pact-version-search-sync")!,
      new Date(),
    );
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(pendingBefore + amsterdamSignatories.length);

    // The list in every format.
    const csv = await csvNames();
    expect(csv).not.toContain("De Keuken van West");
    for (const o of amsterdamSignatories) expect(csv).not.toContain(o.name);
    expect(csv.length).toBeGreaterThan(0); // Almere's signatories are still there.
    const json = (await (await jsonLoader(loaderArgs(get("/stagepact/ondertekenaars.json")))).json()) as SignatoryJson;
    const api = (await (await apiSignatoriesLoader(loaderArgs(get("/api/v1/ondertekenaars")))).json()) as SignatoryJson;
    expect(jsonNames(json)).toEqual(csv);
    expect(jsonNames(api)).toEqual(csv);
    expect(json.lists.find((l) => l.municipality === "Amsterdam")?.signatories).toEqual([]);
    const page = (await pageLoader(loaderArgs(get("/stagepact/ondertekenaars")))) as { lists: { municipality: { name: string }; rows: unknown[] }[] };
    expect(page.lists.find((l) => l.municipality.name === "Amsterdam")?.rows).toEqual([]);

    // The home page count and "signatory since" on the internship page.
    expect(await home()).toBe(homeBefore - amsterdamSignatories.length);
    expect((await stagePage()).signatorySince).toBeNull();

    // Search follows once the outbox is relayed: no badge, not found with the pact filter.
    expect((await relayOutbox(new Date())).failed).toBe(0);
    const badgedAfter = await allStages("pact=1");
    expect(badgedAfter.some((i) => i.organisation === "De Keuken van West")).toBe(false);
    const amsterdamNames = new Set(amsterdamSignatories.map((o) => o.name));
    expect(badgedAfter.some((i) => amsterdamNames.has(i.organisation))).toBe(false);
    expect(badgedAfter.length).toBeGreaterThan(0);
    const own = (await allStages("")).filter((i) => i.organisation === "De Keuken van West");
    expect(own.length).toBeGreaterThan(0);
    for (const item of own) expect(item).toMatchObject({ pactSignatory: false, pactSignatorySince: null });

    // The query shape still agrees with the rule after the change.
    expect(await inGoodStandingByQuery(new Date())).toEqual(await inGoodStandingByRule(new Date()));
  });

  it("a version that starts later is picked up by the job once it is in force, once", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@stagepact.test" } });
    const almere = await db.municipality.findUniqueOrThrow({ where: { slug: "almere" } });
    const almereSignatories = await db.organisation.findMany({
      where: { municipalityId: almere.id, signatures: { some: { status: "approved" } } },
      select: { id: true },
    });
    expect(almereSignatories.length).toBeGreaterThan(0);
    const now = new Date();
    const start = amsterdamDate(new Date(now.getTime() + 10 * DAY));
    const version = await createPactVersion(admin.id, newVersion(almere.id, start), now);
    const job = jobs.find((j) => j.name === "pact-version-search-sync")!;
    const queued = () =>
      db.searchOutbox.findMany({ where: { processedAt: null, entityType: "organisation", entityId: { in: almereSignatories.map((o) => o.id) } } });

    // Nothing changes at creation: the old version is still in force.
    expect(await queued()).toEqual([]);
    expect(await runJob(job, now)).toEqual({ versions: 0, organisations: 0 });
    expect(await queued()).toEqual([]);
    expect((await liveSignatoryRows(almere.id, now)).length).toBe(almereSignatories.length);

    // After the start: the job enqueues every organisation that lost its standing, and only once.
    const later = new Date(version.validFrom.getTime() + 60 * 60_000);
    expect(await runJob(job, later)).toEqual({ versions: 1, organisations: almereSignatories.length });
    expect((await queued()).map((r) => r.entityId).sort()).toEqual(almereSignatories.map((o) => o.id).sort());
    expect(await runJob(job, new Date(later.getTime() + DAY))).toEqual({ versions: 0, organisations: 0 });
    expect((await queued()).length).toBe(almereSignatories.length);
    expect(await db.auditLog.count({ where: { action: "pact_version.in_force", entityId: version.id } })).toBe(1);

    // Within the re-signing deadline the old signatures still count.
    expect((await liveSignatoryRows(almere.id, later)).length).toBe(almereSignatories.length);
    expect(await inGoodStandingByQuery(later)).toEqual(await inGoodStandingByRule(later));

    // After it the list, the counts and the rule agree that nobody in Almere is in good standing.
    const pastDeadline = new Date(version.validFrom.getTime() + (almere.resignPeriodDays + 1) * DAY);
    expect(await liveSignatoryRows(almere.id, pastDeadline)).toEqual([]);
    const { lists } = await getSignatoryLists(pastDeadline.getUTCFullYear(), pastDeadline);
    expect(lists.find((l) => l.municipality.name === "Almere")?.rows ?? []).toEqual([]);
    expect(await inGoodStandingByQuery(pastDeadline)).toEqual(await inGoodStandingByRule(pastDeadline));
  });
});
