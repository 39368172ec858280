// Saved searches and e-mail alerts (issue 17): students' own lists, visitors' double
// opt-in, the digest job after a real publication, one-click unsubscribe, expiry,
// export and deletion. Mail goes through a real SMTP server on a loopback port.
import type { AddressInfo } from "node:net";
import express from "express";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { action as newInternshipAction } from "~/routes/employer/pact/internship-new";
import { loader as confirmLoader } from "~/routes/public/alerts/confirm";
import { action as saveAction } from "~/routes/public/alerts/save";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "~/routes/public/alerts/unsubscribe";
import { action as listAction, loader as listLoader } from "~/routes/student/alerts/list";
import { deliverQueuedMail } from "~/services/platform/mail.server";
import { runSearchAlertDigests, unsubscribeUrl } from "~/search/search-alerts.server";
import { ensureSearchIndex, relayOutbox } from "~/search/search.server";
import { deleteStudentAccount, exportStudentData } from "~/services/students/student-privacy.server";
import { db } from "~/utils/db.server";
import { applySecurity } from "../../server/security.js";
import { BASE, cookieFor, cookieForEmail, get, loaderArgs, post, SEED_PASSWORDS, statusOf } from "../helpers/requests";

const received: { to: string[]; data: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
let smtpUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  await ensureSearchIndex();
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A word no seeded internship has, so a search on it finds only this test's internship. */
const tag = () =>
  `zx${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, "")
    .slice(0, 8)}`;

/** 10:00 in Amsterdam on the day after today: past the morning hour and after any publication in the test. */
function tomorrowMorning(days = 1): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 9, 0));
}

async function publish(title: string) {
  const cookie = await cookieFor("employer");
  const form = {
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
  };
  const response = await newInternshipAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie))).catch((r: unknown) => r);
  expect(response instanceof Response ? response.status : 0).toBe(302);
  await relayOutbox(new Date());
  return db.internship.findFirstOrThrow({ where: { title } });
}

async function studentAlert(email: string, word: string, confirmedAt = new Date(Date.now() - 60_000)) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return db.searchAlert.create({
    data: {
      userId: user.id,
      name: `Zoek ${word}`,
      query: `q=${word}`,
      frequency: "daily",
      locale: "nl",
      status: "active",
      confirmedAt,
      createdAt: confirmedAt,
    },
  });
}

/**
 * Folded headers unfolded, and the quoted-printable body decoded: the body only, so a
 * token in a header that happens to contain "=5D" is not decoded as if it were QP.
 */
const plain = (raw: string) => {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = (split < 0 ? raw : raw.slice(0, split)).replace(/\r?\n[ \t]+/g, " ");
  const body = (split < 0 ? "" : raw.slice(split))
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return headers + body;
};

const studentOf = async (email: string) => db.student.findFirstOrThrow({ where: { user: { email } } });
const pathOf = (url: string) => url.slice(url.indexOf("/zoekopdracht"));

describe("a student's saved searches", () => {
  it("saves a search from the search page's form, lists it, renames, pauses, resumes and deletes it", async () => {
    const cookie = await cookieFor("student");
    const saved = await saveAction({
      ...loaderArgs(post("/zoekopdracht/opslaan", { name: "Koken in West", frequency: "weekly", query: "q=kok&niveau=2&pagina=3" }, cookie)),
    });
    expect(saved instanceof Response && saved.status).toBe(302);
    expect((saved as Response).headers.get("Location")).toBe("/stages?q=kok&niveau=2");

    const listed = await listLoader(loaderArgs(get("/student/zoekopdrachten", cookie)));
    const alert = listed.alerts.find((a) => a.name === "Koken in West");
    expect(alert).toMatchObject({ frequency: "weekly", status: "active", href: "/stages?q=kok&niveau=2" });
    const id = alert!.id;

    expect(await statusOf(() => listAction(loaderArgs(post("/student/zoekopdrachten", { intent: "rename", id, name: "Koken" }, cookie))))).toBe(302);
    expect(await statusOf(() => listAction(loaderArgs(post("/student/zoekopdrachten", { intent: "pause", id }, cookie))))).toBe(302);
    expect(await db.searchAlert.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Koken", status: "paused" });
    expect(await statusOf(() => listAction(loaderArgs(post("/student/zoekopdrachten", { intent: "resume", id }, cookie))))).toBe(302);
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id } })).status).toBe("active");

    // An empty name keeps what was typed and says why, next to the field.
    const refused = (await listAction(loaderArgs(post("/student/zoekopdrachten", { intent: "rename", id, name: " " }, cookie)))) as unknown as {
      data: { id: string; errors: string[] };
      init: { status: number };
    };
    expect(refused.init.status).toBe(400);
    expect(refused.data).toMatchObject({ id, errors: ["alerts:errors.name_required"] });

    expect(await statusOf(() => listAction(loaderArgs(post("/student/zoekopdrachten", { intent: "delete", id }, cookie))))).toBe(302);
    expect(await db.searchAlert.findUnique({ where: { id } })).toBeNull();
  });

  it("shows the form again with the errors and what was typed when the name is missing", async () => {
    const cookie = await cookieFor("student");
    const result = (await saveAction(loaderArgs(post("/zoekopdracht/opslaan", { name: "", frequency: "daily", query: "q=kok" }, cookie)))) as unknown as {
      data: { result: { error: Record<string, string[]>; initialValue: Record<string, string> }; search: string };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.result.error.name).toEqual(["alerts:errors.name_required"]);
    expect(result.data.result.initialValue).toMatchObject({ frequency: "daily", query: "q=kok" });
    expect(result.data.search).toBe("q=kok");
  });

  it("never shows or changes another student's search", async () => {
    const theirs = await studentAlert("student2@stagepact.test", tag());
    const cookie = await cookieFor("student");
    const listed = await listLoader(loaderArgs(get("/student/zoekopdrachten", cookie)));
    expect(listed.alerts.map((a) => a.id)).not.toContain(theirs.id);
    for (const form of [{ intent: "rename", name: "Van mij" }, { intent: "pause" }, { intent: "delete" }] as Record<string, string>[]) {
      expect(await statusOf(() => listAction(loaderArgs(post("/student/zoekopdrachten", { ...form, id: theirs.id }, cookie))))).toBe(404);
    }
    expect(await db.searchAlert.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: theirs.name, status: "active" });
    // Signed out, and signed in as an employer: no list at all.
    expect(await statusOf(() => listLoader(loaderArgs(get("/student/zoekopdrachten"))))).toBe(302);
    expect(await statusOf(async () => listLoader(loaderArgs(get("/student/zoekopdrachten", await cookieFor("employer")))))).toBe(403);
  });
});

describe("a visitor's subscription", () => {
  it("answers the same for a new and a known address, mails a confirmation in the visitor's language, and confirms", async () => {
    const email = `bezoeker-${tag()}@example.test`;
    const form = { name: "Horeca", frequency: "daily", email, query: "q=kok" };
    const english = (path: string) => {
      const request = post(path, form);
      request.headers.set("Cookie", "sp_lng=en");
      return request;
    };
    const first = (await saveAction({ request: english("/zoekopdracht/opslaan"), params: {}, context: { clientAddress: "203.0.113.7" } })) as Response;
    expect(first.status).toBe(302);
    const alert = await db.searchAlert.findFirstOrThrow({ where: { email } });
    expect(alert).toMatchObject({ status: "pending", confirmedAt: null, locale: "en", userId: null });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe('Confirm your search "Horeca"');
    const link = /https?:\/\/\S+\/zoekopdracht\/bevestigen\?\S+/.exec(mail.text)?.[0];
    expect(link).toBeTruthy();

    // A wrong token does nothing.
    expect(await statusOf(() => confirmLoader(loaderArgs(get(`/zoekopdracht/bevestigen?id=${alert.id}&token=x`))))).toBe(400);
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id: alert.id } })).status).toBe("pending");
    const confirmed = await confirmLoader(loaderArgs(get(pathOf(link!))));
    expect(confirmed).toMatchObject({ alert: { name: "Horeca", href: "/stages?q=kok" } });
    expect(await db.searchAlert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ status: "active" });

    // The same address again: the same answer, and no second confirmation for an active alert.
    const again = (await saveAction({ request: english("/zoekopdracht/opslaan"), params: {}, context: { clientAddress: "203.0.113.7" } })) as Response;
    expect(again.status).toBe(first.status);
    expect(again.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(again.headers.get("Set-Cookie")).toBe(first.headers.get("Set-Cookie"));
    expect(await db.outboundEmail.count({ where: { to: email } })).toBe(1);
  });

  it("gives an error next to the field for a wrong address, keeping what was typed", async () => {
    const result = (await saveAction(
      loaderArgs(post("/zoekopdracht/opslaan", { name: "Horeca", frequency: "weekly", email: "geen-adres", query: "" })),
    )) as unknown as {
      data: { result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.result.error.email).toEqual(["forms:email_invalid"]);
    expect(result.data.result.initialValue).toMatchObject({ name: "Horeca", email: "geen-adres" });
  });

  it("limits subscriptions per e-mail address, whatever the client address", async () => {
    const email = `veel-${tag()}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const request = post("/zoekopdracht/opslaan", { name: `Zoek ${i}`, frequency: "daily", email, query: `q=${tag()}` });
      statuses.push(await statusOf(() => saveAction({ request, params: {}, context: { clientAddress: `198.51.100.${i}` } })));
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 302).length).toBeLessThan(12);
  });

  it("deletes a subscription nobody confirmed within 7 days", async () => {
    const now = tomorrowMorning(30);
    const old = await db.searchAlert.create({
      data: {
        email: "oud@example.test",
        name: "Oud",
        query: "",
        frequency: "daily",
        locale: "nl",
        status: "pending",
        createdAt: new Date(now.getTime() - 7 * 86_400_000 - 1000),
      },
    });
    const fresh = await db.searchAlert.create({
      data: {
        email: "nieuw@example.test",
        name: "Nieuw",
        query: "",
        frequency: "daily",
        locale: "nl",
        status: "pending",
        createdAt: new Date(now.getTime() - 6 * 86_400_000),
      },
    });
    const summary = await runSearchAlertDigests(now);
    expect(summary.expired).toBeGreaterThanOrEqual(1);
    expect(await db.searchAlert.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.searchAlert.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });
});

describe("the digest job", () => {
  it("mails the internships an employer published since the alert, with the unsubscribe headers, once per period", async () => {
    const word = tag();
    const alert = await studentAlert("student3@stagepact.test", word);
    const now = tomorrowMorning();
    // Nothing published yet: the registered job sends no mail.
    const job = jobs.find((j) => j.name === "search-alert-digests");
    expect(job?.everyMs).toBe(60 * 60_000);
    expect(await job!.run({ now })).toHaveProperty("sent");
    expect(await db.outboundEmail.count({ where: { to: "student3@stagepact.test" } })).toBe(0);
    // The empty run used up today's period; the digest goes out the next day.
    const internship = await publish(`Stage luchtschipbouwer ${word}`);
    const next = tomorrowMorning(2);
    const summary = await runSearchAlertDigests(next);
    expect(summary.sent).toBeGreaterThanOrEqual(1);
    const mails = await db.outboundEmail.findMany({ where: { to: "student3@stagepact.test" } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`1 nieuwe stage voor "Zoek ${word}"`);
    expect(mails[0].text).toContain(`Stage luchtschipbouwer ${word}`);
    expect(mails[0].text).toContain(`/stages/${internship.id}`);
    expect(mails[0].text).toContain(unsubscribeUrl(alert.id));

    // The same period again, later that day: nothing more.
    await runSearchAlertDigests(new Date(next.getTime() + 3 * 3_600_000));
    expect(await db.outboundEmail.count({ where: { to: "student3@stagepact.test" } })).toBe(1);
    // The next day nothing new: no mail.
    await runSearchAlertDigests(tomorrowMorning(3));
    expect(await db.outboundEmail.count({ where: { to: "student3@stagepact.test" } })).toBe(1);

    // Delivered through SMTP with the RFC 8058 headers and the link in the text.
    await db.outboundEmail.updateMany({ where: { status: "queued", to: { not: "student3@stagepact.test" } }, data: { status: "kept" } });
    const delivered = await deliverQueuedMail({ smtpUrl, from: "Stagepact <noreply@stagepact.test>" });
    expect(delivered).toMatchObject({ sent: 1, failed: 0 });
    const message = received.find((m) => m.to.includes("student3@stagepact.test"));
    expect(message).toBeTruthy();
    const text = plain(message!.data);
    expect(text).toContain(`List-Unsubscribe: <${unsubscribeUrl(alert.id)}>`);
    expect(text).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(text).toContain(`Afmelden: ${unsubscribeUrl(alert.id)}`);
    expect(text).toContain(`Stage luchtschipbouwer ${word}`);
  });

  it("sends one digest when two servers run the job at the same time", async () => {
    const word = tag();
    await studentAlert("student4@stagepact.test", word);
    await publish(`Stage ballonvaarder ${word}`);
    const at = tomorrowMorning(5);
    const [a, b] = await Promise.all([runSearchAlertDigests(at), runSearchAlertDigests(at)]);
    expect(a.sent + b.sent).toBe(1);
    expect(await db.outboundEmail.count({ where: { to: "student4@stagepact.test" } })).toBe(1);
    expect(await db.searchAlertRun.count({ where: { alert: { user: { email: "student4@stagepact.test" } } } })).toBe(1);
  });

  it("sends nothing for a paused search", async () => {
    const word = tag();
    const alert = await studentAlert("student5@stagepact.test", word);
    await db.searchAlert.update({ where: { id: alert.id }, data: { status: "paused" } });
    await publish(`Stage sluiswachter ${word}`);
    await runSearchAlertDigests(tomorrowMorning(6));
    expect(await db.outboundEmail.count({ where: { to: "student5@stagepact.test" } })).toBe(0);
  });
});

describe("unsubscribing", () => {
  it("shows a button on GET, and unsubscribes on the one-click POST", async () => {
    const alert = await db.searchAlert.create({
      data: { email: "klik@example.test", name: "Klik", query: "", frequency: "weekly", locale: "nl", status: "active", confirmedAt: new Date() },
    });
    const path = pathOf(unsubscribeUrl(alert.id));
    const shown = (await unsubscribeLoader(loaderArgs(get(path)))) as unknown as { data: { alert: { name: string } | null } };
    expect(shown.data.alert).toEqual({ name: "Klik" });
    expect(await db.searchAlert.findUnique({ where: { id: alert.id } })).not.toBeNull();

    // A wrong token changes nothing.
    const wrong = new Request(`${BASE}/zoekopdracht/afmelden?id=${alert.id}&token=abc`, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(await statusOf(() => unsubscribeAction(loaderArgs(wrong)))).toBe(400);
    expect(await db.searchAlert.findUnique({ where: { id: alert.id } })).not.toBeNull();

    const oneClick = new Request(BASE + path, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(await statusOf(() => unsubscribeAction(loaderArgs(oneClick)))).toBe(200);
    expect(await db.searchAlert.findUnique({ where: { id: alert.id } })).toBeNull();
  });

  it("lets the one-click POST through the origin check, and only on that path", async () => {
    const app = express();
    applySecurity(app, { dev: false });
    app.all("*", (_req, res) => res.json({ ok: true }));
    const server = app.listen(0);
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const init = { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "Content-Type": "application/x-www-form-urlencoded" } };
      expect((await fetch(`${base}/zoekopdracht/afmelden?id=a&token=b`, init)).status).toBe(200);
      expect((await fetch(`${base}/zoekopdracht/opslaan`, init)).status).toBe(403);
    } finally {
      server.close();
    }
  });
});

describe("privacy", () => {
  it("puts the student's saved searches in the data export, and removes them with the account", async () => {
    const word = tag();
    const alert = await studentAlert("student6@stagepact.test", word);
    const student = await studentOf("student6@stagepact.test");
    const exported = await exportStudentData(student.id);
    expect(exported?.savedSearches).toEqual([expect.objectContaining({ name: `Zoek ${word}`, query: `q=${word}`, frequency: "daily", status: "active" })]);
    await deleteStudentAccount(student.id);
    expect(await db.searchAlert.findUnique({ where: { id: alert.id } })).toBeNull();
    await expect(cookieForEmail("student6@stagepact.test", SEED_PASSWORDS.student)).rejects.toThrow();
  });
});
