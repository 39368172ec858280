import { createCookie } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "~/root";
import { redirectWithFlash, type Flash } from "~/utils/flash.server";
import { get } from "../helpers/requests";

// The one-time message after a redirect travels in a signed cookie: only a message this
// server made is shown, once; anything else reads as no message.

type RootResult = { data: { flash: Flash | null }; init: { headers?: HeadersInit } | null };

const message: Flash = { type: "success", key: "forms:saved" };

async function pageWith(cookie: string | undefined) {
  const result = (await rootLoader({ request: get("/", cookie), params: {}, context: {} })) as unknown as RootResult;
  return { flash: result.data.flash, setCookie: new Headers(result.init?.headers).get("Set-Cookie") ?? "" };
}

/** The cookie pair a browser sends back after the redirect. */
async function cookieFromRedirect(flash: Flash) {
  const response = await redirectWithFlash("/", flash);
  return response.headers.get("Set-Cookie")!.split(";")[0];
}

// The format an unsigned cookie had: base64 of URI-encoded JSON.
const unsigned = (value: unknown) => btoa(unescape(encodeURIComponent(JSON.stringify(value))));

describe("the signed flash message", () => {
  it("a message made by a redirect is shown once and then cleared", async () => {
    const cookie = await cookieFromRedirect(message);
    expect(cookie).toMatch(/^sp_flash=[^.]+\.[^.]+$/);
    const first = await pageWith(cookie);
    expect(first.flash).toEqual(message);
    expect(first.setCookie).toMatch(/^sp_flash=;.*Max-Age=0/);
    // The browser drops the cookie; the next page has no message.
    expect((await pageWith(undefined)).flash).toBeNull();
  });

  it.each([
    ["an unsigned message in the old format", async () => `sp_flash=${encodeURIComponent(unsigned({ type: "error", key: "auth:errors.account_locked" }))}`],
    [
      "a message signed with another secret",
      async () =>
        `sp_flash=${await createCookie("sp_flash", { secrets: ["not-the-secret-of-this-server-000000"] })
          .serialize({ type: "error", key: "forms:saved" })
          .then((c) => c.split(";")[0].slice("sp_flash=".length))}`,
    ],
    [
      "a real signature with another message in front of it",
      async () => {
        const [, signature] = decodeURIComponent((await cookieFromRedirect(message)).slice("sp_flash=".length)).split(".");
        return `sp_flash=${encodeURIComponent(`${unsigned({ type: "error", key: "auth:errors.account_locked" })}.${signature}`)}`;
      },
    ],
    ["garbage", async () => "sp_flash=%%%not-base64%%%"],
    ["an empty value", async () => "sp_flash="],
  ])("%s shows nothing and does not fail", async (_name, forge) => {
    const { flash } = await pageWith(await forge());
    expect(flash).toBeNull();
  });
});
