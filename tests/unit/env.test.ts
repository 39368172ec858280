import { describe, expect, it } from "vitest";
import { parseEnv } from "~/utils/env.server";

describe("environment validation", () => {
  it("accepts an empty development environment with defaults", () => {
    const env = parseEnv({ NODE_ENV: "development" } as NodeJS.ProcessEnv);
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toMatch(/^file:/);
  });

  it.each([
    ["a port that is not a number", { PORT: "abc" }, "PORT"],
    ["a database that is not a SQLite file", { DATABASE_URL: "postgres://x" }, "DATABASE_URL"],
    ["a Meilisearch host that is not a URL", { MEILI_HOST: "localhost 7700" }, "MEILI_HOST"],
    ["an SMTP URL with another scheme", { SMTP_URL: "http://mail" }, "SMTP_URL"],
    ["a short session secret", { SESSION_SECRET: "short" }, "SESSION_SECRET"],
    ["production without a session secret", { NODE_ENV: "production" }, "SESSION_SECRET"],
    ["production without a public address", { NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) }, "APP_URL"],
    ["a public address that is not a URL", { APP_URL: "stagepact.example.nl" }, "APP_URL"],
  ])("refuses %s", (_name, source, field) => {
    expect(() => parseEnv(source as NodeJS.ProcessEnv)).toThrowError(new RegExp(field));
  });

  it("accepts production with a public address, without its trailing slash", () => {
    const env = parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32), APP_URL: "https://stagepact.example.nl/" } as NodeJS.ProcessEnv);
    expect(env.APP_URL).toBe("https://stagepact.example.nl");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ MEILI_HOST: "", SMTP_URL: "" } as unknown as NodeJS.ProcessEnv).MEILI_HOST).toBeUndefined();
  });
});
