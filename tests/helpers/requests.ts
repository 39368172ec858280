// Builds real Requests for calling loaders and actions directly, signed in as a seeded user.
import { signIn } from "~/services/accounts/auth.server";
import { SESSION_COOKIE } from "~/utils/session.server";

export const BASE = "http://localhost:3000";
export const SEED_PASSWORDS = {
  admin: "Beheer-2026-stagepact",
  officer: "Gemeente-2026-stagepact",
  employer: "Werkgever-2026-stagepact",
  student: "Student-2026-stagepact",
} as const;

export const SEED_ACCOUNTS = {
  admin: { email: "beheer@stagepact.test", password: SEED_PASSWORDS.admin },
  officer: { email: "gemeente@amsterdam.test", password: SEED_PASSWORDS.officer },
  officerAlmere: { email: "gemeente@almere.test", password: SEED_PASSWORDS.officer },
  employer: { email: "werkgever@dekeukenvanwest.test", password: SEED_PASSWORDS.employer },
  recruiter: { email: "recruiter@dekeukenvanwest.test", password: SEED_PASSWORDS.employer },
  otherEmployer: { email: "werkgever@noorderlicht.test", password: SEED_PASSWORDS.employer },
  pendingEmployer: { email: "werkgever@weesperzoet.test", password: SEED_PASSWORDS.employer },
  student: { email: "student@stagepact.test", password: SEED_PASSWORDS.student },
} as const;

export type SeedAccount = keyof typeof SEED_ACCOUNTS;

export async function cookieFor(account: SeedAccount) {
  const { email, password } = SEED_ACCOUNTS[account];
  return cookieForEmail(email, password);
}

/** A session cookie for any account that exists in the test database. */
export async function cookieForEmail(email: string, password: string) {
  const result = await signIn(email, password);
  if (!result.ok) throw new Error(`${email} cannot sign in: ${result.reason}`);
  return `${SESSION_COOKIE}=${result.token}`;
}

export function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  return new Request(BASE + path, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });
}

export function post(path: string, form: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  return new Request(BASE + path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

/** Runs a loader or action and returns the thrown or returned Response's status (or 200 for data). */
export async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    const result = await run();
    if (result instanceof Response) return result.status;
    const maybeData = result as { init?: { status?: number } } | undefined;
    return maybeData?.init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

export const loaderArgs = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
