import { createCookie, redirect } from "@remix-run/node";
import { isProduction, sessionSecrets } from "./env.server";

// A one-time message after a redirect ("Internship published"): an i18n key plus params.
export type Flash = { type: "success" | "error" | "info"; key: string; params?: Record<string, string | number> };

// Signed, so a link or another site cannot plant a message that looks like ours; a value
// that does not verify reads as no message at all.
const flashCookie = createCookie("sp_flash", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction(),
  maxAge: 60,
  secrets: sessionSecrets(),
});

export async function redirectWithFlash(url: string, flash: Flash, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashCookie.serialize(flash));
  return redirect(url, { ...init, headers });
}

const FLASH_TYPES: ReadonlySet<unknown> = new Set(["success", "error", "info"]);

function isFlash(value: unknown): value is Flash {
  if (typeof value !== "object" || value === null) return false;
  const { type, key, params } = value as Record<string, unknown>;
  return FLASH_TYPES.has(type) && typeof key === "string" && (params === undefined || (typeof params === "object" && params !== null));
}

export async function readFlash(request: Request): Promise<{ flash: Flash | null; headers: Headers }> {
  const headers = new Headers();
  const cookieHeader = request.headers.get("Cookie");
  if (!cookieHeader?.includes("sp_flash=")) return { flash: null, headers };
  const value: unknown = await flashCookie.parse(cookieHeader);
  // Read once, whether it verified or not.
  headers.append("Set-Cookie", await flashCookie.serialize("", { maxAge: 0 }));
  return { flash: isFlash(value) ? value : null, headers };
}
