// A real OpenID Connect provider (oidc-provider) on a loopback port, standing in for
// eduID, an eHerkenning broker or a municipality's Entra ID in tests. Its login page
// asks no password: whoever submits an account id is that account, which is all a test
// of the relying party needs. Run on its own for a browser journey:
//   npx tsx tests/helpers/oidc-provider.ts --port 4455 [--redirect-uri URL ...]
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
// @ts-expect-error oidc-provider ships no type declarations; the few calls used here are typed below.
import ProviderModule from "oidc-provider";

type Interaction = { uid: string; params: Record<string, unknown> };
type ProviderInstance = {
  callback: () => (req: http.IncomingMessage, res: http.ServerResponse) => void;
  interactionDetails: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<Interaction>;
  interactionFinished: (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: Record<string, unknown>,
    options: { mergeWithLastSubmission: boolean },
  ) => Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => { addOIDCScope: (scope: string) => void; save: () => Promise<string> };
};
const Provider = ProviderModule as new (issuer: string, config: Record<string, unknown>) => ProviderInstance;

export type TestAccount = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  family_name?: string;
  name?: string;
};

export type TestClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type TestProvider = {
  issuer: string;
  /** Adds or replaces an account the provider knows. */
  setAccount: (account: TestAccount) => void;
  close: () => Promise<void>;
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestProvider(options: { clients: TestClient[]; accounts: TestAccount[]; port?: number }): Promise<TestProvider> {
  const accounts = new Map(options.accounts.map((a) => [a.sub, a]));
  const server = http.createServer();
  server.listen(options.port ?? 0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
    })),
    jwks: { keys: [{ ...signingKey, kid: "test-signing-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["given_name", "family_name", "name"] },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Grant: 600, Session: 600 },
    interactions: { url: (_ctx: unknown, interaction: Interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ ...account }) };
    },
  });
  const handle = provider.callback();

  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", issuer);
    if (!url.pathname.startsWith("/interaction/")) return handle(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === "GET") {
          res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
          res.end(
            `<!doctype html><html lang="en"><title>Test provider</title><main><h1>Test provider</h1>` +
              `<form method="post" action="${escapeHtml(url.pathname)}"><label>Account <input name="login" required></label>` +
              `<button type="submit">Continue</button><button type="submit" name="deny" value="1" formnovalidate>Cancel</button></form></main></html>`,
          );
          return;
        }
        const form = await readBody(req);
        if (form.get("deny")) {
          await provider.interactionFinished(req, res, { error: "access_denied", error_description: "the user cancelled" }, { mergeWithLastSubmission: false });
          return;
        }
        const accountId = form.get("login") ?? "";
        if (!accounts.has(accountId)) {
          res.writeHead(400, { "Content-Type": "text/plain" });
          res.end("unknown account");
          return;
        }
        // Logged in and consenting in one step: a test has no consent screen to click through.
        const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope ?? "openid"));
        const grantId = await grant.save();
        await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
      } catch (error) {
        res.writeHead(500, { "Content-Type": "text/plain" });
        res.end(error instanceof Error ? error.message : "error");
      }
    })();
  });

  return {
    issuer,
    setAccount: (account) => accounts.set(account.sub, account),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Goes through the provider as a browser would (following its redirects with its
 * cookies, submitting the login form as `accountId`) and returns the URL the provider
 * finally sends the browser to: the relying party's callback with code and state, or
 * with an error when `deny` is set.
 */
export async function completeAtProvider(authorizationUrl: string, accountId: string, { deny = false } = {}): Promise<URL> {
  const issuerOrigin = new URL(authorizationUrl).origin;
  const jar = new Map<string, string>();
  let next: { url: URL; method: "GET" | "POST"; body?: URLSearchParams } = { url: new URL(authorizationUrl), method: "GET" };
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(next.url, {
      method: next.method,
      body: next.body,
      redirect: "manual",
      headers: { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get("Location");
    if (location) {
      const target = new URL(location, next.url);
      if (target.origin !== issuerOrigin) return target;
      next = { url: target, method: "GET" };
      continue;
    }
    if (response.status === 200 && next.url.pathname.startsWith("/interaction/")) {
      const body = new URLSearchParams(deny ? { deny: "1" } : { login: accountId });
      next = { url: next.url, method: "POST", body };
      continue;
    }
    throw new Error(`the provider answered ${response.status} at ${next.url.pathname}: ${await response.text()}`);
  }
  throw new Error("the provider kept redirecting");
}

function argValues(name: string): string[] {
  const values: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg === name && process.argv[i + 1]) values.push(process.argv[i + 1]);
  });
  return values;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(argValues("--port")[0] ?? 4455);
  const redirectUris = argValues("--redirect-uri");
  const provider = await startTestProvider({
    port,
    clients: [
      {
        clientId: process.env.OIDC_TEST_CLIENT_ID ?? "stagepact",
        clientSecret: process.env.OIDC_TEST_CLIENT_SECRET ?? "test-client-secret-for-loopback-only",
        redirectUris: redirectUris.length > 0 ? redirectUris : ["http://localhost:3000/inloggen/met/eduid/terug"],
      },
    ],
    accounts: [
      { sub: "new-student", email: "nieuw@eduid.test", email_verified: true, given_name: "Noor", family_name: "de Vries" },
      { sub: "unverified", email: "student@stagepact.test", email_verified: false, name: "Niet Bevestigd" },
      // A verified address that a seed student already has: the link-by-e-mail path (no journey but eduID's signs in as student4).
      { sub: "seed-student", email: "student4@stagepact.test", email_verified: true, name: "Jesse van der Berg" },
    ],
  });
  console.info(`Test OpenID provider listening at ${provider.issuer}`);
}
