import { redirect } from "@remix-run/node";
import { db } from "./db.server";
import type { Actor, MembershipRole, Permission, Resource } from "./permissions";
import { can } from "./permissions";
import { readSessionToken, validateSessionToken } from "./session.server";

export type AuthContext = {
  sessionId: string;
  user: { id: string; email: string; name: string; locale: string; isAdmin: boolean };
  actor: Actor;
};

/** Everything permission checks need to know about a user. */
export async function loadActor(userId: string, isAdmin: boolean): Promise<Actor> {
  const [student, memberships, officerRoles] = await Promise.all([
    db.student.findUnique({ where: { userId }, select: { id: true } }),
    db.membership.findMany({ where: { userId }, select: { organisationId: true, role: true }, orderBy: { createdAt: "asc" } }),
    db.municipalOfficer.findMany({ where: { userId }, select: { municipalityId: true } }),
  ]);
  return {
    userId,
    isAdmin,
    studentId: student?.id ?? null,
    memberships: memberships.map((m) => ({ organisationId: m.organisationId, role: m.role as MembershipRole })),
    officerMunicipalityIds: officerRoles.map((o) => o.municipalityId),
  };
}

/** The signed-in user with everything permission checks need, or null. */
export async function getAuth(request: Request): Promise<AuthContext | null> {
  const token = readSessionToken(request);
  if (!token) return null;
  const session = await validateSessionToken(token);
  if (!session) return null;
  const { user } = session;
  return {
    sessionId: session.id,
    user: { id: user.id, email: user.email, name: user.name, locale: user.locale, isAdmin: user.isAdmin },
    actor: await loadActor(user.id, user.isAdmin),
  };
}

function signInRedirect(request: Request) {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: url.pathname + url.search });
  return redirect(`/inloggen?${params}`);
}

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export function notFound(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

export async function requireUser(request: Request): Promise<AuthContext> {
  const auth = await getAuth(request);
  if (!auth) throw signInRedirect(request);
  return auth;
}

export async function requireAnonymous(request: Request) {
  const auth = await getAuth(request);
  if (auth) throw redirect(homePathFor(auth.actor));
}

export async function requirePermission(request: Request, permission: Permission, resource: Resource = {}) {
  const auth = await requireUser(request);
  if (!can(auth.actor, permission, resource)) forbidden();
  return auth;
}

export async function requireStudent(request: Request) {
  const auth = await requireUser(request);
  if (!auth.actor.studentId) forbidden();
  return { ...auth, studentId: auth.actor.studentId };
}

/**
 * The employer's current organisation. A member of several organisations picks one
 * with ?org=; otherwise the first membership is used.
 */
export async function requireEmployer(request: Request, permission: Permission = "read:organisation:own") {
  const auth = await requireUser(request);
  if (auth.actor.memberships.length === 0) forbidden();
  const wanted = new URL(request.url).searchParams.get("org");
  const membership = (wanted && auth.actor.memberships.find((m) => m.organisationId === wanted)) || auth.actor.memberships[0];
  if (!can(auth.actor, permission, { organisationId: membership.organisationId })) forbidden();
  return { ...auth, organisationId: membership.organisationId, memberRole: membership.role };
}

/** The officer's municipality (the first one they serve, or ?gemeente= among theirs). */
export async function requireOfficer(request: Request, permission: Permission = "read:dashboard:municipality") {
  const auth = await requireUser(request);
  if (auth.actor.officerMunicipalityIds.length === 0) forbidden();
  const wanted = new URL(request.url).searchParams.get("gemeente");
  const municipalityId = (wanted && auth.actor.officerMunicipalityIds.find((id) => id === wanted)) || auth.actor.officerMunicipalityIds[0];
  if (!can(auth.actor, permission, { municipalityId })) forbidden();
  return { ...auth, municipalityId };
}

export async function requireAdmin(request: Request) {
  const auth = await requireUser(request);
  if (!auth.actor.isAdmin) forbidden();
  return auth;
}

export function homePathFor(actor: Actor): string {
  if (actor.isAdmin) return "/beheer";
  if (actor.officerMunicipalityIds.length > 0) return "/gemeente";
  if (actor.memberships.length > 0) return "/werkgever";
  if (actor.studentId) return "/student";
  return "/";
}
