import path from "node:path";
import { z } from "zod";

const envShape = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "must be a SQLite file URL such as file:./data/stagepact.db")
    .default(`file:${path.resolve("data/stagepact.db")}`),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  MEILI_HOST: z.string().url("must be a URL such as http://127.0.0.1:7700").optional(),
  MEILI_API_KEY: z.string().optional(),
  // PDOK Locatieserver v3.1 (read by services/locations/geocoder.server.ts); GEOCODER=off for offline machines.
  GEOCODER_URL: z.string().url("must be a URL such as https://api.pdok.nl/bzk/locatieserver/search/v3_1").optional(),
  GEOCODER: z.enum(["on", "off"], { errorMap: () => ({ message: "must be on or off" }) }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Stagepact <noreply@stagepact.local>"),
  // The public address for absolute links; required in production (see appUrl()).
  APP_URL: z
    .string()
    .url("must be a URL such as https://stagepact.example.nl")
    .transform((u) => u.replace(/\/+$/, ""))
    .optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Bearer token for /metrics; without it /metrics answers 404.
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  DISABLE_SCHEDULER: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
  // Scripts (benchmarks) that run a production build on a developer's machine.
  ALLOW_DEV_SECRET: z.enum(["0", "1"]).optional(),
  // Sign-in providers and roles that may not use a password; parsed and checked by
  // services/accounts/oidc-config.server.ts, read through oidcEnv().
  OIDC_PROVIDERS: z.string().optional(),
  PASSWORD_SIGNIN_DISABLED_ROLES: z.string().optional(),
});

const envSchema = envShape.superRefine((env, ctx) => {
  if (env.NODE_ENV === "production" && !env.SESSION_SECRET && env.ALLOW_DEV_SECRET !== "1") {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["SESSION_SECRET"],
      message: "is required in production (at least 32 random characters)",
    });
  }
  if (env.NODE_ENV === "production" && !env.APP_URL) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["APP_URL"],
      message: "is required in production: the public address for links in e-mails, feeds and the API, such as https://stagepact.example.nl",
    });
  }
});

export type Env = z.infer<typeof envSchema>;

// Empty strings in a shell environment mean "not set".
const cleaned = (source: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  return envSchema.parse(cleaned(source));
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof z.ZodError) {
      const lines = error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
      console.error(`Stagepact cannot start: the environment is invalid.\n${lines.join("\n")}`);
      process.exit(1);
    }
    throw error;
  }
}

export const env = loadEnv();

// The keyed hashes (reporter keys) need a secret; development falls back to a fixed one.
export const sessionSecret = env.SESSION_SECRET ?? "development-secret-do-not-use-in-production-000";

/** The secrets signed cookies are checked against, newest first (one until a rotation is needed). */
export function sessionSecrets(): string[] {
  return [sessionSecret];
}

export function isProduction(): boolean {
  return env.NODE_ENV === "production";
}

// The settings below are read when asked, not at start-up, so a test can point them at
// its fake while the app runs. They go through the same schema as the rest.
const geocoderShape = envShape.pick({ GEOCODER: true, GEOCODER_URL: true });
const oidcShape = envShape.pick({ OIDC_PROVIDERS: true, PASSWORD_SIGNIN_DISABLED_ROLES: true });

export function geocoderEnv(): z.infer<typeof geocoderShape> {
  return geocoderShape.parse(cleaned(process.env));
}

export function oidcEnv(): z.infer<typeof oidcShape> {
  return oidcShape.parse(cleaned(process.env));
}

// The origin the HTTP server actually listens on, recorded by server.js (and the test
// server) once it listens. A global, not a module variable: the server and the Remix
// build may hold separate copies of this module.
const LISTEN_ORIGIN = Symbol.for("stagepact.listenOrigin");

/**
 * The base URL for every absolute link (e-mails, feeds, API `next`, JSON-LD), without a
 * trailing slash. APP_URL when set (always in production); otherwise the address the
 * server listens on, or http://localhost:PORT before it listens (jobs, tests).
 */
export function appUrl(): string {
  if (env.APP_URL) return env.APP_URL;
  const listening = (globalThis as Record<symbol, unknown>)[LISTEN_ORIGIN];
  return typeof listening === "string" ? listening : `http://localhost:${env.PORT}`;
}
