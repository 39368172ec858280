import { createCookie, redirect } from "@remix-run/node";

// A one-time message after a redirect ("Internship published"): an i18n key plus params.
export type Flash = { type: "success" | "error" | "info"; key: string; params?: Record<string, string | number> };

const flashCookie = createCookie("sp_flash", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  maxAge: 60,
});

export async function redirectWithFlash(url: string, flash: Flash, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flashCookie.serialize(flash));
  return redirect(url, { ...init, headers });
}

export async function readFlash(request: Request): Promise<{ flash: Flash | null; headers: Headers }> {
  const headers = new Headers();
  const value = (await flashCookie.parse(request.headers.get("Cookie"))) as Flash | null;
  if (!value) return { flash: null, headers };
  headers.append("Set-Cookie", await flashCookie.serialize("", { maxAge: 0 }));
  return { flash: value, headers };
}
