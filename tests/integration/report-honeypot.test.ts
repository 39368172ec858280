import { Honeypot } from "remix-utils/honeypot/server";
import { describe, expect, it } from "vitest";
import { action as reportAction, loader as reportLoader } from "~/routes/public/publishing/report";
import { action as addAction } from "~/routes/public/publishing/report-add";
import { db } from "~/utils/db.server";
import { HONEYPOT_FIELD, honeypot } from "~/utils/honeypot.server";
import { honeypotFields } from "../helpers/honeypot";
import { get, post } from "../helpers/requests";

// The reporting point's honeypot: an empty hidden field and the encrypted time the page
// was served. A bot that fills the field, leaves the form's hidden inputs out or forges
// the time is refused and nothing is stored. A filled field gets the check field's message;
// a missing, forged or stale time gets "the form was open too long" with fresh hidden
// inputs, so a person whose page stood open sends again from the same page.

type Result = {
  data: {
    reference?: string | null;
    added?: unknown;
    honeypot?: { nameFieldName: string; validFromFieldName: string; encryptedValidFrom: string };
    result: { error?: Record<string, string[] | null> };
  };
  init: { status?: number } | null;
};

const HOUR = 60 * 60 * 1000;
const VALID_FROM = "sent_from";

async function amsterdamId() {
  return (await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } })).id;
}

async function fileReport(fields: Record<string, string>, omit: string[] = []) {
  const form: Record<string, string> = {
    subject: "complaint:unsafe",
    municipalityId: await amsterdamId(),
    description: "Er is geen veiligheidsuitrusting op de werkvloer.",
    ...honeypotFields(),
    ...fields,
  };
  for (const name of omit) delete form[name];
  return (await reportAction({ request: post("/melden", form), params: {}, context: {} })) as unknown as Result;
}

const encryptedAt = (timestamp: number) => honeypot.getInputProps({ validFromTimestamp: timestamp }).encryptedValidFrom;

describe("the reporting point's honeypot", () => {
  it("the page carries the honeypot and an encrypted time that is not the plain time", async () => {
    const page = (await reportLoader({ request: get("/melden"), params: {}, context: {} })) as {
      honeypot: { nameFieldName: string; validFromFieldName: string; encryptedValidFrom: string };
    };
    expect(page.honeypot).toMatchObject({ nameFieldName: HONEYPOT_FIELD, validFromFieldName: VALID_FROM });
    expect(page.honeypot.encryptedValidFrom).not.toMatch(/^\d+$/);
  });

  it("a person who sends the form as served has the report stored", async () => {
    const before = await db.report.count();
    const result = await fileReport({});
    expect(result.init?.status ?? 200).toBe(200);
    expect(result.data.reference).toMatch(/^SP-/);
    expect(await db.report.count()).toBe(before + 1);
  });

  it.each([
    ["fills the hidden field", { [HONEYPOT_FIELD]: "http://spam.example" }, [], "filled"],
    ["leaves out the served time", {}, [VALID_FROM], "expired"],
    ["leaves out both hidden inputs", {}, [VALID_FROM, HONEYPOT_FIELD], "expired"],
    ["sends a garbled time", { [VALID_FROM]: "not-encrypted-at-all" }, [], "expired"],
    ["sends the time in plain text", { [VALID_FROM]: String(Date.now() - HOUR) }, [], "expired"],
    [
      "encrypts a time with another key",
      { [VALID_FROM]: new Honeypot({ encryptionSeed: "another-deployment" }).getInputProps({ validFromTimestamp: Date.now() - HOUR }).encryptedValidFrom },
      [],
      "expired",
    ],
    ["sends a time in the future", { [VALID_FROM]: encryptedAt(Date.now() + HOUR) }, [], "expired"],
    ["replays a time from more than a day ago", { [VALID_FROM]: encryptedAt(Date.now() - 25 * HOUR) }, [], "expired"],
  ] as [string, Record<string, string>, string[], "filled" | "expired"][])(
    "a post that %s is refused and nothing is stored",
    async (_name, fields, omit, verdict) => {
      const before = await db.report.count();
      const result = await fileReport(fields, omit);
      expect(result.init?.status).toBe(400);
      expect(result.data.reference).toBeNull();
      if (verdict === "filled") expect(result.data.result.error?.[HONEYPOT_FIELD]).toEqual(["reports:honeypot_filled"]);
      else expect(result.data.result.error?.[""]).toEqual(["reports:form_expired"]);
      // Fresh hidden inputs come with the answer, whatever the verdict.
      expect(result.data.honeypot?.encryptedValidFrom).toBeTruthy();
      expect(await db.report.count()).toBe(before);
    },
  );

  it("a person whose page stood open for more than a day sends again with the answer's fresh inputs, and it is stored", async () => {
    const before = await db.report.count();
    const stale = await fileReport({ [VALID_FROM]: encryptedAt(Date.now() - 30 * HOUR) });
    expect(stale.data.result.error?.[""]).toEqual(["reports:form_expired"]);
    const fresh = stale.data.honeypot!;
    const again = await fileReport({ [fresh.nameFieldName]: "", [fresh.validFromFieldName]: fresh.encryptedValidFrom });
    expect(again.data.reference).toMatch(/^SP-/);
    expect(await db.report.count()).toBe(before + 1);
  });

  it("adding information is refused the same way, and the report is not changed", async () => {
    const { data } = await fileReport({});
    const reference = data.reference!;
    const add = async (fields: Record<string, string>) =>
      (await addAction({
        request: post("/melden/aanvullen", { reference, text: "Het gebeurde op 3 oktober.", ...fields }),
        params: {},
        context: {},
      })) as unknown as Result;
    const countUpdates = async () => db.reportNote.count({ where: { report: { reference }, source: "reporter" } });

    const before = await countUpdates();
    const filled = await add({ ...honeypotFields(), [HONEYPOT_FIELD]: "spam" });
    expect(filled.init?.status).toBe(400);
    expect(filled.data.result.error?.[HONEYPOT_FIELD]).toEqual(["reports:honeypot_filled"]);
    for (const refused of [await add({}), await add({ ...honeypotFields(), [VALID_FROM]: "garbled" })]) {
      expect(refused.init?.status).toBe(400);
      expect(refused.data.result.error?.[""]).toEqual(["reports:form_expired"]);
      expect(refused.data.honeypot?.encryptedValidFrom).toBeTruthy();
    }
    expect(await countUpdates()).toBe(before);

    const accepted = await add(honeypotFields());
    expect(accepted.data.added).toBeTruthy();
    expect(await countUpdates()).toBe(before + 1);
  });
});
