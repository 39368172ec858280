// Signing in through OpenID Connect against a real provider (oidc-provider) on a
// loopback port: the browser's trips to the provider are made with real HTTP; our
// routes are called with real Requests against this file's SQLite copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as linkAction, loader as linkLoader } from "~/routes/auth/link-identity";
import { action as signInAction, loader as signInLoader } from "~/routes/auth/sign-in";
import { action as startAction } from "~/routes/auth/sign-in-provider";
import { loader as callbackLoader } from "~/routes/auth/sign-in-provider-callback";
import { findProvider } from "~/services/accounts/oidc-config.server";
import { completeProviderSignIn, FLOW_VALID_MS, LINK_MAILS_PER_HOUR, startProviderSignIn } from "~/services/accounts/oidc.server";
import { db } from "~/utils/db.server";
import { readFlash } from "~/utils/flash.server";
import { validateSessionToken } from "~/utils/session.server";
import { completeAtProvider, startTestProvider, type TestProvider } from "../helpers/oidc-provider";
import { BASE, get, post, SEED_ACCOUNTS, SEED_PASSWORDS, statusOf } from "../helpers/requests";

let idp: TestProvider;
const SECRET = "client-secret-for-the-loopback-test-provider";

beforeAll(async () => {
  idp = await startTestProvider({
    clients: [
      { clientId: "stagepact-eduid", clientSecret: SECRET, redirectUris: [`${BASE}/inloggen/met/eduid/terug`] },
      { clientId: "stagepact-eh", clientSecret: SECRET, redirectUris: [`${BASE}/inloggen/met/eherkenning/terug`] },
    ],
    accounts: [],
  });
  process.env.OIDC_PROVIDERS = JSON.stringify([
    { id: "eduid", issuer: idp.issuer, clientId: "stagepact-eduid", clientSecret: SECRET, roles: ["student"], label: { nl: "eduID", en: "eduID" } },
    {
      id: "eherkenning",
      issuer: idp.issuer,
      clientId: "stagepact-eh",
      clientSecret: SECRET,
      roles: ["employer"],
      label: { nl: "eHerkenning", en: "eHerkenning" },
    },
  ]);
});

afterAll(async () => {
  delete process.env.OIDC_PROVIDERS;
  delete process.env.PASSWORD_SIGNIN_DISABLED_ROLES;
  await idp.close();
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

/** Presses the provider's button on the sign-in page: our redirect to the provider and the flow cookie. */
async function start(provider: string, redirectTo = "") {
  const response = (await startAction(args(post(`/inloggen/met/${provider}`, { redirectTo }), { provider }))) as Response;
  expect(response.status).toBe(302);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sp_oidc="));
  expect(cookie).toMatch(/HttpOnly; SameSite=Lax; Max-Age=600/);
  return { location: response.headers.get("Location")!, flowCookie: cookie!.split(";")[0] };
}

async function callback(provider: string, returned: URL, cookie?: string, headers: Record<string, string> = {}) {
  return (await callbackLoader(args(get(`/inloggen/met/${provider}/terug${returned.search}`, cookie, headers), { provider }))) as Response;
}

/** The whole round trip as one browser: start, sign in at the provider as `sub`, come back. */
async function roundTrip(provider: string, sub: string, options: { redirectTo?: string; cookie?: string; headers?: Record<string, string> } = {}) {
  const { location, flowCookie } = await start(provider, options.redirectTo);
  const returned = await completeAtProvider(location, sub);
  return callback(provider, returned, [flowCookie, options.cookie].filter(Boolean).join("; "), options.headers);
}

function sessionTokenOf(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sp_session=") && !c.includes("Max-Age=0"));
  return cookie ? cookie.split(";")[0].slice("sp_session=".length) : null;
}

async function flashOf(response: Response) {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sp_flash="));
  if (!cookie) return null;
  return (await readFlash(get("/inloggen", cookie.split(";")[0]))).flash;
}

describe("signing in through an OpenID Connect provider", () => {
  it("creates a signed-in student account for a new verified eduID identity, in the reader's language", async () => {
    idp.setAccount({ sub: "eduid-new-1", email: "Noor.Nieuw@eduid.test", email_verified: true, given_name: "Noor", family_name: "de Vries" });
    const response = await roundTrip("eduid", "eduid-new-1", { headers: { "Accept-Language": "en" } });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/student");
    const session = await validateSessionToken(sessionTokenOf(response)!);
    const user = await db.user.findUniqueOrThrow({ where: { email: "noor.nieuw@eduid.test" }, include: { student: true, identities: true } });
    expect(session?.userId).toBe(user.id);
    expect(user).toMatchObject({ name: "Noor de Vries", locale: "en" });
    expect(user.student).toMatchObject({ firstName: "Noor", lastName: "de Vries" });
    expect(user.identities).toEqual([expect.objectContaining({ provider: "eduid", subject: "eduid-new-1" })]);
    expect(await db.auditLog.count({ where: { action: "user.created_through_provider", entityId: user.id } })).toBe(1);
    // The flow cookie is spent.
    expect(response.headers.getSetCookie().some((c) => c.startsWith("sp_oidc=;") && c.includes("Max-Age=0"))).toBe(true);
  });

  it("signs in the account an identity is already linked to and returns to the page asked for", async () => {
    const student = await db.user.findUniqueOrThrow({ where: { email: SEED_ACCOUNTS.student.email } });
    await db.userIdentity.create({ data: { userId: student.id, provider: "eduid", subject: "eduid-linked-1" } });
    // The provider's address may differ from the account's: the link is by subject.
    idp.setAccount({ sub: "eduid-linked-1", email: "someone-else@eduid.test", email_verified: false });
    const users = await db.user.count();
    const response = await roundTrip("eduid", "eduid-linked-1", { redirectTo: "/student/sollicitaties" });
    expect(response.headers.get("Location")).toBe("/student/sollicitaties");
    expect((await validateSessionToken(sessionTokenOf(response)!))?.userId).toBe(student.id);
    const identity = await db.userIdentity.findUniqueOrThrow({ where: { provider_subject: { provider: "eduid", subject: "eduid-linked-1" } } });
    expect(identity.lastUsedAt).not.toBeNull();
    expect(await db.user.count()).toBe(users);
  });

  it("never links a verified address silently: it mails a confirmation link, and confirming links and signs in", async () => {
    const email = "student2@stagepact.test";
    const owner = await db.user.findUniqueOrThrow({ where: { email } });
    idp.setAccount({ sub: "eduid-match-1", email, email_verified: true, given_name: "Ander", family_name: "Iemand" });
    const response = await roundTrip("eduid", "eduid-match-1");
    expect(response.headers.get("Location")).toBe("/inloggen");
    expect(sessionTokenOf(response)).toBeNull();
    expect(await flashOf(response)).toMatchObject({ type: "info", key: "auth:oidc.link_mail_sent", params: { provider: "eduID" } });
    expect(await db.userIdentity.count({ where: { userId: owner.id } })).toBe(0);

    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toContain("eduID");
    const token = /\/inloggen\/koppelen\/([a-z2-7]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();
    const request = await db.identityLinkRequest.findFirstOrThrow({ where: { userId: owner.id } });
    expect(request.tokenHash).not.toBe(token);
    expect(request.expiresAt.getTime() - request.createdAt.getTime()).toBe(60 * 60 * 1000);

    const page = (await linkLoader(args(get(`/inloggen/koppelen/${token}`), { token: token! }))) as unknown as {
      data: { provider: string; email: string };
      init: { status: number };
    };
    expect(page.init.status).toBe(200);
    expect(page.data).toMatchObject({ provider: "eduID", email });

    const confirmed = (await linkAction(args(post(`/inloggen/koppelen/${token}`, {}), { token: token! }))) as Response;
    expect(confirmed.status).toBe(302);
    expect((await validateSessionToken(sessionTokenOf(confirmed)!))?.userId).toBe(owner.id);
    expect(await db.userIdentity.findUnique({ where: { provider_subject: { provider: "eduid", subject: "eduid-match-1" } } })).toMatchObject({
      userId: owner.id,
    });
    expect((await db.identityLinkRequest.findUniqueOrThrow({ where: { id: request.id } })).usedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.identity_linked", actorId: owner.id } })).toBe(1);

    // The link works once; the next sign-in through eduID goes straight in.
    expect(await statusOf(() => linkAction(args(post(`/inloggen/koppelen/${token}`, {}), { token: token! })))).toBe(410);
    const again = await roundTrip("eduid", "eduid-match-1");
    expect((await validateSessionToken(sessionTokenOf(again)!))?.userId).toBe(owner.id);
  });

  it("refuses an unverified address that matches an account: nothing is linked, created or mailed", async () => {
    const email = "student3@stagepact.test";
    idp.setAccount({ sub: "eduid-unverified-1", email, email_verified: false, name: "Niet Bevestigd" });
    const [users, mails] = [await db.user.count(), await db.outboundEmail.count()];
    const response = await roundTrip("eduid", "eduid-unverified-1");
    expect(response.headers.get("Location")).toBe("/inloggen");
    expect(sessionTokenOf(response)).toBeNull();
    expect(await flashOf(response)).toMatchObject({ type: "error", key: "auth:oidc.refused.email_not_verified" });
    expect(await db.userIdentity.count({ where: { subject: "eduid-unverified-1" } })).toBe(0);
    expect(await db.identityLinkRequest.count({ where: { subject: "eduid-unverified-1" } })).toBe(0);
    expect([await db.user.count(), await db.outboundEmail.count()]).toEqual([users, mails]);
  });

  it("does not create an account through an employer-only provider: employers are invited", async () => {
    idp.setAccount({ sub: "eh-new-1", email: "nieuw@bedrijf.test", email_verified: true, name: "Nieuwe Werkgever" });
    const users = await db.user.count();
    const response = await roundTrip("eherkenning", "eh-new-1");
    expect(await flashOf(response)).toMatchObject({ type: "error", key: "auth:oidc.refused.no_self_sign_up", params: { provider: "eHerkenning" } });
    expect(sessionTokenOf(response)).toBeNull();
    expect(await db.user.count()).toBe(users);
    expect(await db.user.findUnique({ where: { email: "nieuw@bedrijf.test" } })).toBeNull();
  });

  it("refuses a linked account whose roles the provider does not serve", async () => {
    const employer = await db.user.findUniqueOrThrow({ where: { email: SEED_ACCOUNTS.employer.email } });
    await db.userIdentity.create({ data: { userId: employer.id, provider: "eduid", subject: "eduid-employer-1" } });
    idp.setAccount({ sub: "eduid-employer-1", email: employer.email, email_verified: true });
    const response = await roundTrip("eduid", "eduid-employer-1");
    expect(await flashOf(response)).toMatchObject({ type: "error", key: "auth:oidc.refused.role_not_allowed" });
    expect(sessionTokenOf(response)).toBeNull();
  });

  it("rejects an answer whose state does not match the flow cookie", async () => {
    idp.setAccount({ sub: "eduid-state-1", email: "state@eduid.test", email_verified: true, name: "Sta Te" });
    const { location, flowCookie } = await start("eduid");
    const returned = await completeAtProvider(location, "eduid-state-1");
    returned.searchParams.set("state", "not-the-state-we-sent");
    const response = await callback("eduid", returned, flowCookie);
    expect(await flashOf(response)).toMatchObject({ type: "error", key: "auth:oidc.errors.state_mismatch" });
    expect(sessionTokenOf(response)).toBeNull();
    expect(await db.user.findUnique({ where: { email: "state@eduid.test" } })).toBeNull();
  });

  it("rejects a callback without the flow cookie, with a tampered one, or with one from another provider", async () => {
    idp.setAccount({ sub: "eduid-cookie-1", email: "cookie@eduid.test", email_verified: true, name: "Koek Je" });
    for (const mangle of [
      () => undefined,
      (c: string) => c.replace(/=(.)/, (_m, ch: string) => `=${ch === "e" ? "f" : "e"}`),
      (c: string) => `${c.split(".")[0]}.${"A".repeat(43)}`,
    ]) {
      const { location, flowCookie } = await start("eduid");
      const returned = await completeAtProvider(location, "eduid-cookie-1");
      const response = await callback("eduid", returned, mangle(flowCookie));
      expect(await flashOf(response)).toMatchObject({ type: "error", key: "auth:oidc.errors.flow_expired" });
      expect(sessionTokenOf(response)).toBeNull();
    }
    const { location, flowCookie } = await start("eduid");
    const returned = await completeAtProvider(location, "eduid-cookie-1");
    const response = await callback("eherkenning", returned, flowCookie);
    expect(await flashOf(response)).toMatchObject({ key: "auth:oidc.errors.flow_expired" });
    expect(await db.user.findUnique({ where: { email: "cookie@eduid.test" } })).toBeNull();
  });

  it("refuses a flow cookie older than ten minutes and accepts one just inside them", async () => {
    idp.setAccount({ sub: "eduid-late-1", email: "laat@eduid.test", email_verified: true, name: "La Te" });
    const provider = findProvider("eduid")!;
    // The button was pressed ten minutes and a second ago: the cookie's signed expiry has passed.
    const late = await startProviderSignIn(provider, null, new Date(Date.now() - FLOW_VALID_MS - 1000));
    const lateResponse = await callback("eduid", await completeAtProvider(late.url, "eduid-late-1"), late.cookie.split(";")[0]);
    expect(await flashOf(lateResponse)).toMatchObject({ type: "error", key: "auth:oidc.errors.flow_expired" });
    expect(sessionTokenOf(lateResponse)).toBeNull();
    expect(await db.user.findUnique({ where: { email: "laat@eduid.test" } })).toBeNull();
    // Pressed nine minutes and fifty seconds ago: still in time.
    const inTime = await startProviderSignIn(provider, null, new Date(Date.now() - FLOW_VALID_MS + 10_000));
    const inTimeResponse = await callback("eduid", await completeAtProvider(inTime.url, "eduid-late-1"), inTime.cookie.split(";")[0]);
    expect(inTimeResponse.headers.get("Location")).toBe("/student");
    const user = await db.user.findUniqueOrThrow({ where: { email: "laat@eduid.test" } });
    expect((await validateSessionToken(sessionTokenOf(inTimeResponse)!))?.userId).toBe(user.id);
  });

  it("sends at most three link mails per account an hour, without telling the person, and again after the hour", async () => {
    const email = "student4@stagepact.test";
    const owner = await db.user.findUniqueOrThrow({ where: { email } });
    idp.setAccount({ sub: "eduid-limit-1", email, email_verified: true, name: "Vier Keer" });
    const mails = () => db.outboundEmail.count({ where: { to: email, subject: { contains: "eduID" } } });
    expect(LINK_MAILS_PER_HOUR).toBe(3);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await roundTrip("eduid", "eduid-limit-1");
      // The fourth answer is the same as the first three.
      expect(await flashOf(response)).toMatchObject({ type: "info", key: "auth:oidc.link_mail_sent" });
    }
    expect(await mails()).toBe(3);
    expect(await db.identityLinkRequest.count({ where: { userId: owner.id } })).toBe(3);

    // An hour and a minute later the limit is spent no more.
    const provider = findProvider("eduid")!;
    const later = new Date(Date.now() + 61 * 60 * 1000);
    const started = await startProviderSignIn(provider, null, later);
    const returned = await completeAtProvider(started.url, "eduid-limit-1");
    const request = get(`/inloggen/met/eduid/terug${returned.search}`, started.cookie.split(";")[0]);
    expect(await completeProviderSignIn(provider, request, "nl", later)).toEqual({ kind: "link_mail_sent" });
    expect(await mails()).toBe(4);
    expect(await db.identityLinkRequest.count({ where: { userId: owner.id } })).toBe(4);
    expect(await db.userIdentity.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("says so when the person cancels at the provider", async () => {
    idp.setAccount({ sub: "eduid-deny-1", email: "deny@eduid.test", email_verified: true });
    const { location, flowCookie } = await start("eduid");
    const returned = await completeAtProvider(location, "eduid-deny-1", { deny: true });
    expect(returned.searchParams.get("error")).toBe("access_denied");
    const response = await callback("eduid", returned, flowCookie);
    expect(await flashOf(response)).toMatchObject({ type: "error", key: "auth:oidc.errors.provider_error" });
  });

  it("answers 404 for a provider that is not configured", async () => {
    expect(await statusOf(() => startAction(args(post("/inloggen/met/onbekend", {}), { provider: "onbekend" })))).toBe(404);
    expect(await statusOf(() => callbackLoader(args(get("/inloggen/met/onbekend/terug?code=x&state=y"), { provider: "onbekend" })))).toBe(404);
  });
});

describe("password sign-in switched off for some roles", () => {
  let address = 0;
  const signInArgs = (email: string, password: string) => ({
    request: post("/inloggen", { email, password }),
    params: {},
    context: { clientAddress: `198.51.100.${++address}` },
  });

  it("the sign-in page offers one button per provider and explains for whom passwords are off", async () => {
    process.env.PASSWORD_SIGNIN_DISABLED_ROLES = "employer,officer";
    const page = (await signInLoader(args(get("/inloggen", undefined, { "Accept-Language": "en" })))) as {
      providers: unknown[];
      passwordDisabledRoles: string[];
    };
    expect(page.providers).toEqual([
      { id: "eduid", label: "eduID" },
      { id: "eherkenning", label: "eHerkenning" },
    ]);
    expect(page.passwordDisabledRoles).toEqual(["employer", "officer"]);
  });

  it("refuses the right password of an employer, answers a wrong one as before, and lets a student in", async () => {
    process.env.PASSWORD_SIGNIN_DISABLED_ROLES = "employer";
    const refused = (await signInAction(signInArgs(SEED_ACCOUNTS.employer.email, SEED_PASSWORDS.employer))) as unknown as {
      data: { error: Record<string, string[]> };
      init: { status: number };
    };
    expect(refused.init.status).toBe(403);
    expect(refused.data.error[""]).toEqual(["auth:sign_in.password_disabled"]);
    const wrong = (await signInAction(signInArgs(SEED_ACCOUNTS.employer.email, "not the password at all"))) as unknown as {
      data: { error: Record<string, string[]> };
      init: { status: number };
    };
    expect(wrong.init.status).toBe(400);
    expect(wrong.data.error[""]).toEqual(["auth:sign_in.invalid"]);
    const student = (await signInAction(signInArgs("student5@stagepact.test", SEED_PASSWORDS.student))) as Response;
    expect(student.status).toBe(302);
    delete process.env.PASSWORD_SIGNIN_DISABLED_ROLES;
    const allowed = (await signInAction(signInArgs(SEED_ACCOUNTS.employer.email, SEED_PASSWORDS.employer))) as Response;
    expect(allowed.status).toBe(302);
  });
});
