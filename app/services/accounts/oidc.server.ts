// Signing in through an OpenID Connect provider: the authorisation code flow with PKCE,
// state and nonce (openid-client checks the ID token), then the rules of
// app/domain/identity decide whether the person is signed in, asked to confirm a link
// by e-mail, given a new student account, or refused.
import { createHmac, timingSafeEqual } from "node:crypto";
import * as client from "openid-client";
import { decideProviderSignIn, rolesOf, type AccountRole, type ProviderSignInOutcome } from "~/domain/identity";
import { getI18n, isLocale, type Locale } from "~/i18n/config";
import { writeAudit } from "~/utils/audit.server";
import { loadActor } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { appUrl, env, sessionSecret } from "~/utils/env.server";
import { hashPassword } from "~/utils/password.server";
import { safeRedirect } from "~/utils/redirect";
import { createSession, generateSessionToken } from "~/utils/session.server";
import { queueMail } from "~/services/platform/mail.server";
import { hashResetToken } from "./password-reset.server";
import { findProvider, providerConfiguration, type OidcProvider } from "./oidc-config.server";

export const FLOW_COOKIE = "sp_oidc";
export const FLOW_VALID_MS = 10 * 60 * 1000;
export const LINK_VALID_MS = 60 * 60 * 1000;
export const LINK_MAILS_PER_HOUR = 3;
const SCOPE = "openid email profile";

export type FlowFailure = "flow_expired" | "state_mismatch" | "provider_error" | "failed";

export class OidcFlowError extends Error {
  constructor(
    readonly reason: FlowFailure,
    options?: { cause?: unknown },
  ) {
    super(`sign-in through a provider failed: ${reason}`, options);
  }
}

export class InvalidLinkTokenError extends Error {
  constructor() {
    super("identity link token is unknown, used or expired");
  }
}

export function callbackUrl(providerId: string): string {
  return `${appUrl()}/inloggen/met/${providerId}/terug`;
}

type FlowState = { p: string; s: string; n: string; v: string; r: string; x: number };

function mac(payload: string): string {
  return createHmac("sha256", `oidc-flow:${sessionSecret}`).update(payload).digest("base64url");
}

function flowCookie(value: string, maxAgeSeconds: number): string {
  const secure = env.NODE_ENV === "production" ? "; Secure" : "";
  return `${FLOW_COOKIE}=${value}; Path=/inloggen/met; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export const clearFlowCookie = () => flowCookie("", 0);

function readFlow(request: Request, providerId: string, now: Date): FlowState | null {
  const header = request.headers.get("Cookie") ?? "";
  const raw = header
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${FLOW_COOKIE}=`))
    ?.slice(FLOW_COOKIE.length + 1);
  if (!raw) return null;
  const [payload, signature] = raw.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const flow = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as FlowState;
    if (flow.p !== providerId || typeof flow.x !== "number" || flow.x <= now.getTime()) return null;
    return flow;
  } catch {
    return null;
  }
}

/** The provider's authorisation URL and the signed cookie that keeps state, nonce and PKCE verifier for the callback. */
export async function startProviderSignIn(provider: OidcProvider, returnTo: string | null, now = new Date()) {
  const config = await providerConfiguration(provider);
  const verifier = client.randomPKCECodeVerifier();
  const flow: FlowState = {
    p: provider.id,
    s: client.randomState(),
    n: client.randomNonce(),
    v: verifier,
    r: safeRedirect(returnTo, ""),
    x: now.getTime() + FLOW_VALID_MS,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(provider.id),
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: flow.s,
    nonce: flow.n,
  });
  const payload = Buffer.from(JSON.stringify(flow)).toString("base64url");
  return { url: url.toString(), cookie: flowCookie(`${payload}.${mac(payload)}`, FLOW_VALID_MS / 1000) };
}

type Claims = { sub: string; email?: unknown; email_verified?: unknown; given_name?: unknown; family_name?: unknown; name?: unknown };

async function exchangeCode(provider: OidcProvider, request: Request, now: Date): Promise<{ claims: Claims; returnTo: string }> {
  const flow = readFlow(request, provider.id, now);
  if (!flow) throw new OidcFlowError("flow_expired");
  const search = new URL(request.url).search;
  const params = new URLSearchParams(search);
  if (params.has("error")) throw new OidcFlowError("provider_error");
  if (params.get("state") !== flow.s) throw new OidcFlowError("state_mismatch");
  const config = await providerConfiguration(provider);
  // The address the provider was told to return to, whatever proxy the request came through.
  const currentUrl = new URL(callbackUrl(provider.id) + search);
  try {
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: flow.v,
      expectedState: flow.s,
      expectedNonce: flow.n,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new OidcFlowError("failed");
    // Providers differ in what they put in the ID token; the signed token wins where both say something.
    let userinfo: Record<string, unknown> = {};
    if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
      userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    }
    return { claims: { ...userinfo, ...idClaims } as Claims, returnTo: flow.r };
  } catch (error) {
    if (error instanceof OidcFlowError) throw error;
    if (error instanceof client.AuthorizationResponseError) throw new OidcFlowError("provider_error", { cause: error });
    throw new OidcFlowError("failed", { cause: error });
  }
}

async function rolesOfUser(userId: string, isAdmin: boolean): Promise<AccountRole[]> {
  const actor = await loadActor(userId, isAdmin);
  return rolesOf({
    isAdmin,
    isStudent: Boolean(actor.studentId),
    isEmployer: actor.memberships.length > 0,
    isOfficer: actor.officerMunicipalityIds.length > 0,
  });
}

function studentNames(claims: Claims, email: string): { firstName: string; lastName: string } {
  const text = (value: unknown) => (typeof value === "string" ? value.trim().slice(0, 100) : "");
  let firstName = text(claims.given_name);
  let lastName = text(claims.family_name);
  if (!firstName && !lastName) {
    const [first, ...rest] = text(claims.name).split(/\s+/).filter(Boolean);
    firstName = first ?? "";
    lastName = rest.join(" ");
  }
  if (!firstName) firstName = email.split("@")[0];
  return { firstName, lastName };
}

export type ProviderSignInResult =
  | { kind: "signed_in"; userId: string; isAdmin: boolean; token: string; returnTo: string }
  | { kind: "link_mail_sent" }
  | { kind: "refused"; reason: Extract<ProviderSignInOutcome, { kind: "refuse" }>["reason"] };

/** Handles the provider's return: throws OidcFlowError when the flow itself fails, otherwise says what happened. */
export async function completeProviderSignIn(provider: OidcProvider, request: Request, locale: Locale, now = new Date()): Promise<ProviderSignInResult> {
  const { claims, returnTo } = await exchangeCode(provider, request, now);
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const identity = await db.userIdentity.findUnique({
    where: { provider_subject: { provider: provider.id, subject: claims.sub } },
    include: { user: { select: { id: true, isAdmin: true } } },
  });
  const match = !identity && email ? await db.user.findUnique({ where: { email }, select: { id: true, isAdmin: true, name: true, locale: true } }) : null;
  const outcome = decideProviderSignIn({
    providerRoles: provider.roles,
    linked: identity ? { roles: await rolesOfUser(identity.user.id, identity.user.isAdmin) } : null,
    emailMatch: match ? { roles: await rolesOfUser(match.id, match.isAdmin) } : null,
    hasEmail: Boolean(email),
    emailVerified: claims.email_verified === true,
  });

  switch (outcome.kind) {
    case "refuse":
      return { kind: "refused", reason: outcome.reason };
    case "sign_in": {
      const user = identity!.user;
      await db.userIdentity.update({ where: { id: identity!.id }, data: { lastUsedAt: now } });
      const { token } = await createSession(user.id, now);
      return { kind: "signed_in", userId: user.id, isAdmin: user.isAdmin, token, returnTo };
    }
    case "send_link_mail":
      await issueLinkRequest(provider, match!, claims.sub, email, now);
      return { kind: "link_mail_sent" };
    case "create_student": {
      const names = studentNames(claims, email);
      // Nobody knows this password: the account signs in through the provider (or a reset link).
      const unusable = await hashPassword(generateSessionToken());
      const user = await db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: {
            email,
            name: `${names.firstName} ${names.lastName}`.trim(),
            passwordHash: unusable,
            locale,
            student: { create: names },
            identities: { create: { provider: provider.id, subject: claims.sub, email, lastUsedAt: now } },
          },
          select: { id: true, isAdmin: true },
        });
        await writeAudit(tx, {
          actorId: created.id,
          action: "user.created_through_provider",
          entityType: "User",
          entityId: created.id,
          details: { provider: provider.id },
        });
        return created;
      });
      const { token } = await createSession(user.id, now);
      return { kind: "signed_in", userId: user.id, isAdmin: user.isAdmin, token, returnTo };
    }
  }
}

async function issueLinkRequest(provider: OidcProvider, user: { id: string; name: string; locale: string }, subject: string, email: string, now: Date) {
  const token = generateSessionToken();
  await db.$transaction(async (tx) => {
    const recent = await tx.identityLinkRequest.count({ where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - LINK_VALID_MS) } } });
    if (recent >= LINK_MAILS_PER_HOUR) return;
    // A new link replaces earlier open ones for the same provider.
    await tx.identityLinkRequest.updateMany({
      where: { userId: user.id, provider: provider.id, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    await tx.identityLinkRequest.create({
      data: {
        userId: user.id,
        provider: provider.id,
        subject,
        email,
        tokenHash: hashResetToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + LINK_VALID_MS),
      },
    });
    const locale: Locale = isLocale(user.locale) ? user.locale : "nl";
    const t = getI18n(locale).t;
    const params = { name: user.name, provider: provider.label[locale], link: `${appUrl()}/inloggen/koppelen/${token}` };
    await queueMail(tx, { to: email, subject: t("auth:oidc.link_mail.subject", params), text: t("auth:oidc.link_mail.text", params) });
  });
}

/** The open link request with its provider, or null when unknown, used, expired or for a provider no longer configured. */
export async function findValidLinkRequest(token: string | undefined, now = new Date()) {
  if (!token || token.length > 128) return null;
  const row = await db.identityLinkRequest.findUnique({ where: { tokenHash: hashResetToken(token) } });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  const provider = findProvider(row.provider);
  return provider ? { row, provider } : null;
}

/** Confirms a link from the mailbox: the identity is linked, the request spent, the owner signed in. */
export async function confirmIdentityLink(token: string, now = new Date()) {
  const found = await findValidLinkRequest(token, now);
  if (!found) throw new InvalidLinkTokenError();
  const { row } = found;
  await db.$transaction(async (tx) => {
    const spent = await tx.identityLinkRequest.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count !== 1) throw new InvalidLinkTokenError();
    const taken = await tx.userIdentity.findUnique({ where: { provider_subject: { provider: row.provider, subject: row.subject } } });
    if (taken) throw new InvalidLinkTokenError();
    const identity = await tx.userIdentity.create({
      data: { userId: row.userId, provider: row.provider, subject: row.subject, email: row.email, lastUsedAt: now },
    });
    await writeAudit(tx, {
      actorId: row.userId,
      action: "user.identity_linked",
      entityType: "UserIdentity",
      entityId: identity.id,
      details: { provider: row.provider },
    });
  });
  const user = await db.user.findUniqueOrThrow({ where: { id: row.userId }, select: { id: true, isAdmin: true } });
  const { token: sessionToken } = await createSession(user.id, now);
  return { user, sessionToken };
}
