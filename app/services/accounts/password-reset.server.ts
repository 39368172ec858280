import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { getI18n, isLocale } from "~/i18n/config";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { hashPassword, verifyPassword } from "~/utils/password.server";
import { createSession, generateSessionToken } from "~/utils/session.server";
import { queueMail } from "~/services/platform/mail.server";
import { clearFailedSignIns } from "~/services/accounts/throttle.server";

export const RESET_TOKEN_VALID_MS = 60 * 60 * 1000;
export const RESET_MAILS_PER_HOUR = 3;
/** Every request answers no sooner than this, so the time taken does not tell which addresses have an account. */
const REQUEST_MIN_MS = 300;

export class InvalidResetTokenError extends Error {
  constructor() {
    super("password reset token is unknown, used or expired");
  }
}

export class WrongCurrentPasswordError extends Error {
  constructor() {
    super("current password does not match");
  }
}

export function hashResetToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function resetLink(token: string): string {
  // In the query string: the request log records the path only.
  const url = new URL(`${appUrl()}/wachtwoord-herstellen`);
  url.searchParams.set("token", token);
  return url.toString();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Mails a reset link when the address has an account and fewer than three links went out
 * in the past hour. Says nothing about which case applied: the caller always shows the
 * same answer, and every call takes at least REQUEST_MIN_MS.
 */
export async function requestPasswordReset(email: string, { now = new Date(), minDurationMs = REQUEST_MIN_MS } = {}) {
  const started = Date.now();
  try {
    await issueResetToken(email.trim().toLowerCase(), now);
  } finally {
    const left = minDurationMs - (Date.now() - started);
    if (left > 0) await sleep(left);
  }
}

async function issueResetToken(email: string, now: Date) {
  const token = generateSessionToken();
  const tokenHash = hashResetToken(token);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    const recent = await tx.passwordResetToken.count({
      where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - RESET_TOKEN_VALID_MS) } },
    });
    if (recent >= RESET_MAILS_PER_HOUR) return;
    // A new link replaces every earlier one that is still open.
    await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_VALID_MS) },
    });
    const t = getI18n(isLocale(user.locale) ? user.locale : "nl").t;
    const params = { name: user.name, link: resetLink(token) };
    await queueMail(tx, { to: user.email, subject: t("auth:password_reset_mail.subject"), text: t("auth:password_reset_mail.text", params) });
  });
}

/** The open token's row, or null when it is unknown, used or expired. */
export async function findValidResetToken(token: string | null | undefined, now = new Date()) {
  if (!token || token.length > 128) return null;
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return row;
}

/**
 * Sets a new password with a reset token: the token is spent, every session of the
 * account ends, and a fresh session is returned for the person who proved the mailbox.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()) {
  const row = await findValidResetToken(token, now);
  if (!row) throw new InvalidResetTokenError();
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Spent in one conditional write, so two submissions of the same link cannot both pass.
    const spent = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new InvalidResetTokenError();
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    await writeAudit(tx, { actorId: row.userId, action: "user.password_reset", entityType: "User", entityId: row.userId });
  });
  const user = await db.user.findUniqueOrThrow({ where: { id: row.userId }, select: { id: true, isAdmin: true, email: true } });
  // Whoever proved they own the mailbox is not kept out by someone else's failed guesses.
  await clearFailedSignIns(user.email);
  const { token: sessionToken } = await createSession(user.id, now);
  return { user, sessionToken };
}

/** A signed-in user changes their password; every other session of the account ends, this one stays. */
export async function changePassword(input: { userId: string; currentSessionId: string; currentPassword: string; newPassword: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new WrongCurrentPasswordError();
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: input.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: input.userId, id: { not: input.currentSessionId } } });
    await tx.passwordResetToken.updateMany({ where: { userId: input.userId, usedAt: null }, data: { usedAt: new Date() } });
    await writeAudit(tx, { actorId: input.userId, action: "user.password_changed", entityType: "User", entityId: input.userId });
  });
}
