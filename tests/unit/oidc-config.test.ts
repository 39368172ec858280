import { describe, expect, it } from "vitest";
import { OidcConfigError, parseOidcSettings } from "~/services/accounts/oidc-config.server";
import { providerOrigins } from "../../server/security.js";

const provider = (overrides: Record<string, unknown> = {}) => ({
  id: "eduid",
  issuer: "https://login.eduid.nl",
  clientId: "stagepact",
  clientSecret: "secret",
  roles: ["student"],
  label: { nl: "eduID", en: "eduID" },
  ...overrides,
});

describe("OpenID Connect settings from the environment", () => {
  it.each([
    { why: "https issuer", issuer: "https://login.eduid.nl", ok: true },
    { why: "http on 127.0.0.1 (tests)", issuer: "http://127.0.0.1:4455", ok: true },
    { why: "http on localhost (tests)", issuer: "http://localhost:4455", ok: true },
    { why: "http anywhere else", issuer: "http://login.eduid.nl", ok: false },
    { why: "http on a look-alike host", issuer: "http://127.0.0.1.example.nl", ok: false },
  ])("$why: accepted $ok", ({ issuer, ok }) => {
    const run = () => parseOidcSettings({ OIDC_PROVIDERS: JSON.stringify([provider({ issuer })]) });
    if (ok) expect(run().providers[0].issuer).toBe(issuer);
    else expect(run).toThrow(/issuer: must be https/);
  });

  it.each([
    { why: "not JSON", raw: "[{", message: /not valid JSON/ },
    { why: "an unknown role", raw: JSON.stringify([provider({ roles: ["visitor"] })]), message: /OIDC_PROVIDERS\.0\.roles\.0/ },
    { why: "no label in English", raw: JSON.stringify([provider({ label: { nl: "eduID" } })]), message: /label\.en/ },
    { why: "the same id twice", raw: JSON.stringify([provider(), provider()]), message: /its own id/ },
    { why: "an id that cannot be a path segment", raw: JSON.stringify([provider({ id: "edu/id" })]), message: /OIDC_PROVIDERS\.0\.id/ },
  ])("refuses $why with a message naming the variable", ({ raw, message }) => {
    expect(() => parseOidcSettings({ OIDC_PROVIDERS: raw })).toThrow(OidcConfigError);
    expect(() => parseOidcSettings({ OIDC_PROVIDERS: raw })).toThrow(message);
  });

  it("reads the roles whose password sign-in is off, and refuses unknown ones", () => {
    expect(parseOidcSettings({ PASSWORD_SIGNIN_DISABLED_ROLES: " employer, officer ,employer" }).passwordDisabledRoles).toEqual(["employer", "officer"]);
    expect(parseOidcSettings({}).passwordDisabledRoles).toEqual([]);
    expect(() => parseOidcSettings({ PASSWORD_SIGNIN_DISABLED_ROLES: "employer,bosses" })).toThrow(/PASSWORD_SIGNIN_DISABLED_ROLES/);
  });

  it("lets the sign-in form be redirected to each provider's origin (CSP form-action)", () => {
    const raw = JSON.stringify([provider(), provider({ id: "eh", issuer: "https://broker.example.nl/oidc" })]);
    expect(providerOrigins(raw)).toEqual(["https://login.eduid.nl", "https://broker.example.nl"]);
    expect(providerOrigins("[{")).toEqual([]);
    expect(providerOrigins(undefined)).toEqual([]);
  });
});
