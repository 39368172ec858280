// Pages with several forms tell them apart by `intent`. An intent none of the page's
// forms sends is a crafted request: every such page answers 400 and changes nothing.
import { describe, expect, it } from "vitest";
import { action as payRulesAction } from "~/routes/admin/rules/pay-rules";
import { action as organisationAction, loader as organisationLoader } from "~/routes/employer/pact/organisation";
import { action as caseAction } from "~/routes/municipality/oversight/case";
import { action as awardAction } from "~/routes/municipality/oversight/keurmerk-award";
import { action as alertsAction } from "~/routes/student/alerts/list";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post } from "../helpers/requests";

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, text: await thrown.text() };
    throw thrown;
  }
  throw new Error("the action did not refuse");
}

describe("an unknown intent", () => {
  it.each(["constructor", "toString", "__proto__", "close", ""])("on a case: %j is a 400 and the case stays as it was", async (intent) => {
    const cookie = await cookieFor("officer");
    const before = await db.report.findUniqueOrThrow({ where: { id: "seed-report-oosterdok-1" } });
    const result = await refusal(() =>
      caseAction(loaderArgs(post("/gemeente/meldingen/seed-report-oosterdok-1", { intent, status: "closed" }, cookie), { id: "seed-report-oosterdok-1" })),
    );
    expect(result).toEqual({ status: 400, text: "Bad Request: the form's intent must be one of assign, note, status, link" });
    expect(await db.report.findUniqueOrThrow({ where: { id: "seed-report-oosterdok-1" } })).toEqual(before);
  });

  it("on the organisation page is a 400 instead of saving the details", async () => {
    const cookie = await cookieFor("employer");
    const membership = await db.membership.findFirstOrThrow({ where: { user: { email: "werkgever@dekeukenvanwest.test" } }, include: { organisation: true } });
    // The details form as the page fills it, with a new name that would save without the intent.
    const page = (await organisationLoader(loaderArgs(get("/werkgever/organisatie", cookie)))) as { defaultValue: Record<string, string | undefined> };
    const form: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...page.defaultValue, organisationName: "Overgenomen BV", intent: "approve" })) if (v !== undefined) form[k] = v;
    const result = await refusal(() => organisationAction(loaderArgs(post("/werkgever/organisatie", form, cookie))));
    expect(result.status).toBe(400);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: membership.organisationId } })).name).toBe(membership.organisation.name);
    expect(await db.organisationChangeRequest.count({ where: { organisationId: membership.organisationId, status: "pending" } })).toBe(0);
  });

  it.each([
    [
      "a keurmerk decision",
      () => cookieFor("officer"),
      (cookie: string) => awardAction(loaderArgs(post("/gemeente/keurmerken/x", { intent: "grant" }, cookie), { id: "x" })),
    ],
    ["the pay rules", () => cookieFor("admin"), (cookie: string) => payRulesAction(loaderArgs(post("/beheer/regels", { intent: "delete" }, cookie)))],
    [
      "the student's saved searches",
      () => cookieFor("student"),
      (cookie: string) => alertsAction(loaderArgs(post("/student/zoekopdrachten", { intent: "archive", id: "x" }, cookie))),
    ],
  ] as const)("on %s is a 400", async (_page, cookie, run) => {
    const signedIn = await cookie();
    expect((await refusal(() => run(signedIn))).status).toBe(400);
  });
});
