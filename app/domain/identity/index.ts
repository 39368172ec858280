// What a first or returning sign-in through an OpenID Connect provider leads to, and
// which roles may still sign in with a password. Pure: the service looks up the identity
// and the account and passes what it found.

export const accountRoles = ["student", "employer", "officer", "admin"] as const;
export type AccountRole = (typeof accountRoles)[number];

export type AccountFacts = { isAdmin: boolean; isStudent: boolean; isEmployer: boolean; isOfficer: boolean };

export function rolesOf(account: AccountFacts): AccountRole[] {
  const roles: AccountRole[] = [];
  if (account.isStudent) roles.push("student");
  if (account.isEmployer) roles.push("employer");
  if (account.isOfficer) roles.push("officer");
  if (account.isAdmin) roles.push("admin");
  return roles;
}

/** A provider serves an account when it is configured for at least one of the account's roles. */
export function providerServes(providerRoles: readonly AccountRole[], userRoles: readonly AccountRole[]): boolean {
  return userRoles.some((role) => providerRoles.includes(role));
}

/** Password sign-in is off for an account with any role the operator switched it off for. */
export function passwordSignInDisabled(disabledRoles: readonly AccountRole[], userRoles: readonly AccountRole[]): boolean {
  return userRoles.some((role) => disabledRoles.includes(role));
}

export type ProviderSignInFacts = {
  providerRoles: readonly AccountRole[];
  /** The account already linked to this (provider, subject), with its roles. */
  linked: { roles: AccountRole[] } | null;
  /** The account whose e-mail address equals the one the provider gave, when not linked. */
  emailMatch: { roles: AccountRole[] } | null;
  hasEmail: boolean;
  emailVerified: boolean;
};

export type ProviderSignInOutcome =
  | { kind: "sign_in" }
  | { kind: "send_link_mail" }
  | { kind: "create_student" }
  | { kind: "refuse"; reason: "role_not_allowed" | "email_not_verified" | "no_email" | "no_self_sign_up" };

export function decideProviderSignIn(facts: ProviderSignInFacts): ProviderSignInOutcome {
  if (facts.linked) {
    return providerServes(facts.providerRoles, facts.linked.roles) ? { kind: "sign_in" } : { kind: "refuse", reason: "role_not_allowed" };
  }
  if (!facts.hasEmail) return { kind: "refuse", reason: "no_email" };
  // An address the provider does not vouch for proves nothing: it neither links nor creates.
  if (!facts.emailVerified) return { kind: "refuse", reason: "email_not_verified" };
  if (facts.emailMatch) {
    // Never linked silently: the account's owner confirms from their mailbox.
    return providerServes(facts.providerRoles, facts.emailMatch.roles) ? { kind: "send_link_mail" } : { kind: "refuse", reason: "role_not_allowed" };
  }
  // Employers and officers are invited; only students may create an account themselves.
  return facts.providerRoles.includes("student") ? { kind: "create_student" } : { kind: "refuse", reason: "no_self_sign_up" };
}
