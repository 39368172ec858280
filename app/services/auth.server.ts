import { db } from "~/utils/db.server";
import { burnPasswordCheck, hashPassword, verifyPassword } from "~/utils/password.server";
import { createSession } from "~/utils/session.server";

export class EmailTakenError extends Error {
  constructor() {
    super("email already registered");
  }
}

export async function signIn(email: string, password: string) {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  // A fresh session at every sign-in: a token planted before sign-in is never promoted.
  const { token } = await createSession(user.id);
  return { user, token };
}

export async function assertEmailFree(email: string) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new EmailTakenError();
}

export async function signUpStudent(input: { name: string; email: string; password: string; firstName: string; lastName: string; locale: string }) {
  await assertEmailFree(input.email);
  const passwordHash = await hashPassword(input.password);
  const user = await db.user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      locale: input.locale,
      student: { create: { firstName: input.firstName, lastName: input.lastName } },
    },
  });
  const { token } = await createSession(user.id);
  return { user, token };
}
