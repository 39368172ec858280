// Downloads are named and error pages written in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

const fetchIn = (path: string, language: "en" | "nl", cookie?: string) =>
  fetch(app.base + path, { headers: { "Accept-Language": language, ...(cookie ? { Cookie: cookie } : {}) }, redirect: "manual" });

const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");

describe("file names in the reader's language", () => {
  const year = new Date().getFullYear();
  it.each([
    ["/stages.csv", "stagepact-internships.csv", "stagepact-stages.csv"],
    [`/stagepact/ondertekenaars.csv?jaar=${year}`, `stagepact-signatories-${year}.csv`, `stagepact-ondertekenaars-${year}.csv`],
  ])("%s", async (path, english, dutch) => {
    const en = await fetchIn(path, "en");
    expect(en.status).toBe(200);
    expect(en.headers.get("Content-Disposition")).toBe(`attachment; filename="${english}"`);
    expect(en.headers.get("Vary")).toMatch(/Accept-Language/);
    expect((await fetchIn(path, "nl")).headers.get("Content-Disposition")).toBe(`attachment; filename="${dutch}"`);
  });

  it("the student's data export", async () => {
    const cookie = await cookieFor("student");
    const en = await fetchIn("/student/privacy/export", "en", cookie);
    expect(en.status).toBe(200);
    expect(en.headers.get("Content-Disposition")).toBe('attachment; filename="stagepact-my-data.json"');
    expect((await fetchIn("/student/privacy/export", "nl", cookie)).headers.get("Content-Disposition")).toBe(
      'attachment; filename="stagepact-mijn-gegevens.json"',
    );
  });
});

describe("error pages in the reader's language", () => {
  it.each([
    ["an unknown address", "/bestaat-niet", null, 404, "This page does not exist"],
    ["an unknown internship", "/stages/bestaat-niet", null, 404, "This page does not exist"],
    ["another role's page", "/gemeente/dashboard", "student" as const, 403, "No access"],
  ])("%s", async (_name, path, account, status, title) => {
    const response = await fetchIn(path, "en", account ? await cookieFor(account) : undefined);
    expect(response.status).toBe(status);
    const html = await response.text();
    expect(html).toContain('lang="en"');
    const text = visible(html);
    expect(text).toContain(title);
    expect(text).not.toMatch(/Deze pagina bestaat niet|Geen toegang|Naar de startpagina|Foutcode/);
  });
});
