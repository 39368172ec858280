import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { action as changeAction, loader as changeLoader } from "~/routes/auth/change-password";
import { action as forgotAction } from "~/routes/auth/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/auth/reset-password";
import { hashResetToken, requestPasswordReset } from "~/services/accounts/password-reset.server";
import { db } from "~/utils/db.server";
import { verifyPassword } from "~/utils/password.server";
import { createSession, sessionIdFromToken, validateSessionToken } from "~/utils/session.server";
import { get, post } from "../helpers/requests";

// Seeded accounts (README); each test file runs on its own copy of the database.
const EMAIL = "student4@stagepact.test";
const PASSWORD = "Student-2026-stagepact";
const NEW_PASSWORD = "een nieuwe lange zin als wachtwoord";

type Reply = {
  data: { result?: { error?: Record<string, string[]> }; sent?: boolean; invalid?: boolean; error?: Record<string, string[]> };
  init: { status: number } | null;
};

// A fresh client address per request: these tests are about the account, not the per-address limit.
let requestCount = 0;
const args = (request: Request) => ({ request, params: {}, context: { clientAddress: `192.0.2.${++requestCount}` } });
const user = () => db.user.findUniqueOrThrow({ where: { email: EMAIL } });

async function requestReset(email = EMAIL): Promise<Reply> {
  const result = (await forgotAction(args(post("/wachtwoord-vergeten", { email })))) as unknown;
  // A plain object is a 200 answer; data() carries its own status.
  return result && typeof result === "object" && "init" in result ? (result as Reply) : { data: result as Reply["data"], init: null };
}

async function mailsTo(email = EMAIL) {
  return db.outboundEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

async function latestToken(email = EMAIL) {
  const mails = await mailsTo(email);
  const token = /[?&]token=([a-z2-7]+)/.exec(mails.at(-1)?.text ?? "")?.[1];
  if (!token) throw new Error("no reset link in the mail");
  return token;
}

function reset(token: string, password = NEW_PASSWORD, confirm = password, cookie?: string) {
  return resetAction(args(post("/wachtwoord-herstellen", { token, newPassword: password, confirmPassword: confirm }, cookie)));
}

const cookieOf = (token: string) => `sp_session=${token}`;

let originalHash = "";
beforeAll(async () => {
  originalHash = (await user()).passwordHash;
});

beforeEach(async () => {
  const { id } = await db.user.update({ where: { email: EMAIL }, data: { passwordHash: originalHash } });
  await db.session.deleteMany({ where: { userId: id } });
  await db.passwordResetToken.deleteMany({ where: { userId: id } });
  await db.outboundEmail.deleteMany({ where: { to: EMAIL } });
});

describe("password reset by e-mail", () => {
  it("answers an unknown address exactly as a known one, and mails only the known one", async () => {
    const before = await db.outboundEmail.count();
    const unknown = await requestReset("nobody-here@example.nl");
    const known = await requestReset(EMAIL);
    expect(unknown).toEqual(known);
    expect(known.data.sent).toBe(true);
    expect(known.init?.status ?? 200).toBe(200);
    expect(await db.outboundEmail.count()).toBe(before + 1);
    expect(await db.outboundEmail.count({ where: { to: "nobody-here@example.nl" } })).toBe(0);
  });

  it("takes about as long for an unknown address as for a known one", async () => {
    const time = async (email: string) => {
      const start = performance.now();
      await requestReset(email);
      return performance.now() - start;
    };
    const unknown = await time("nobody-here@example.nl");
    const known = await time(EMAIL);
    expect(unknown).toBeGreaterThanOrEqual(290);
    expect(Math.abs(known - unknown)).toBeLessThan(150);
  });

  it("stores only the SHA-256 of the token it mails, and the token has at least 128 bits", async () => {
    await requestReset();
    const token = await latestToken();
    expect(token.length * 5).toBeGreaterThanOrEqual(128);
    const rows = await db.passwordResetToken.findMany({ where: { userId: (await user()).id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toBe(token);
    expect(rows[0].tokenHash).toBe(hashResetToken(token));
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBe(60 * 60 * 1000);
  });

  it("writes the mail in the recipient's language", async () => {
    await db.user.update({ where: { email: EMAIL }, data: { locale: "en" } });
    try {
      await requestReset();
      const [mail] = await mailsTo();
      expect(mail.subject).toBe("New password for Stagepact");
      expect(mail.text).toContain("valid for one hour");
      expect(mail.text).toMatch(/\/wachtwoord-herstellen\?token=[a-z2-7]+/);
    } finally {
      await db.user.update({ where: { email: EMAIL }, data: { locale: "nl" } });
    }
  });

  it("sets the password with a valid link once, and refuses the same link a second time", async () => {
    await requestReset();
    const token = await latestToken();
    expect(((await resetLoader(args(get(`/wachtwoord-herstellen?token=${token}`)))) as unknown as Reply).data).toMatchObject({ token });

    const response = (await reset(token)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/student");
    expect(response.headers.get("Set-Cookie")).toMatch(/sp_session=[a-z2-7]+/);
    expect(response.headers.get("Set-Cookie")).toMatch(/sp_flash=/);
    const stored = await user();
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(false);
    const row = await db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashResetToken(token) } });
    expect(row.usedAt).not.toBeNull();

    const again = (await reset(token, "nog een ander lang wachtwoord")) as unknown as Reply;
    expect(again.init?.status).toBe(410);
    expect(again.data.invalid).toBe(true);
    expect(await verifyPassword((await user()).passwordHash, NEW_PASSWORD)).toBe(true);
    const page = (await resetLoader(args(get(`/wachtwoord-herstellen?token=${token}`)))) as unknown as Reply;
    expect(page.init?.status).toBe(410);
    expect(page.data).toMatchObject({ token: null });
  });

  it("refuses a link older than one hour", async () => {
    await requestPasswordReset(EMAIL, { now: new Date(Date.now() - 61 * 60 * 1000), minDurationMs: 0 });
    const token = await latestToken();
    const result = (await reset(token)) as unknown as Reply;
    expect(result.init?.status).toBe(410);
    expect(await verifyPassword((await user()).passwordHash, NEW_PASSWORD)).toBe(false);
  });

  it("refuses an unknown token on the page and in the form", async () => {
    const page = (await resetLoader(args(get("/wachtwoord-herstellen?token=abcdefghijklmnopqrstuvwxyz234567")))) as unknown as Reply;
    expect(page.data).toMatchObject({ token: null });
    expect(((await reset("abcdefghijklmnopqrstuvwxyz234567")) as unknown as Reply).data.invalid).toBe(true);
  });

  it("a new link replaces the earlier one", async () => {
    await requestReset();
    const first = await latestToken();
    await requestReset();
    const second = await latestToken();
    expect(second).not.toBe(first);
    expect(((await reset(first)) as unknown as Reply).data.invalid).toBe(true);
    expect(((await reset(second)) as Response).status).toBe(302);
  });

  it("explains a mismatched repeat and a short password next to the fields", async () => {
    await requestReset();
    const token = await latestToken();
    const mismatch = (await reset(token, NEW_PASSWORD, "iets heel anders dan dat")) as unknown as Reply;
    expect(mismatch.init?.status).toBe(400);
    expect(mismatch.data.result?.error?.confirmPassword).toEqual(["auth:password.mismatch"]);
    const short = (await reset(token, "kort")) as unknown as Reply;
    expect(short.data.result?.error?.newPassword).toEqual(["forms:password_too_short"]);
    expect(((await reset(token)) as Response).status).toBe(302);
  });

  it("ends every session of the account, and signs out whoever was signed in on this browser", async () => {
    const { id } = await user();
    const phone = await createSession(id);
    const laptop = await createSession(id);
    const other = await db.user.findUniqueOrThrow({ where: { email: "student5@stagepact.test" } });
    const bystander = await createSession(other.id);
    await requestReset();
    const token = await latestToken();
    // The page works for someone signed in, too.
    expect(((await resetLoader(args(get(`/wachtwoord-herstellen?token=${token}`, cookieOf(bystander.token))))) as unknown as Reply).data).toMatchObject({
      token,
    });
    const response = (await reset(token, NEW_PASSWORD, NEW_PASSWORD, cookieOf(bystander.token))) as Response;
    expect(response.status).toBe(302);
    expect(await validateSessionToken(phone.token)).toBeNull();
    expect(await validateSessionToken(laptop.token)).toBeNull();
    expect(await validateSessionToken(bystander.token)).toBeNull();
    const fresh = /sp_session=([a-z2-7]+)/.exec(response.headers.get("Set-Cookie") ?? "")?.[1] ?? "";
    expect((await validateSessionToken(fresh))?.userId).toBe(id);
    expect(await db.session.count({ where: { userId: id } })).toBe(1);
  });

  it("sends at most three mails per account per hour and still gives the same answer", async () => {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await requestReset());
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await mailsTo()).toHaveLength(3);
    expect(await db.passwordResetToken.count({ where: { userId: (await user()).id } })).toBe(3);
    // An hour later the account may ask again.
    await requestPasswordReset(EMAIL, { now: new Date(Date.now() + 61 * 60 * 1000), minDurationMs: 0 });
    expect(await mailsTo()).toHaveLength(4);
  });
});

describe("password change for a signed-in user", () => {
  const change = (cookie: string, form: Record<string, string>) => changeAction(args(post("/account/wachtwoord", form, cookie)));

  it("sends an anonymous visitor to sign in", async () => {
    const thrown = await changeLoader(args(get("/account/wachtwoord"))).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("Location")).toMatch(/^\/inloggen/);
  });

  it("refuses a wrong current password next to that field and changes nothing", async () => {
    const { id } = await user();
    const current = await createSession(id);
    const result = (await change(cookieOf(current.token), {
      currentPassword: "not-my-password-at-all",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    })) as unknown as Reply;
    expect(result.init?.status).toBe(400);
    expect(result.data.error?.currentPassword).toEqual(["auth:password_change.wrong_current"]);
    expect(await verifyPassword((await user()).passwordHash, NEW_PASSWORD)).toBe(false);
  });

  it("sets the new password, ends every other session and keeps the current one", async () => {
    const { id } = await user();
    const next = "weer een ander lang wachtwoord";
    const current = await createSession(id);
    const elsewhere = await createSession(id);
    const response = (await change(cookieOf(current.token), { currentPassword: PASSWORD, newPassword: next, confirmPassword: next })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/student");
    expect(response.headers.get("Set-Cookie")).toMatch(/sp_flash=/);
    expect(await verifyPassword((await user()).passwordHash, next)).toBe(true);
    expect(await validateSessionToken(current.token)).not.toBeNull();
    expect(await validateSessionToken(elsewhere.token)).toBeNull();
    expect(await db.session.findMany({ where: { userId: id }, select: { id: true } })).toEqual([{ id: sessionIdFromToken(current.token) }]);
  });
});
