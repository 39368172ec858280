// The privacy statement and the accessibility statement, in both languages and linked from
// where they are needed, and student sign-up asking for the name once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as signUpAction } from "~/routes/auth/sign-up";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, post } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

const ENGLISH = "sp_lng=en";

async function page(path: string, cookie?: string) {
  const response = await fetch(app.base + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));
const formOf = (html: string) => {
  const main = mainOf(html);
  return main.slice(main.indexOf("<form"), main.indexOf("</form>"));
};

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");

describe("privacy statement", () => {
  it("says in Dutch what is processed, why, how long, who sees what, the rights and whom to contact", async () => {
    const { status, html } = await page("/privacy");
    expect(status).toBe(200);
    const body = text(html);
    expect(body).toContain("Privacyverklaring");
    for (const heading of [
      "Welke gegevens we verwerken",
      "Waarom",
      "Hoe lang we je gegevens bewaren",
      "Wie wat ziet",
      "Je rechten en hoe je ze gebruikt",
      "Contact",
    ]) {
      expect(body).toContain(heading);
    }
    expect(body).toContain("Vier weken nadat een sollicitatie is afgesloten");
    expect(body).toContain("één jaar");
    expect(body).toContain("Autoriteit Persoonsgegevens");
  });

  it("is complete in English when the language cookie asks for it", async () => {
    const { status, html } = await page("/privacy", ENGLISH);
    expect(status).toBe(200);
    const body = text(html);
    for (const heading of [
      "Privacy statement",
      "What we process",
      "Why",
      "How long we keep your data",
      "Who sees what",
      "Your rights and how to use them",
      "Contact",
    ]) {
      expect(body).toContain(heading);
    }
    expect(body).toContain("Four weeks after an application is closed");
    expect(body).toContain("one year");
    expect(body).not.toContain("Privacyverklaring");
    expect(body).not.toContain("Hoe lang");
  });
});

describe("accessibility statement", () => {
  it("gives in Dutch the compliance status against EN 301 549 / WCAG 2.1 AA, the date, the evaluation, the limitations, the contact and the right to complain", async () => {
    const { status, html } = await page("/toegankelijkheid");
    expect(status).toBe(200);
    const body = text(html);
    expect(body).toContain("Toegankelijkheidsverklaring");
    expect(body).toContain("EN 301 549");
    expect(body).toContain("WCAG 2.1");
    expect(body).toContain("Status: eerste maatregelen genomen");
    expect(body).toMatch(/Bijgewerkt op \d{1,2} \w+ \d{4}/);
    for (const heading of ["Hoe we de toegankelijkheid controleren", "Wat nog niet goed is", "Feedback en contact", "Klagen"]) expect(body).toContain(heading);
    expect(body).toContain("Nationale ombudsman");
  });

  it("is complete in English when the language cookie asks for it", async () => {
    const { status, html } = await page("/toegankelijkheid", ENGLISH);
    expect(status).toBe(200);
    const body = text(html);
    expect(body).toContain("Accessibility statement");
    expect(body).toContain("Status: first measures taken");
    expect(body).toMatch(/Updated on \d{1,2} \w+ \d{4}/);
    for (const heading of ["How we check accessibility", "What is not right yet", "Feedback and contact", "Complaints"]) expect(body).toContain(heading);
    expect(body).toContain("National Ombudsman");
    expect(body).not.toContain("Toegankelijkheidsverklaring");
  });
});

describe("where the statements are linked", () => {
  it("the footer of every page links to both, in both languages", async () => {
    for (const [cookie, privacy, accessibility] of [
      [undefined, "Privacyverklaring", "Toegankelijkheid"],
      [ENGLISH, "Privacy statement", "Accessibility"],
    ] as const) {
      const { html } = await page("/stagepact", cookie);
      const footer = html.slice(html.indexOf("<footer"));
      expect(footer).toMatch(new RegExp(`<a [^>]*href="/privacy"[^>]*>${privacy}</a>`));
      expect(footer).toMatch(new RegExp(`<a [^>]*href="/toegankelijkheid"[^>]*>${accessibility}</a>`));
    }
  });

  it("student sign-up links to the privacy statement next to the consent", async () => {
    const { html } = await page("/registreren?type=student");
    const main = mainOf(html);
    expect(main).toContain('href="/privacy"');
    const english = await page("/registreren?type=student", ENGLISH);
    expect(text(english.html)).toContain("Read the privacy statement");
  });

  it("the application form links to the privacy statement", async () => {
    const cookie = await cookieFor("student");
    const { status, html } = await page("/student/solliciteren/seed-int-org-01-1", cookie);
    expect(status).toBe(200);
    const main = mainOf(html);
    expect(main).toMatch(/<a [^>]*href="\/privacy"[^>]*>Wat gebeurt er met mijn gegevens\?<\/a>/);
    const english = await page("/student/solliciteren/seed-int-org-01-1", `${cookie}; ${ENGLISH}`);
    expect(english.html).toMatch(/<a [^>]*href="\/privacy"[^>]*>What happens to my data\?<\/a>/);
  });
});

describe("student sign-up asks for the name once", () => {
  it("shows first and last name and no separate name field, in both languages", async () => {
    for (const [cookie, labels, absent] of [
      [undefined, ["Voornaam", "Achternaam"], "Je naam"],
      [ENGLISH, ["First name", "Last name"], "Your name"],
    ] as const) {
      const { html } = await page("/registreren?type=student", cookie);
      const form = formOf(html);
      for (const label of labels) expect(form).toContain(`>${label}<`);
      expect(form).not.toContain(`>${absent}<`);
      expect(form).not.toMatch(/name="name"/);
    }
  });

  it("an employer still gives one name for the account", async () => {
    const { html } = await page("/registreren?type=employer");
    const form = formOf(html);
    expect(form).toContain(">Je naam<");
    expect(form).toMatch(/name="name"/);
  });

  it("the account's name is made of the first and last name the student typed", async () => {
    const email = "sem.devries@example.nl";
    const response = await signUpAction({
      request: post("/registreren", {
        accountType: "student",
        firstName: "Sem",
        lastName: "de Vries",
        email,
        password: "een lange zin als wachtwoord",
        acceptTerms: "on",
      }),
      params: {},
      context: { clientAddress: "192.0.2.10" },
    });
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get("Location")).toBe("/student");
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { student: true } });
    expect(user.name).toBe("Sem de Vries");
    expect(user.student).toMatchObject({ firstName: "Sem", lastName: "de Vries" });
  });

  it("a missing last name is explained next to that field and what was typed stays", async () => {
    const result = (await signUpAction({
      request: post("/registreren", {
        accountType: "student",
        firstName: "Sem",
        lastName: "",
        email: "sem2@example.nl",
        password: "een lange zin als wachtwoord",
        acceptTerms: "on",
      }),
      params: {},
      context: { clientAddress: "192.0.2.11" },
    })) as unknown as { data: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> }; init: { status: number } };
    expect(result.init.status).toBe(400);
    expect(result.data.error?.lastName).toEqual(["forms:required"]);
    expect(result.data.error?.name).toBeUndefined();
    expect(result.data.initialValue?.firstName).toBe("Sem");
  });
});
