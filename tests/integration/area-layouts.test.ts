// The student's and the officer's pages get their area navigation from one layout route:
// over real HTTP, every page of the area shows the navigation exactly once, with the
// current page marked, and pages outside the layout (or a 403 for the wrong role) show none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, cookieForEmail, SEED_PASSWORDS, type SeedAccount } from "../helpers/requests";

type Who = SeedAccount | "student2";
let app: HttpApp;
const cookies: Partial<Record<Who, string>> = {};
beforeAll(async () => {
  app = await startHttpApp();
  for (const account of ["student", "officer", "employer"] as const) cookies[account] = await cookieFor(account);
  // The seed's student with an application (seed-app-01).
  cookies.student2 = await cookieForEmail("student2@stagepact.test", SEED_PASSWORDS.student);
}, 120_000);
afterAll(() => app?.close());

const STUDENT_NAV = "Mijn stages";
const OFFICER_NAV = "Taken van de gemeente";

async function page(path: string, account: Who) {
  const response = await fetch(app.base + path, { headers: { Cookie: cookies[account]! }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

/** The first link on a page whose path matches, for reaching a detail page of the seed. */
async function firstLink(path: string, account: Who, pattern: RegExp) {
  const { html } = await page(path, account);
  const found = [...html.matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1]).find((href) => pattern.test(href));
  if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
  return found;
}

function navs(html: string, label: string) {
  return [...html.matchAll(new RegExp(`<nav aria-label="${label}"[^>]*>([\\s\\S]*?)</nav>`, "g"))].map((m) => m[1]);
}

function currentLinks(nav: string) {
  return [...nav.matchAll(/<a\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((a) => a.includes('aria-current="page"'))
    .map((a) => /href="([^"]*)"/.exec(a)?.[1]);
}

async function expectNavOnce(path: string, account: Who, label: string, layoutId: string, current: string | null) {
  const { status, html } = await page(path, account);
  expect(status, path).toBe(200);
  const found = navs(html, label);
  expect(found, path).toHaveLength(1);
  expect(currentLinks(found[0]), path).toEqual(current ? [current] : []);
  // The navigation comes from the layout route, which is among the page's matches.
  expect(html, path).toContain(`"${layoutId}"`);
}

describe("the student's layout", () => {
  it("renders the student navigation once on every student page, marking the current one", async () => {
    const application = await firstLink("/student/sollicitaties", "student2", /^\/student\/sollicitaties\/[^/]+$/);
    // A rejected application can be reported as discrimination: the report page exists for it.
    await db.application.update({ where: { id: application.replace("/student/sollicitaties/", "") }, data: { status: "rejected", closedAt: new Date() } });
    const internship = (await firstLink("/stages", "student2", /^\/stages\/[^/.]+$/)).replace("/stages/", "");
    const pages: [string, string | null][] = [
      ["/student", "/student"],
      ["/student/profiel", "/student/profiel"],
      ["/student/zo-werkt-anoniem", "/student/zo-werkt-anoniem"],
      ["/student/sollicitaties", "/student/sollicitaties"],
      [application, "/student/sollicitaties"],
      [`${application}/discriminatie-melden`, "/student/sollicitaties"],
      ["/student/meldingen", "/student/meldingen"],
      ["/student/zoekopdrachten", "/student/zoekopdrachten"],
      ["/student/privacy", "/student/privacy"],
      [`/student/solliciteren/${internship}`, null],
    ];
    for (const [path, current] of pages) await expectNavOnce(path, "student2", STUDENT_NAV, "routes/student/layout", current);
  }, 120_000);

  it("shows no student navigation to an officer who is refused a student page", async () => {
    const { status, html } = await page("/student/profiel", "officer");
    expect(status).toBe(403);
    expect(navs(html, STUDENT_NAV)).toHaveLength(0);
  });
});

describe("the municipality's layout", () => {
  it("renders the oversight navigation once on every officer page, marking the current one", async () => {
    const organisation = await firstLink("/gemeente/verificatie", "officer", /^\/gemeente\/verificatie\/[^/]+$/);
    const report = await firstLink("/gemeente/meldingen", "officer", /^\/gemeente\/meldingen\/[^/]+$/);
    const keurmerk = await firstLink("/gemeente/keurmerken", "officer", /^\/gemeente\/keurmerken\/[^/]+$/);
    const pages: [string, string | null][] = [
      ["/gemeente", null],
      ["/gemeente/verificatie", null],
      [organisation, null],
      ["/gemeente/meldingen", "/gemeente/meldingen"],
      [report, "/gemeente/meldingen"],
      ["/gemeente/mystery-guest", "/gemeente/mystery-guest"],
      ["/gemeente/keurmerken", "/gemeente/keurmerken"],
      [keurmerk, "/gemeente/keurmerken"],
      ["/gemeente/ondertekenaars", "/gemeente/ondertekenaars"],
      ["/gemeente/ranglijst", "/gemeente/ranglijst"],
      ["/gemeente/dashboard", "/gemeente/dashboard"],
    ];
    for (const [path, current] of pages) await expectNavOnce(path, "officer", OFFICER_NAV, "routes/municipality/layout", current);
  }, 120_000);

  it("keeps the re-signing overview outside the layout, without the navigation", async () => {
    const { status, html } = await page("/gemeente/opnieuw-ondertekenen", "officer");
    expect(status).toBe(200);
    expect(navs(html, OFFICER_NAV)).toHaveLength(0);
  });

  it("shows no oversight navigation to an employer who is refused an officer page", async () => {
    const { status, html } = await page("/gemeente/meldingen", "employer");
    expect(status).toBe(403);
    expect(navs(html, OFFICER_NAV)).toHaveLength(0);
  });
});
