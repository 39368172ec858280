import type { User } from "~/generated/prisma/client";
import { passwordSignInDisabled, rolesOf } from "~/domain/identity";
import { oidcSettings } from "~/services/accounts/oidc-config.server";
import { accountLockedUntil, clearFailedSignIns, recordFailedSignIn } from "~/services/accounts/throttle.server";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { burnPasswordCheck, hashPassword, verifyPassword } from "~/utils/password.server";
import { createSession } from "~/utils/session.server";

export class EmailTakenError extends Error {
  constructor() {
    super("email already registered");
  }
}

export type SignInResult =
  | { ok: true; user: User; token: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "password_disabled" }
  | { ok: false; reason: "throttled"; until: Date };

/**
 * Checks the password unless the account is locked after too many failures (from any
 * address). Unknown addresses are counted and locked the same way, so the answers do not
 * tell which accounts exist.
 */
export async function signIn(email: string, password: string, now = new Date()): Promise<SignInResult> {
  const address = email.trim().toLowerCase();
  const lockedUntil = await accountLockedUntil(address, now);
  if (lockedUntil) return { ok: false, reason: "throttled", until: lockedUntil };
  const user = await db.user.findUnique({ where: { email: address } });
  if (!user) await burnPasswordCheck(password);
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    const until = await recordFailedSignIn(address, now);
    return until ? { ok: false, reason: "throttled", until } : { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(address);
  // Said only after the right password, so it tells nobody else which accounts exist.
  const { passwordDisabledRoles } = oidcSettings();
  if (passwordDisabledRoles.length > 0) {
    const actor = await loadActor(user.id, user.isAdmin);
    const roles = rolesOf({
      isAdmin: user.isAdmin,
      isStudent: Boolean(actor.studentId),
      isEmployer: actor.memberships.length > 0,
      isOfficer: actor.officerMunicipalityIds.length > 0,
    });
    if (passwordSignInDisabled(passwordDisabledRoles, roles)) return { ok: false, reason: "password_disabled" };
  }
  // A fresh session at every sign-in: a token planted before sign-in is never promoted.
  const { token } = await createSession(user.id);
  return { ok: true, user, token };
}

export async function assertEmailFree(email: string) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new EmailTakenError();
}

export async function signUpStudent(input: { email: string; password: string; firstName: string; lastName: string; locale: string }) {
  await assertEmailFree(input.email);
  const passwordHash = await hashPassword(input.password);
  const user = await db.user.create({
    data: {
      email: input.email,
      name: `${input.firstName} ${input.lastName}`,
      passwordHash,
      locale: input.locale,
      student: { create: { firstName: input.firstName, lastName: input.lastName } },
    },
  });
  const { token } = await createSession(user.id);
  return { user, token };
}
