// Security baseline shared by the production and development servers.
// Plain JavaScript: it runs before the Remix build is loaded.
import crypto from "node:crypto";
import helmet from "helmet";

export const SESSION_COOKIE = "sp_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** True when a state-changing request comes from our own origin (CSRF defence). */
export function isSameOrigin({ method, origin, referer, host, protocol }) {
  if (SAFE_METHODS.has(method)) return true;
  const expected = `${protocol}://${host}`;
  if (origin) return origin === expected;
  if (referer) {
    try {
      return new URL(referer).origin === expected;
    } catch {
      return false;
    }
  }
  return false;
}

export function nonceMiddleware(_req, res, next) {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
}

// The sign-in buttons post to us and we redirect to the provider; browsers hold that
// redirect to form-action too, so each configured OpenID provider's origin is allowed.
// A malformed OIDC_PROVIDERS is reported by app/services/accounts/oidc-config.server.ts.
export function providerOrigins(raw = process.env.OIDC_PROVIDERS) {
  try {
    const list = JSON.parse(raw || "[]");
    return Array.isArray(list) ? [...new Set(list.map((p) => new URL(p.issuer).origin))] : [];
  } catch {
    return [];
  }
}

let formActionCache = { raw: undefined, value: "" };
function formActionProviders() {
  const raw = process.env.OIDC_PROVIDERS;
  if (formActionCache.raw !== raw) formActionCache = { raw, value: providerOrigins(raw).join(" ") };
  return formActionCache.value;
}

export function helmetMiddleware({ dev }) {
  const nonce = (_req, res) => `'nonce-${res.locals.cspNonce}'`;
  return helmet({
    xPoweredBy: false,
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: dev ? false : undefined,
    contentSecurityPolicy: {
      // Vite's dev server injects scripts without nonces, so development only reports.
      reportOnly: dev,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", nonce],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": dev ? ["'self'", "ws:"] : ["'self'"],
        // Read per response (cached by value), so it follows the environment the server runs with.
        "form-action": ["'self'", formActionProviders],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
        "upgrade-insecure-requests": null,
      },
    },
  });
}

// POSTs authorised by a signed token in the URL, not by a cookie, so a cross-origin one
// is no forgery: the RFC 8058 one-click unsubscribe, sent by the recipient's mail provider.
const TOKEN_AUTHORISED_POSTS = new Set(["/zoekopdracht/afmelden"]);

export function originCheckMiddleware(req, res, next) {
  if (req.method === "POST" && TOKEN_AUTHORISED_POSTS.has(req.path)) return next();
  const ok = isSameOrigin({
    method: req.method,
    origin: req.get("origin"),
    referer: req.get("referer"),
    host: req.get("host"),
    protocol: req.protocol,
  });
  if (ok) return next();
  res.status(403).type("text/plain").send("403 Forbidden: cross-origin request refused / verzoek van een andere herkomst geweigerd");
}

/** Signed-in pages must never be stored by a shared or browser cache. */
export function noStoreForSessions(req, res, next) {
  const cookie = req.headers.cookie ?? "";
  if (cookie.includes(`${SESSION_COOKIE}=`)) res.set("Cache-Control", "private, no-store");
  next();
}

// Rate limits are not here: each limited form's action counts its own posts
// (app/services/accounts/throttle.server.ts), so no spelling of a path can slip past a list.
export function applySecurity(app, { dev }) {
  app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);
  app.use(nonceMiddleware);
  app.use(helmetMiddleware({ dev }));
  app.use(originCheckMiddleware);
  app.use(noStoreForSessions);
}
