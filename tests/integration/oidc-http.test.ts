// The whole journey over HTTP, as a browser without JavaScript makes it: the sign-in
// page's button, the real app's redirect to a real provider (oidc-provider on a loopback
// port), the provider's login, the callback, and the signed-in start page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { completeAtProvider, startTestProvider, type TestProvider } from "../helpers/oidc-provider";

let app: HttpApp;
let idp: TestProvider;
const SECRET = "client-secret-for-the-loopback-test-provider";

beforeAll(async () => {
  app = await startHttpApp();
  idp = await startTestProvider({
    clients: [{ clientId: "stagepact", clientSecret: SECRET, redirectUris: [`${app.base}/inloggen/met/eduid/terug`] }],
    accounts: [
      { sub: "http-new-1", email: "lisa@eduid.test", email_verified: true, given_name: "Lisa", family_name: "Bakker" },
      { sub: "http-match-1", email: "student6@stagepact.test", email_verified: true, name: "Zes Student" },
    ],
  });
  process.env.OIDC_PROVIDERS = JSON.stringify([
    {
      id: "eduid",
      issuer: idp.issuer,
      clientId: "stagepact",
      clientSecret: SECRET,
      roles: ["student"],
      label: { nl: "eduID (studenten)", en: "eduID (students)" },
    },
  ]);
  process.env.PASSWORD_SIGNIN_DISABLED_ROLES = "employer,officer";
});

afterAll(async () => {
  delete process.env.OIDC_PROVIDERS;
  delete process.env.PASSWORD_SIGNIN_DISABLED_ROLES;
  await idp?.close();
  await app?.close();
});

const cookiePair = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(";")[0];

describe("signing in through a provider over HTTP", () => {
  it("shows one button per provider in the reader's language and explains for whom passwords are off", async () => {
    for (const [locale, label, notice] of [
      ["nl", "Inloggen met eduID (studenten)", "werkgevers en medewerkers van de gemeente"],
      ["en", "Sign in with eduID (students)", "employers and municipal officers"],
    ]) {
      const response = await fetch(`${app.base}/inloggen`, { headers: { "Accept-Language": locale } });
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).toContain('action="/inloggen/met/eduid"');
      expect(html).toContain(label);
      expect(html).toContain(notice);
      // The browser may follow the button's redirect to the provider.
      expect(response.headers.get("Content-Security-Policy")).toContain(`form-action 'self' ${idp.issuer}`);
    }
  });

  it("creates the student and signs them in after the round trip through the provider", async () => {
    const started = await fetch(`${app.base}/inloggen/met/eduid`, {
      method: "POST",
      body: new URLSearchParams({ redirectTo: "" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.base },
      redirect: "manual",
    });
    expect(started.status).toBe(302);
    const location = started.headers.get("Location")!;
    expect(location.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    expect(new URL(location).searchParams.get("code_challenge_method")).toBe("S256");
    const flow = cookiePair(started, "sp_oidc")!;

    const returned = await completeAtProvider(location, "http-new-1");
    expect(returned.origin).toBe(app.base);
    const back = await fetch(returned, { headers: { Cookie: flow }, redirect: "manual" });
    expect(back.status).toBe(302);
    expect(back.headers.get("Location")).toBe("/student");
    const session = cookiePair(back, "sp_session")!;
    const home = await fetch(`${app.base}/student`, { headers: { Cookie: session }, redirect: "manual" });
    expect(home.status).toBe(200);
    expect(await db.user.findUnique({ where: { email: "lisa@eduid.test" }, select: { locale: true } })).toEqual({ locale: "nl" });
  });

  it("shows the failure on the sign-in page in both languages when the flow cookie is missing", async () => {
    const started = await fetch(`${app.base}/inloggen/met/eduid`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.base },
      redirect: "manual",
    });
    const returned = await completeAtProvider(started.headers.get("Location")!, "http-new-1");
    for (const [locale, text] of [
      ["nl", "duurde te lang"],
      ["en", "took too long"],
    ]) {
      const back = await fetch(returned, { headers: { "Accept-Language": locale }, redirect: "manual" });
      expect(back.headers.get("Location")).toBe("/inloggen");
      expect(cookiePair(back, "sp_session")).toBeUndefined();
      const page = await fetch(`${app.base}/inloggen`, { headers: { "Accept-Language": locale, Cookie: cookiePair(back, "sp_flash")! } });
      expect(await page.text()).toContain(text);
    }
  });
  it("asks an existing account's owner to confirm the link on a page that names the provider", async () => {
    const started = await fetch(`${app.base}/inloggen/met/eduid`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.base },
      redirect: "manual",
    });
    const returned = await completeAtProvider(started.headers.get("Location")!, "http-match-1");
    const back = await fetch(returned, { headers: { Cookie: cookiePair(started, "sp_oidc")! }, redirect: "manual" });
    expect(back.headers.get("Location")).toBe("/inloggen");
    const notice = await fetch(`${app.base}/inloggen`, { headers: { Cookie: cookiePair(back, "sp_flash")! } });
    expect(await notice.text()).toContain("We hebben je een e-mail gestuurd");
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: "student6@stagepact.test" }, orderBy: { createdAt: "desc" } });
    const link = /http\S+\/inloggen\/koppelen\/[a-z2-7]+/.exec(mail.text)![0];
    expect(link.startsWith(app.base)).toBe(true);
    const page = await fetch(link, { headers: { "Accept-Language": "en" } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Link eduID (students)");
    const confirmed = await fetch(link, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: app.base },
      redirect: "manual",
    });
    expect(confirmed.status).toBe(302);
    expect(cookiePair(confirmed, "sp_session")).toBeTruthy();
    const spent = await fetch(link);
    expect(spent.status).toBe(410);
    expect(await spent.text()).toContain("Deze link werkt niet meer");
  });
});
