// Without APP_URL (development, tests) every absolute link follows the port the server
// actually listens on: the real Express stack on a random loopback port, never 3000.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

const text = async (path: string) => {
  const response = await fetch(app.base + path);
  expect(response.status, path).toBe(200);
  return response.text();
};

/** Every absolute http(s) link in a text, minus the vocabularies (schema.org, Atom). */
const ownLinks = (body: string) => [...body.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((m) => m[0]).filter((u) => !/w3\.org|schema\.org|purl\.org/.test(u));

function expectOwnPort(body: string, where: string) {
  expect(body, where).not.toContain("localhost:3000");
  const links = ownLinks(body);
  expect(links.length, `${where} has absolute links`).toBeGreaterThan(0);
  for (const link of links) expect(link.startsWith(app.base), `${where}: ${link}`).toBe(true);
}

describe("absolute links follow the server's own address", () => {
  it("the server under test does not listen on 3000", () => {
    expect(new URL(app.base).port).not.toBe("3000");
  });

  it("the Atom feed links to this server", async () => {
    expectOwnPort(await text("/stages.atom"), "feed");
  });

  it("the API's next page and items link to this server", async () => {
    const body = await text("/api/v1/stages");
    const json = JSON.parse(body) as { next: string | null; pageCount: number };
    expect(json.pageCount).toBeGreaterThan(1);
    expect(json.next).toMatch(new RegExp(`^${app.base.replace(/[.]/g, "\\.")}/api/v1/stages\\?`));
    expectOwnPort(body, "api");
    expectOwnPort(await text(new URL(json.next!).pathname + new URL(json.next!).search), "api page 2");
  });

  it("an internship page's JSON-LD links to this server", async () => {
    const { items } = JSON.parse(await text("/api/v1/stages")) as { items: { url: string }[] };
    const html = await text(new URL(items[0].url).pathname);
    const jsonLd = /<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(jsonLd).toBeTruthy();
    expectOwnPort(jsonLd!, "JSON-LD");
  });

  it("the signatory JSON and the OpenAPI description name no other address", async () => {
    expect(await text("/stagepact/ondertekenaars.json")).not.toContain("localhost:3000");
    expect(await text("/api/v1/ondertekenaars")).not.toContain("localhost:3000");
    expectOwnPort(await text("/api/v1/openapi.json"), "openapi");
  });

  it("a password-reset mail asked for through the form links to this server", async () => {
    const email = "student4@stagepact.test";
    await db.throttle.deleteMany();
    await db.outboundEmail.deleteMany({ where: { to: email } });
    const response = await fetch(app.base + "/wachtwoord-vergeten", {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams({ email }),
      headers: { Origin: app.base, "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(200);
    const mails = await db.outboundEmail.findMany({ where: { to: email } });
    expect(mails).toHaveLength(1);
    expectOwnPort(mails[0].text, "reset mail");
    expect(mails[0].text).toContain(`${app.base}/wachtwoord-herstellen?token=`);
  });
});
