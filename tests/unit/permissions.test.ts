import { describe, expect, it } from "vitest";
import { can, rolesOf, type Actor, type Permission } from "~/utils/permissions";

const base: Actor = { userId: "u", isAdmin: false, studentId: null, memberships: [], officerMunicipalityIds: [] };
const student: Actor = { ...base, studentId: "s1" };
const owner: Actor = { ...base, memberships: [{ organisationId: "orgA", role: "owner" }] };
const recruiter: Actor = { ...base, memberships: [{ organisationId: "orgA", role: "recruiter" }] };
const officer: Actor = { ...base, officerMunicipalityIds: ["ams"] };
const admin: Actor = { ...base, isAdmin: true };

describe("permissions", () => {
  it.each<[string, Actor | null, Permission, { organisationId?: string; municipalityId?: string }, boolean]>([
    ["a visitor can do nothing that needs an account", null, "update:profile:own", {}, false],
    ["a student can use the student area", student, "update:profile:own", {}, true],
    ["an employer is not a student", owner, "update:profile:own", {}, false],
    ["an owner updates an internship of their organisation", owner, "update:internship:own", { organisationId: "orgA" }, true],
    ["an owner cannot update another organisation's internship", owner, "update:internship:own", { organisationId: "orgB" }, false],
    ["a recruiter handles applications of their organisation", recruiter, "decide:application:own", { organisationId: "orgA" }, true],
    ["a recruiter cannot sign the pact", recruiter, "sign:pact:own", { organisationId: "orgA" }, false],
    ["an owner signs the pact", owner, "sign:pact:own", { organisationId: "orgA" }, true],
    ["a recruiter cannot manage members", recruiter, "manage:members:own", { organisationId: "orgA" }, false],
    ["an employer cannot read another organisation's applications", recruiter, "read:applications:own", { organisationId: "orgB" }, false],
    ["an officer verifies organisations of their municipality", officer, "verify:organisation:municipality", { municipalityId: "ams" }, true],
    ["an officer cannot act for another municipality", officer, "verify:organisation:municipality", { municipalityId: "almere" }, false],
    ["an employer cannot verify organisations", owner, "verify:organisation:municipality", { municipalityId: "ams" }, false],
    ["an admin is not automatically an officer", admin, "handle:report:municipality", { municipalityId: "ams" }, false],
    ["an own-scope permission without an organisation is refused", owner, "update:internship:own", {}, false],
  ])("%s", (_name, actor, permission, resource, expected) => {
    expect(can(actor, permission, resource)).toBe(expected);
  });

  it.each<[Actor, string[]]>([
    [student, ["student"]],
    [owner, ["employer"]],
    [officer, ["officer"]],
    [admin, ["admin"]],
    [{ ...owner, studentId: "s", isAdmin: true }, ["student", "employer", "admin"]],
  ])("derives the roles of an actor (%#)", (actor, roles) => {
    expect(rolesOf(actor)).toEqual(roles);
  });
});
