// The trust fixes as an attacker meets them: real HTTP requests to the real Express and
// Remix stack (tests/helpers/http-app.ts), against this file's SQLite copy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { action as signInAction } from "~/routes/auth/sign-in";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, post, SEED_ACCOUNTS } from "../helpers/requests";
import { honeypotFields } from "../helpers/honeypot";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());
beforeEach(async () => {
  await db.throttle.deleteMany();
});

function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(app.base + path, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams(fields),
    headers: { Origin: app.base, "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });
}

const student = SEED_ACCOUNTS.student;

describe("the per-address limit follows the route, however its path is spelt", () => {
  it("a correct password through /inloggen/ does not sign in once the address is over its limit", async () => {
    const spellings = ["/inloggen/", "/Inloggen", "/INLOGGEN", "/inloggen", "/InLoggen/"];
    for (let i = 0; i < env.RATE_LIMIT_PER_MINUTE; i++) {
      const response = await form(spellings[i % spellings.length], { email: `nobody${i}@example.test`, password: "wrong-password" });
      expect(response.status).toBe(400);
    }
    const response = await form("/inloggen/", { email: student.email, password: student.password });
    expect(response.status).toBe(429);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toContain("Te veel pogingen vanaf dit adres");
  });

  it.each([
    [
      "sign-up",
      ["/Registreren", "/registreren/", "/REGISTREREN"],
      { accountType: "student", name: "Test", firstName: "T", lastName: "S", email: student.email, password: "lang-genoeg-wachtwoord", acceptTerms: "on" },
    ],
    ["reporting", ["/Melden", "/melden/", "/MELDEN"], { subject: "complaint:unsafe", description: "Een melding om de limiet te testen." }],
    ["asking for a password reset", ["/wachtwoord-vergeten/", "/Wachtwoord-Vergeten", "/WACHTWOORD-VERGETEN"], { email: "nobody@example.test" }],
    ["adding to a report", ["/melden/aanvullen/", "/Melden/Aanvullen", "/MELDEN/AANVULLEN/"], { reference: "SP-0000-0000-0000", text: "Aanvulling." }],
  ])("%s is limited through every spelling", async (_name, spellings, fields) => {
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const body = { municipalityId: amsterdam.id, ...(spellings[0].toLowerCase().includes("melden") ? honeypotFields() : {}), ...fields } as Record<
      string,
      string
    >;
    const statuses: number[] = [];
    for (let i = 0; i <= env.RATE_LIMIT_PER_MINUTE; i++) statuses.push((await form(spellings[i % spellings.length], body)).status);
    expect(statuses.slice(0, -1)).not.toContain(429);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("the per-account throttle", () => {
  async function attempt(password: string, clientAddress: string) {
    const request = post("/inloggen", { email: student.email, password });
    return (await signInAction({ request, params: {}, context: { clientAddress } })) as unknown as
      Response | { data: { error?: Record<string, string[]> }; init: { status: number } };
  }

  it("five addresses guessing one account's password lock it, and the message sits next to the password field", async () => {
    for (let i = 0; i < 4; i++) {
      const result = await attempt(`guess-${i}`, `203.0.113.${i}`);
      expect(result).not.toBeInstanceOf(Response);
      expect((result as { init: { status: number } }).init.status).toBe(400);
    }
    const fifth = (await attempt("guess-4", "203.0.113.4")) as { data: { error?: Record<string, string[]> }; init: { status: number } };
    expect(fifth.init.status).toBe(429);
    expect(fifth.data.error?.password).toEqual(["auth:account_throttled"]);
    // Even the right password from a fresh address is not checked while the lock lasts.
    const right = (await attempt(student.password, "203.0.113.99")) as { data: { error?: Record<string, string[]> }; init: { status: number } };
    expect(right.init.status).toBe(429);
    expect(right.data.error?.password).toEqual(["auth:account_throttled"]);
    // Another account is not affected.
    const other = await signInAction({ request: post("/inloggen", SEED_ACCOUNTS.employer), params: {}, context: { clientAddress: "203.0.113.4" } });
    expect((other as Response).status).toBe(302);
  });

  it("the throttle message is shown in English too", async () => {
    for (let i = 0; i < 5; i++) await form("/inloggen", { email: "unknown-person@example.test", password: `guess-${i}` }, { Cookie: "sp_lng=en" });
    const response = await form("/inloggen", { email: "unknown-person@example.test", password: "guess" }, { Cookie: "sp_lng=en" });
    expect(response.status).toBe(429);
    expect(await response.text()).toContain("Too many failed sign-ins for this account");
  });

  it("a successful sign-in clears the account's failures", async () => {
    for (let i = 0; i < 4; i++) await attempt(`guess-${i}`, "203.0.113.50");
    expect((await attempt(student.password, "203.0.113.50")) as Response).toHaveProperty("status", 302);
    const next = (await attempt("guess-again", "203.0.113.50")) as { init: { status: number } };
    expect(next.init.status).toBe(400);
  });
});

describe("old attempt counters", () => {
  it("are deleted by the expire-throttles job once their window and lock are over, and current ones stay", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
    await db.throttle.createMany({
      data: [
        { key: "addr:sign-in:old", count: 3, windowStart: old },
        { key: "account:old-but-locked", count: 5, windowStart: old, lockedUntil: new Date(now.getTime() + 60_000) },
        { key: "addr:sign-in:current", count: 1, windowStart: now },
      ],
    });
    const { jobs } = await import("~/jobs/registry.server");
    await jobs.find((j) => j.name === "expire-throttles")!.run({ now });
    expect((await db.throttle.findMany({ orderBy: { key: "asc" } })).map((t) => t.key)).toEqual(["account:old-but-locked", "addr:sign-in:current"]);
  });
});

describe("redirects stay on this site", () => {
  it.each([
    ["a tab", "/\t/evil.example"],
    ["an encoded tab", decodeURIComponent("%2F%09%2Fevil.example")],
    ["a newline", "/\n/evil.example"],
    ["a backslash", "/\\evil.example"],
    ["two slashes", "//evil.example"],
  ])("sign-in with %s in redirectTo lands on the role's home", async (_name, redirectTo) => {
    const response = await form("/inloggen", { email: student.email, password: student.password, redirectTo });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/student");
  });

  it("the sign-in page does not carry a foreign target into its form", async () => {
    const response = await fetch(`${app.base}/inloggen?redirectTo=%2F%09%2Fevil.example`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('name="redirectTo" value=""');
  });

  it("a same-site target is kept", async () => {
    const response = await form("/inloggen", { email: student.email, password: student.password, redirectTo: "/stages?q=kok" });
    expect(response.headers.get("location")).toBe("/stages?q=kok");
  });

  it.each([["/\t/evil.example"], ["/\n/evil.example"], ["https://evil.example/"]])("the language switch refuses %j", async (redirectTo) => {
    const anonymous = await form("/taal", { lng: "en", redirectTo });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toBe("/");
    const signedIn = await form("/taal", { lng: "en", redirectTo }, { Cookie: await cookieFor("employer") });
    expect(signedIn.headers.get("location")).toBe("/werkgever");
  });
});

describe("clean responses", () => {
  it.each([
    ["a JSON body", "application/json", JSON.stringify({ subject: "complaint:unsafe", description: "x" })],
    ["a truncated multipart body", "multipart/form-data; boundary=----x", '------x\r\nContent-Disposition: form-data; name="description"\r\n\r\nhalf'],
    ["a multipart body without a boundary", "multipart/form-data", "garbage"],
  ])("%s posted to /melden gets 400 with the usual page", async (_name, type, body) => {
    const before = await db.report.count();
    const response = await fetch(`${app.base}/melden`, { method: "POST", body, headers: { Origin: app.base, "Content-Type": type } });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("<html");
    expect(await db.report.count()).toBe(before);
  });

  it.each([["/inloggen"], ["/registreren?type=student"], ["/taal"], ["/melden/aanvullen"], ["/wachtwoord-vergeten"]])(
    "a JSON body posted to %s gets 400",
    async (path) => {
      const response = await fetch(app.base + path, { method: "POST", body: "{}", headers: { Origin: app.base, "Content-Type": "application/json" } });
      expect(response.status).toBe(400);
    },
  );

  it("a truncated upload of keurmerk evidence gets 400", async () => {
    const response = await fetch(`${app.base}/werkgever/keurmerken`, {
      method: "POST",
      body: '------x\r\nContent-Disposition: form-data; name="evidenceFile"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF',
      headers: { Origin: app.base, "Content-Type": "multipart/form-data; boundary=----x", Cookie: await cookieFor("employer") },
    });
    expect(response.status).toBe(400);
  });

  it("the evidence download sends nosniff once", async () => {
    const award = await db.keurmerkAward.findFirstOrThrow({ where: { organisation: { municipality: { slug: "amsterdam" } } } });
    await db.keurmerkAward.update({
      where: { id: award.id },
      data: { evidenceFile: Buffer.from("%PDF-1.4 test"), evidenceMime: "application/pdf", evidenceFileName: "bewijs.pdf" },
    });
    const response = await fetch(`${app.base}/gemeente/keurmerken/${award.id}/bewijs`, { headers: { Cookie: await cookieFor("officer") } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
