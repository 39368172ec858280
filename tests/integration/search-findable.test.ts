// A published internship is findable within a second: publishing wakes the outbox
// relay once its transaction committed, without waiting for the job's next tick.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/employer/pact/internship-new";
import { loader as apiLoader } from "~/routes/api/search/stages";
import { changeInternshipStatus } from "~/services/internships/internships-employer.server";
import { enableSearchRelayWake, ensureSearchIndex } from "~/search/search.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post } from "../helpers/requests";

async function found(word: string): Promise<string[]> {
  const response = await apiLoader(loaderArgs(get(`/api/v1/stages?q=${word}`)));
  return ((await response.json()) as { items: { id: string }[] }).items.map((i) => i.id);
}

/** Milliseconds until the API answers as expected, polling every 20 ms; null when it did not within the limit. */
async function within(limitMs: number, done: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await done()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

beforeAll(async () => {
  await ensureSearchIndex();
  enableSearchRelayWake();
});
afterAll(() => enableSearchRelayWake(false));

describe("publish to findable", () => {
  it("finds a newly published internship within a second, and loses it as fast once unpublished", async () => {
    const word = `ballonvaarder${Math.random().toString(36).slice(2, 7)}`;
    const title = `Stage ${word}`;
    const cookie = await cookieFor("employer");
    const response = await newAction(
      loaderArgs(
        post(
          "/werkgever/stages/nieuw",
          {
            intent: "publish",
            title,
            description: "Je helpt bij het opstijgen en landen van luchtballonnen.",
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
    const published = performance.now();
    expect(response instanceof Response ? response.status : 0).toBe(302);
    const internship = await db.internship.findFirstOrThrow({ where: { title } });

    const findable = await within(1000 - (performance.now() - published), async () => (await found(word)).includes(internship.id));
    expect(findable).not.toBeNull();
    expect(await db.searchOutbox.count({ where: { entityId: internship.id, processedAt: null } })).toBe(0);

    const owner = await db.user.findUniqueOrThrow({ where: { email: "werkgever@dekeukenvanwest.test" } });
    await changeInternshipStatus(owner.id, internship.organisationId, internship.id, "unpublished", new Date());
    // The hit check hides it at once; the relay carries the removal to the index within the second.
    const gone = await within(1000, async () => (await db.searchOutbox.count({ where: { entityId: internship.id, processedAt: null } })) === 0);
    expect(gone).not.toBeNull();
  });
});
