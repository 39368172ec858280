import { describe, expect, it } from "vitest";
import { action as signInAction } from "~/routes/auth/sign-in";
import { action as signOutAction } from "~/routes/auth/sign-out";
import { db } from "~/utils/db.server";
import {
  createSession,
  generateSessionToken,
  readSessionToken,
  sessionIdFromToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  validateSessionToken,
} from "~/utils/session.server";
import { get, post, SEED_ACCOUNTS } from "../helpers/requests";
import { allowFormPost } from "~/services/accounts/throttle.server";

async function seededUserId() {
  const user = await db.user.findUniqueOrThrow({ where: { email: SEED_ACCOUNTS.student.email } });
  return user.id;
}

function setCookieToken(response: Response) {
  const header = response.headers.get("Set-Cookie") ?? "";
  return /sp_session=([a-z2-7]*)/.exec(header)?.[1] ?? null;
}

describe("sessions", () => {
  it("makes tokens of at least 128 bits and stores only their SHA-256 hash", async () => {
    const token = generateSessionToken();
    expect(token.length * 5).toBeGreaterThanOrEqual(128);
    const { session } = await createSession(await seededUserId());
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.session.findFirst({ where: { id: token } })).toBeNull();
  });

  it("extends an idle session past its half-life but never beyond the absolute cap", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const { token, session } = await createSession(await seededUserId(), start);
    const later = new Date(start.getTime() + SESSION_IDLE_MS * 0.75);
    const extended = await validateSessionToken(token, later);
    expect(extended?.expiresAt.getTime()).toBe(later.getTime() + SESSION_IDLE_MS);
    const nearCap = new Date(session.absoluteExpiresAt.getTime() - 60_000);
    // Keep it alive in steps so only the absolute cap can end it.
    for (let t = later.getTime(); t < nearCap.getTime(); t += SESSION_IDLE_MS * 0.6) {
      expect(await validateSessionToken(token, new Date(t))).not.toBeNull();
    }
    const capped = await validateSessionToken(token, nearCap);
    expect(capped?.expiresAt.getTime()).toBeLessThanOrEqual(session.absoluteExpiresAt.getTime());
    expect(await validateSessionToken(token, new Date(start.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
  });

  it("ends a session that was idle longer than the sliding window", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const { token } = await createSession(await seededUserId(), start);
    expect(await validateSessionToken(token, new Date(start.getTime() + SESSION_IDLE_MS + 1))).toBeNull();
    expect(await db.session.count({ where: { id: sessionIdFromToken(token) } })).toBe(0);
  });

  it("issues a new session at sign-in, so a planted token is never promoted", async () => {
    const planted = generateSessionToken();
    const request = post("/inloggen", { email: SEED_ACCOUNTS.student.email, password: SEED_ACCOUNTS.student.password });
    request.headers.set("Cookie", `sp_session=${planted}`);
    const response = (await signInAction({ request, params: {}, context: {} })) as Response;
    expect(response.status).toBe(302);
    const token = setCookieToken(response);
    expect(token).toBeTruthy();
    expect(token).not.toBe(planted);
    expect(response.headers.get("Set-Cookie")).toMatch(/HttpOnly/);
    expect(response.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/);
    expect(response.headers.get("Location")).toBe("/student");
  });

  it("refuses a wrong password with a message for the form and keeps the e-mail", async () => {
    const request = post("/inloggen", { email: SEED_ACCOUNTS.student.email, password: "wrong-password-123" });
    const result = (await signInAction({ request, params: {}, context: {} })) as unknown as {
      data: { error?: Record<string, string[]>; initialValue?: Record<string, string> };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.error?.[""]).toEqual(["auth:sign_in.invalid"]);
    expect(result.data.initialValue?.email).toBe(SEED_ACCOUNTS.student.email);
    expect(result.data.initialValue?.password).toBeUndefined();
  });

  it("answers a rate-limited sign-in with a form message and no session", async () => {
    const clientAddress = "198.51.100.8";
    while (await allowFormPost("sign-in", clientAddress));
    const request = post("/inloggen", { email: SEED_ACCOUNTS.student.email, password: SEED_ACCOUNTS.student.password });
    const result = (await signInAction({ request, params: {}, context: { clientAddress } })) as unknown as {
      data: { error?: Record<string, string[]> };
      init: { status: number };
    };
    expect(result.init.status).toBe(429);
    expect(result.data.error?.[""]).toEqual(["auth:rate_limited"]);
  });

  it("kills the session on the server at sign-out", async () => {
    const { token } = await createSession(await seededUserId());
    const request = post("/uitloggen", {}, `sp_session=${token}`);
    const response = (await signOutAction({ request, params: {}, context: {} })) as Response;
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(await validateSessionToken(token)).toBeNull();
    expect(readSessionToken(get("/", `sp_session=${token}`))).toBe(token);
  });
});
