// The index follows the database through the outbox: publishing, unpublishing and a
// keurmerk reach search only through rows written in the same transaction, relayed
// by the "relay-search-outbox" job.
import { describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { runJob } from "~/jobs/scheduler.server";
import { action as newAction } from "~/routes/employer/pact/internship-new";
import { loader as apiLoader } from "~/routes/api/search/stages";
import { changeInternshipStatus } from "~/services/internships/internships-employer.server";
import { ensureSearchIndex, relayOutbox } from "~/search/search.server";
import { retryDelayMs } from "~/search/relay.server";
import { enqueueSearchUpdate } from "~/search/search-outbox.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post } from "../helpers/requests";

type Api = { total: number; items: { id: string; title: string; keurmerken: string[]; pactSignatory: boolean }[] };

async function api(qs: string): Promise<Api> {
  const response = await apiLoader(loaderArgs(get(`/api/v1/stages?${qs}`)));
  return (await response.json()) as Api;
}

async function pending() {
  return db.searchOutbox.count({ where: { processedAt: null } });
}

describe("the search outbox", () => {
  it("makes a newly published internship findable, and an unpublished one disappear", async () => {
    await ensureSearchIndex();
    const title = `Stage zeppelinmonteur ${Math.random().toString(36).slice(2, 7)}`;
    const cookie = await cookieFor("employer");
    const response = await newAction(
      loaderArgs(
        post(
          "/werkgever/stages/nieuw",
          {
            intent: "publish",
            title,
            description: "Je onderhoudt luchtschepen onder begeleiding.",
            qualificationId: "seed-qual-kok",
            level: "2",
            route: "BOL",
            hoursPerWeek: "36",
            monthlyAllowance: "480",
            startDate: "2027-02-01",
            durationWeeks: "20",
            locationCity: "Amsterdam",
            trainerName: "Ahmed Bouzid",
            trainerEmail: "ahmed@dekeukenvanwest.test",
            learningGoals: "Veilig werken",
          },
          cookie,
        ),
      ),
    ).catch((r: unknown) => r);
    expect(response instanceof Response ? response.status : 0).toBe(302);
    const internship = await db.internship.findFirstOrThrow({ where: { title } });
    expect(internship.status).toBe("published");

    // Not yet relayed: the index does not know it.
    expect((await api("q=zeppelinmonteur")).total).toBe(0);
    expect(await pending()).toBeGreaterThan(0);
    const summary = await relayOutbox(new Date());
    expect(summary.failed).toBe(0);
    expect(await pending()).toBe(0);
    const found = await api("q=zeppelinmonteur");
    expect(found.items.map((i) => i.id)).toEqual([internship.id]);
    expect(found.items[0].pactSignatory).toBe(true);

    const owner = await db.user.findUniqueOrThrow({ where: { email: "werkgever@dekeukenvanwest.test" } });
    await changeInternshipStatus(owner.id, internship.organisationId, internship.id, "unpublished", new Date());
    // Before the relay the index still holds it, but no result, feed or export shows it.
    expect(await pending()).toBeGreaterThan(0);
    expect((await api("q=zeppelinmonteur")).items).toEqual([]);
    await relayOutbox(new Date());
    expect((await api("q=zeppelinmonteur")).total).toBe(0);
  });

  it("shows a keurmerk awarded to an organisation on all its internships once relayed", async () => {
    await ensureSearchIndex();
    // An organisation without any keurmerk yet, with published internships.
    const organisation = await db.organisation.findFirstOrThrow({
      where: { keurmerken: { none: {} }, internships: { some: { status: "published" } } },
    });
    const before = await api("keurmerk=inclusive_employer");
    const own = await db.internship.count({ where: { organisationId: organisation.id, status: "published" } });
    expect(own).toBeGreaterThan(0);
    const now = new Date();
    await db.$transaction(async (tx) => {
      await tx.keurmerkAward.create({
        data: {
          organisationId: organisation.id,
          type: "inclusive_employer",
          status: "awarded",
          validFrom: new Date(now.getTime() - 86_400_000),
          validUntil: new Date(now.getTime() + 200 * 86_400_000),
        },
      });
      await enqueueSearchUpdate(tx, "organisation", organisation.id);
    });
    await relayOutbox(new Date());
    const after = await api("keurmerk=inclusive_employer");
    expect(after.total).toBe(before.total + own);
  });

  it("keeps a change that could not be delivered, with a later attempt", async () => {
    const { MeilisearchEngine } = await import("~/search/meilisearch.server");
    const { relaySearchOutbox } = await import("~/search/relay.server");
    const internship = await db.internship.findFirstOrThrow({ where: { status: "published" } });
    await enqueueSearchUpdate(db, "internship", internship.id);
    // A Meilisearch that does not answer: nothing listens on port 9 of this machine.
    const unreachable = new MeilisearchEngine("http://127.0.0.1:9", "key", { timeout: 1000 });
    const now = new Date();
    const summary = await relaySearchOutbox(db, [unreachable], now);
    expect(summary.failed).toBeGreaterThan(0);
    const row = await db.searchOutbox.findFirstOrThrow({ where: { entityId: internship.id, processedAt: null } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));
    // Not due yet: the next run leaves it alone; once due, it goes through.
    expect((await relayOutbox(now)).rows).toBe(0);
    expect((await relayOutbox(new Date(now.getTime() + retryDelayMs(1)))).failed).toBe(0);
    expect(await pending()).toBe(0);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it("is a registered background job that records only the runs that did something", async () => {
    const job = jobs.find((j) => j.name === "relay-search-outbox")!;
    expect(job.everyMs).toBeLessThanOrEqual(10_000);
    await ensureSearchIndex();
    await relayOutbox(new Date());
    const runs = () => db.jobRun.count({ where: { name: job.name } });
    const before = await runs();
    await runJob(job);
    expect(await runs()).toBe(before);
    const internship = await db.internship.findFirstOrThrow({ where: { status: "published" } });
    await enqueueSearchUpdate(db, "internship", internship.id);
    await runJob(job);
    expect(await runs()).toBe(before + 1);
    const last = await db.jobRun.findFirstOrThrow({ where: { name: job.name }, orderBy: { startedAt: "desc" } });
    expect(JSON.parse(last.summary!)).toMatchObject({ rows: 1, upserted: 1, failed: 0 });
  });

  it("deletes relayed rows after a week", async () => {
    const internship = await db.internship.findFirstOrThrow({ where: { status: "published" } });
    const now = new Date();
    const old = await db.searchOutbox.create({
      data: { entityType: "internship", entityId: internship.id, operation: "upsert", processedAt: new Date(now.getTime() - 8 * 86_400_000) },
    });
    const recent = await db.searchOutbox.create({
      data: { entityType: "internship", entityId: internship.id, operation: "upsert", processedAt: new Date(now.getTime() - 6 * 86_400_000) },
    });
    await enqueueSearchUpdate(db, "internship", internship.id);
    expect((await relayOutbox(new Date(now.getTime() + 1000))).rows).toBeGreaterThan(0);
    expect(await db.searchOutbox.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.searchOutbox.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
