// The platform admin's screens for municipalities, officers and the audit log, through
// the real loaders and actions against a real SQLite copy.
import { describe, expect, it } from "vitest";
import { loader as auditLoader } from "~/routes/admin/audit";
import { action as detailAction, loader as detailLoader } from "~/routes/admin/municipalities/detail";
import { action as listAction, loader as listLoader } from "~/routes/admin/municipalities/list";
import { action as resetAction } from "~/routes/auth/reset-password";
import { loader as officerHome } from "~/routes/municipality/home";
import { db } from "~/utils/db.server";
import { cookieFor, cookieForEmail, get, loaderArgs, post, statusOf } from "../helpers/requests";

type Reply = { data: { result: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } }; init: { status: number } };

const utrecht = (over: Record<string, string> = {}) => ({
  intent: "municipality",
  name: "Utrecht",
  slug: `utrecht-${Math.random().toString(36).slice(2, 6)}`,
  fullTimeHours: "38",
  gracePeriodDays: "21",
  resignPeriodDays: "45",
  responsePeriodDays: "8",
  districts: "Binnenstad\nLeidsche Rijn\nOvervecht",
  ...over,
});

async function create(fields: Record<string, string>) {
  const response = (await listAction(loaderArgs(post("/beheer/gemeenten", fields, await cookieFor("admin"))))) as Response;
  expect(response.status).toBe(302);
  return db.municipality.findUniqueOrThrow({ where: { slug: fields.slug }, include: { districts: true } });
}

describe("municipalities", () => {
  it("only the platform admin reaches them", async () => {
    for (const who of ["officer", "employer", "student"] as const) {
      const cookie = await cookieFor(who);
      expect(await statusOf(() => listLoader(loaderArgs(get("/beheer/gemeenten", cookie)))), who).toBe(403);
      expect(await statusOf(() => listAction(loaderArgs(post("/beheer/gemeenten", utrecht(), cookie)))), who).toBe(403);
      expect(await statusOf(() => auditLoader(loaderArgs(get("/beheer/audit", cookie)))), who).toBe(403);
    }
    expect(await statusOf(() => listLoader(loaderArgs(get("/beheer/gemeenten"))))).toBe(302);
  });

  it("adds a municipality with its settings and districts, audited", async () => {
    const fields = utrecht();
    const created = await create(fields);
    expect(created).toMatchObject({ name: "Utrecht", fullTimeHours: 38, gracePeriodDays: 21, resignPeriodDays: 45, responsePeriodDays: 8 });
    expect(created.districts.map((d) => d.slug).sort()).toEqual(["binnenstad", "leidsche-rijn", "overvecht"]);
    expect(await db.auditLog.count({ where: { action: "municipality.create", entityId: created.id } })).toBe(1);
  });

  it.each([
    [{ slug: "amsterdam" }, "slug", "municipalities:errors.slug_taken"],
    [{ slug: "Ams terdam" }, "slug", "municipalities:errors.slug_format"],
    [{ fullTimeHours: "45" }, "fullTimeHours", "municipalities:errors.full_time_range"],
    [{ districts: "Noord\nnoord" }, "districts", "municipalities:errors.districts_duplicate"],
  ] as [Record<string, string>, string, string][])("refuses %o next to the field, keeps what was typed, stores nothing", async (over, field, key) => {
    const before = await db.municipality.count();
    const fields = utrecht(over);
    const reply = (await listAction(loaderArgs(post("/beheer/gemeenten", fields, await cookieFor("admin"))))) as unknown as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.result.error?.[field]).toEqual([key]);
    expect(reply.data.result.initialValue).toMatchObject({ name: "Utrecht", districts: fields.districts });
    expect(await db.municipality.count()).toBe(before);
  });

  it("edits settings and districts; a district in use cannot be removed and nothing is half-saved", async () => {
    const admin = await cookieFor("admin");
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" }, include: { districts: true } });
    const edit = (over: Record<string, string>) =>
      detailAction(
        loaderArgs(post(`/beheer/gemeenten/${amsterdam.id}`, { ...utrecht({ name: "Amsterdam", slug: "amsterdam" }), ...over }, admin), { id: amsterdam.id }),
      );
    // Noord has organisations: leaving it out is refused, and the full-time week typed alongside is not stored.
    const withoutNoord = amsterdam.districts
      .filter((d) => d.slug !== "noord")
      .map((d) => d.name)
      .join("\n");
    const refused = (await edit({ districts: withoutNoord, fullTimeHours: "40" })) as unknown as Reply & { data: { params: Record<string, string> } };
    expect(refused.init.status).toBe(400);
    expect(refused.data.result.error?.districts).toEqual(["municipalities:errors.district_in_use"]);
    expect(refused.data.params).toEqual({ name: "Noord" });
    expect((await db.municipality.findUniqueOrThrow({ where: { id: amsterdam.id } })).fullTimeHours).toBe(amsterdam.fullTimeHours);
    // Adding one and renaming another by its spelling works.
    const next = [...amsterdam.districts.map((d) => (d.slug === "nieuw-west" ? "Nieuw West" : d.name)), "Westpoort"].join("\n");
    expect((await edit({ districts: next, responsePeriodDays: "12" })) instanceof Response).toBe(true);
    const after = await db.municipality.findUniqueOrThrow({ where: { id: amsterdam.id }, include: { districts: true } });
    expect(after.responsePeriodDays).toBe(12);
    expect(after.districts.find((d) => d.slug === "nieuw-west")?.name).toBe("Nieuw West");
    expect(after.districts.some((d) => d.slug === "westpoort")).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "municipality.update", entityId: amsterdam.id }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(audit.details)).toMatchObject({
      responsePeriodDays: [amsterdam.responsePeriodDays, 12],
      districtsAdded: ["Westpoort"],
      districtsRenamed: ["Nieuw West"],
    });
  });
});

describe("officers", () => {
  it("an invited new officer chooses a password through the mailed link and then works for that municipality only", async () => {
    const municipality = await create(utrecht());
    const email = `ambtenaar.${Math.random().toString(36).slice(2, 6)}@utrecht.test`;
    const admin = await cookieFor("admin");
    const invite = post(`/beheer/gemeenten/${municipality.id}`, { intent: "invite-officer", name: "Sanne de Vries", email }, admin);
    expect(await statusOf(() => detailAction(loaderArgs(invite, { id: municipality.id })))).toBe(302);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe("Uitnodiging: ambtenaar van Utrecht op Stagepact");
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();
    // The new account has no password anyone knows until the link is used.
    const reset = post(`/wachtwoord-herstellen?token=${token}`, {
      token: token!,
      newPassword: "Utrecht-ambtenaar-2026",
      confirmPassword: "Utrecht-ambtenaar-2026",
    });
    expect(await statusOf(() => resetAction(loaderArgs(reset)))).toBe(302);
    const cookie = await cookieForEmail(email, "Utrecht-ambtenaar-2026");
    const home = (await officerHome(loaderArgs(get("/gemeente", cookie)))) as { municipality?: { name: string } } & Record<string, unknown>;
    expect(JSON.stringify(home)).toContain("Utrecht");
    expect(await db.auditLog.count({ where: { action: "officer.invite", municipalityId: municipality.id } })).toBe(1);
    const detail = (await detailLoader(loaderArgs(get(`/beheer/gemeenten/${municipality.id}`, admin), { id: municipality.id }))) as {
      municipality: { officers: { email: string }[] };
    };
    expect(detail.municipality.officers.map((o) => o.email)).toEqual([email]);

    // Removing ends the access at the next request; the account stays.
    const officer = await db.municipalOfficer.findFirstOrThrow({ where: { municipalityId: municipality.id } });
    const remove = post(`/beheer/gemeenten/${municipality.id}`, { intent: "remove-officer", officerId: officer.id }, admin);
    expect(await statusOf(() => detailAction(loaderArgs(remove, { id: municipality.id })))).toBe(302);
    expect(await statusOf(() => officerHome(loaderArgs(get("/gemeente", cookie))))).toBe(403);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("inviting an existing account gives it access without a password link; inviting twice changes nothing", async () => {
    const municipality = await create(utrecht());
    const admin = await cookieFor("admin");
    const invite = () =>
      detailAction(
        loaderArgs(post(`/beheer/gemeenten/${municipality.id}`, { intent: "invite-officer", name: "Ambtenaar", email: "gemeente@amsterdam.test" }, admin), {
          id: municipality.id,
        }),
      );
    expect(await statusOf(invite)).toBe(302);
    expect(await statusOf(invite)).toBe(302);
    expect(await db.municipalOfficer.count({ where: { municipalityId: municipality.id } })).toBe(1);
    const mails = await db.outboundEmail.findMany({ where: { to: "gemeente@amsterdam.test", subject: { contains: "Utrecht" } } });
    expect(mails.map((m) => m.subject)).toEqual(["Je hebt toegang als ambtenaar van Utrecht"]);
    expect(mails[0].text).not.toContain("token=");
  });

  it("an officer id of another municipality cannot be removed through this one", async () => {
    const municipality = await create(utrecht());
    const other = await db.municipalOfficer.findFirstOrThrow({ where: { municipality: { slug: "amsterdam" } } });
    const remove = post(`/beheer/gemeenten/${municipality.id}`, { intent: "remove-officer", officerId: other.id }, await cookieFor("admin"));
    expect(await statusOf(() => detailAction(loaderArgs(remove, { id: municipality.id })))).toBe(404);
    expect(await db.municipalOfficer.count({ where: { id: other.id } })).toBe(1);
  });

  it("refuses a malformed address next to the field", async () => {
    const municipality = await create(utrecht());
    const reply = (await detailAction(
      loaderArgs(post(`/beheer/gemeenten/${municipality.id}`, { intent: "invite-officer", name: "Sanne", email: "sanne@" }, await cookieFor("admin")), {
        id: municipality.id,
      }),
    )) as unknown as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.result.error?.email).toEqual(["forms:email_invalid"]);
  });
});

describe("the audit log", () => {
  it("finds entries by action prefix, object, actor and municipality, newest first", async () => {
    const created = await create(utrecht());
    const admin = await cookieFor("admin");
    const search = async (qs: string) =>
      (await auditLoader(loaderArgs(get(`/beheer/audit?${qs}`, admin)))) as {
        total: number;
        entries: { action: string; entityId: string; actor: string | null }[];
      };
    const byEntity = await search(`object=${created.id}`);
    expect(byEntity.entries.map((e) => e.action)).toEqual(["municipality.create"]);
    expect(byEntity.entries[0].actor).toBe("beheer@stagepact.test");
    const byAction = await search("actie=municipality.");
    expect(byAction.total).toBeGreaterThan(0);
    expect(byAction.entries.every((e) => e.action.startsWith("municipality."))).toBe(true);
    expect((await search(`door=beheer@&gemeente=${created.id}`)).total).toBe(1);
    expect((await search("door=nobody@nowhere.test")).total).toBe(0);
    // Malformed filters are dropped, not errors.
    expect((await search("van=gisteren&pagina=-3")).total).toBe((await search("")).total);
  });
});
