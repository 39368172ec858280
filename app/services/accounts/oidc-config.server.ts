// The OpenID Connect providers and the roles whose password sign-in is switched off,
// read from the environment in this one place. Parsed again only when the variables
// change (tests start a provider on a random port and set them afterwards).
import * as client from "openid-client";
import { z } from "zod";
import { accountRoles, type AccountRole } from "~/domain/identity";
import { oidcEnv } from "~/utils/env.server";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const providerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "must be lowercase letters, digits and dashes (it appears in the address)"),
  issuer: z
    .string()
    .url()
    .refine((value) => {
      const url = new URL(value);
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
    }, "must be https (http only on 127.0.0.1 or localhost, for tests)"),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  roles: z.array(z.enum(accountRoles)).min(1),
  label: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
});

export type OidcProvider = z.infer<typeof providerSchema>;

const providersSchema = z.array(providerSchema).refine((list) => new Set(list.map((p) => p.id)).size === list.length, "every provider needs its own id");

const rolesSchema = z.array(z.enum(accountRoles));

export type OidcSettings = { providers: OidcProvider[]; passwordDisabledRoles: AccountRole[] };

export class OidcConfigError extends Error {}

/** Parses the two variables; throws an OidcConfigError saying what is wrong. */
export function parseOidcSettings(source: { OIDC_PROVIDERS?: string; PASSWORD_SIGNIN_DISABLED_ROLES?: string }): OidcSettings {
  let providers: OidcProvider[] = [];
  if (source.OIDC_PROVIDERS?.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(source.OIDC_PROVIDERS);
    } catch {
      throw new OidcConfigError("OIDC_PROVIDERS: is not valid JSON (expected an array of providers)");
    }
    const parsed = providersSchema.safeParse(json);
    if (!parsed.success) {
      throw new OidcConfigError(parsed.error.issues.map((i) => `OIDC_PROVIDERS.${i.path.join(".")}: ${i.message}`).join("\n"));
    }
    providers = parsed.data;
  }
  const roleList = (source.PASSWORD_SIGNIN_DISABLED_ROLES ?? "")
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const roles = rolesSchema.safeParse(roleList);
  if (!roles.success) {
    throw new OidcConfigError(`PASSWORD_SIGNIN_DISABLED_ROLES: must be a comma list of ${accountRoles.join(", ")}`);
  }
  return { providers, passwordDisabledRoles: [...new Set(roles.data)] };
}

const discoveries = new Map<string, Promise<client.Configuration>>();

let cached: { key: string; settings: OidcSettings } | null = null;

export function oidcSettings(): OidcSettings {
  const source = oidcEnv();
  const key = `${source.OIDC_PROVIDERS ?? ""}\u0000${source.PASSWORD_SIGNIN_DISABLED_ROLES ?? ""}`;
  if (cached?.key !== key) {
    cached = { key, settings: parseOidcSettings(source) };
    discoveries.clear();
  }
  return cached.settings;
}

export function findProvider(id: string): OidcProvider | null {
  return oidcSettings().providers.find((p) => p.id === id) ?? null;
}

// Checked when the server loads this module, so a malformed value stops the start-up.
try {
  oidcSettings();
} catch (error) {
  if (!(error instanceof OidcConfigError)) throw error;
  console.error(`Stagepact cannot start: the environment is invalid.\n  - ${error.message.split("\n").join("\n  - ")}`);
  process.exit(1);
}

/** The provider's discovered configuration, fetched once per provider; a failed discovery is tried again next time. */
export function providerConfiguration(provider: OidcProvider): Promise<client.Configuration> {
  let pending = discoveries.get(provider.id);
  if (!pending) {
    const insecure = new URL(provider.issuer).protocol === "http:";
    pending = client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      insecure ? { execute: [client.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
    pending.catch(() => discoveries.delete(provider.id));
    discoveries.set(provider.id, pending);
  }
  return pending;
}
