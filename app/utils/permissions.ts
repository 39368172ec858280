// Permissions read as action:entity:scope. This module is pure so it can be tested
// by table; app/utils/auth.server.ts builds the Actor from the session. The platform
// admin's pages check isAdmin through requireAdmin, not a permission.

export type MembershipRole = "owner" | "recruiter";

export type Actor = {
  userId: string;
  isAdmin: boolean;
  studentId: string | null;
  memberships: { organisationId: string; role: MembershipRole }[];
  officerMunicipalityIds: string[];
};

export type Permission =
  | "update:profile:own"
  | "read:organisation:own"
  | "update:organisation:own"
  | "manage:members:own"
  | "sign:pact:own"
  | "create:internship:own"
  | "update:internship:own"
  | "read:applications:own"
  | "decide:application:own"
  | "apply:keurmerk:own"
  | "verify:organisation:municipality"
  | "handle:report:municipality"
  | "award:keurmerk:municipality"
  | "publish:list:municipality"
  | "read:dashboard:municipality";

export type Resource = { organisationId?: string; municipalityId?: string };

export type Role = "student" | "employer" | "officer" | "admin";

export function rolesOf(actor: Actor): Role[] {
  const roles: Role[] = [];
  if (actor.studentId) roles.push("student");
  if (actor.memberships.length > 0) roles.push("employer");
  if (actor.officerMunicipalityIds.length > 0) roles.push("officer");
  if (actor.isAdmin) roles.push("admin");
  return roles;
}

function membership(actor: Actor, organisationId: string | undefined) {
  if (!organisationId) return undefined;
  return actor.memberships.find((m) => m.organisationId === organisationId);
}

function officerOf(actor: Actor, municipalityId: string | undefined) {
  return !!municipalityId && actor.officerMunicipalityIds.includes(municipalityId);
}

export function can(actor: Actor | null, permission: Permission, resource: Resource = {}): boolean {
  if (!actor) return false;
  const [, , scope] = permission.split(":");
  switch (scope) {
    case "own":
      if (permission === "update:profile:own") return actor.studentId !== null;
      {
        const m = membership(actor, resource.organisationId);
        if (!m) return false;
        // Owners manage people and the pact; recruiters handle internships and applications.
        if (
          permission === "manage:members:own" ||
          permission === "sign:pact:own" ||
          permission === "update:organisation:own" ||
          permission === "apply:keurmerk:own"
        ) {
          return m.role === "owner";
        }
        return true;
      }
    case "municipality":
      return officerOf(actor, resource.municipalityId);
    default:
      return false;
  }
}
