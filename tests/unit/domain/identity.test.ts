import { describe, expect, it } from "vitest";
import {
  decideProviderSignIn,
  passwordSignInDisabled,
  providerServes,
  rolesOf,
  type AccountRole,
  type ProviderSignInFacts,
} from "../../../app/domain/identity";

const base: ProviderSignInFacts = { providerRoles: ["student"], linked: null, emailMatch: null, hasEmail: true, emailVerified: true };
const student: AccountRole[] = ["student"];
const employer: AccountRole[] = ["employer"];

describe("decideProviderSignIn", () => {
  it.each([
    { why: "a linked student signs in through a student provider", facts: { linked: { roles: student } }, kind: "sign_in" },
    { why: "a linked employer is refused by a student-only provider", facts: { linked: { roles: employer } }, kind: "refuse", reason: "role_not_allowed" },
    { why: "a linked account without any role is refused", facts: { linked: { roles: [] } }, kind: "refuse", reason: "role_not_allowed" },
    {
      why: "a linked identity signs in whatever the e-mail says",
      facts: { linked: { roles: student }, emailVerified: false, hasEmail: false },
      kind: "sign_in",
    },
    { why: "a verified address of an existing student asks for confirmation by mail", facts: { emailMatch: { roles: student } }, kind: "send_link_mail" },
    {
      why: "an unverified address of an existing account is refused",
      facts: { emailMatch: { roles: student }, emailVerified: false },
      kind: "refuse",
      reason: "email_not_verified",
    },
    {
      why: "a verified match whose roles the provider does not serve is refused",
      facts: { emailMatch: { roles: employer } },
      kind: "refuse",
      reason: "role_not_allowed",
    },
    {
      why: "an employer provider mails a link to a matching employer",
      facts: { providerRoles: ["employer"], emailMatch: { roles: employer } },
      kind: "send_link_mail",
    },
    { why: "no account and a student provider: a student account is created", facts: {}, kind: "create_student" },
    { why: "no account and an employer-only provider: nobody is created", facts: { providerRoles: ["employer"] }, kind: "refuse", reason: "no_self_sign_up" },
    { why: "no account and an officer provider: nobody is created", facts: { providerRoles: ["officer", "admin"] }, kind: "refuse", reason: "no_self_sign_up" },
    { why: "no account and an unverified address: nobody is created", facts: { emailVerified: false }, kind: "refuse", reason: "email_not_verified" },
    { why: "no e-mail address at all", facts: { hasEmail: false }, kind: "refuse", reason: "no_email" },
  ] as { why: string; facts: Partial<ProviderSignInFacts>; kind: string; reason?: string }[])("$why", ({ facts, kind, reason }) => {
    const outcome = decideProviderSignIn({ ...base, ...facts });
    expect(outcome.kind).toBe(kind);
    if (reason) expect(outcome).toMatchObject({ reason });
  });
});

describe("roles", () => {
  it.each([
    { facts: { isAdmin: false, isStudent: true, isEmployer: false, isOfficer: false }, roles: ["student"] },
    { facts: { isAdmin: true, isStudent: false, isEmployer: true, isOfficer: true }, roles: ["employer", "officer", "admin"] },
    { facts: { isAdmin: false, isStudent: false, isEmployer: false, isOfficer: false }, roles: [] },
  ])("rolesOf gives $roles", ({ facts, roles }) => {
    expect(rolesOf(facts)).toEqual(roles);
  });

  it.each([
    { disabled: ["employer", "officer"], user: ["employer"], off: true },
    { disabled: ["employer", "officer"], user: ["student"], off: false },
    { disabled: ["officer"], user: ["student", "officer"], off: true },
    { disabled: [], user: ["admin"], off: false },
  ] as { disabled: AccountRole[]; user: AccountRole[]; off: boolean }[])("password sign-in for $user with $disabled off: $off", ({ disabled, user, off }) => {
    expect(passwordSignInDisabled(disabled, user)).toBe(off);
  });

  it("a provider serves an account when one role overlaps", () => {
    expect(providerServes(["employer"], ["student", "employer"])).toBe(true);
    expect(providerServes(["employer"], ["student"])).toBe(false);
  });
});
