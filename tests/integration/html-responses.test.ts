// Every page of the seed, as every role reaches it by following links, over real HTTP:
// no response may contain a NUL byte or fail with a server error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, type SeedAccount } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

// Enough to reach every kind of page; query-string variants of one path are capped.
const MAX_PAGES = 120;
const MAX_VARIANTS_PER_PATH = 3;

async function crawl(cookie?: string) {
  const seen = new Set<string>();
  const variants = new Map<string, number>();
  const queue = ["/", "/stages", "/stagepact", "/stagepact/ondertekenaars", "/ranglijst", "/melden"];
  const problems: string[] = [];
  let pages = 0;
  while (queue.length > 0 && pages < MAX_PAGES) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await fetch(app.base + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
    const bytes = new Uint8Array(await response.arrayBuffer());
    pages++;
    if (response.status >= 500) problems.push(`${path}: ${response.status}`);
    if (bytes.includes(0)) problems.push(`${path}: NUL byte at ${bytes.indexOf(0)}`);
    if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
    for (const [, href] of new TextDecoder().decode(bytes).matchAll(/href="(\/[^"#]*)"/g)) {
      const target = href.replaceAll("&amp;", "&");
      if (target.startsWith("/assets/") || target.startsWith("/uitloggen") || seen.has(target)) continue;
      const base = target.split("?")[0];
      const count = variants.get(base) ?? 0;
      if (count >= MAX_VARIANTS_PER_PATH) continue;
      variants.set(base, count + 1);
      queue.push(target);
    }
  }
  return { pages, problems };
}

describe("clean HTML on every page of the seed", () => {
  it.each([
    ["a visitor", null],
    ["a student", "student"],
    ["an employer", "employer"],
    ["an officer", "officer"],
    ["the admin", "admin"],
  ] as [string, SeedAccount | null][])(
    "as %s",
    async (_who, account) => {
      const { pages, problems } = await crawl(account ? await cookieFor(account) : undefined);
      expect(pages).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    },
    120_000,
  );
});
