import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { db } from "./db.server";
import { env } from "./env.server";

// Follows the Lucia session guide: a random token in the cookie, only its SHA-256 in the database.
export const SESSION_COOKIE = "sp_session";
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 7 * DAY; // sliding expiry
export const SESSION_ABSOLUTE_MS = 30 * DAY; // hard cap, whatever the activity

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20); // 160 bits
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(userId: string, now = new Date()) {
  const token = generateSessionToken();
  const session = await db.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
  });
  return { token, session };
}

export async function validateSessionToken(token: string, now = new Date()) {
  const id = sessionIdFromToken(token);
  const session = await db.session.findUnique({ where: { id }, include: { user: true } });
  if (!session) return null;
  if (now >= session.expiresAt || now >= session.absoluteExpiresAt) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  // Extend only past half-life, so most requests stay read-only.
  if (session.expiresAt.getTime() - now.getTime() < SESSION_IDLE_MS / 2) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime()));
    await db.session.update({ where: { id }, data: { expiresAt } });
    session.expiresAt = expiresAt;
  }
  return session;
}

export async function invalidateSession(token: string) {
  await db.session.deleteMany({ where: { id: sessionIdFromToken(token) } });
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("Cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) {
      const value = rest.join("=");
      return /^[a-z2-7]{20,64}$/.test(value) ? value : null;
    }
  }
  return null;
}

function cookieAttributes(maxAgeSeconds: number) {
  // Browsers accept Secure cookies from http://localhost, so production is always Secure.
  const secure = env.NODE_ENV === "production" ? "; Secure" : "";
  return `Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export function sessionCookie(token: string): string {
  // The cookie lives as long as the absolute cap; the server enforces the sliding expiry.
  return `${SESSION_COOKIE}=${token}; ${cookieAttributes(SESSION_ABSOLUTE_MS / 1000)}`;
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${cookieAttributes(0)}`;
}
