// The reporting point in Turkish, Arabic and Polish, over real HTTP: the report goes
// through the real action, is stored with its language, and the html follows it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { action as reportAction } from "~/routes/public/publishing/report";
import { action as fromApplicationAction } from "~/routes/student/applications/report";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, cookieForEmail, loaderArgs, post, SEED_PASSWORDS } from "../helpers/requests";
import { honeypotFields } from "../helpers/honeypot";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());
// Every test posts from the same loopback address; the per-minute limit is tested elsewhere.
beforeEach(() => db.throttle.deleteMany());

async function amsterdamId() {
  return (await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } })).id;
}

async function send(path: string, form: Record<string, string>, cookie?: string) {
  const response = await fetch(app.base + path, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ ...honeypotFields(), ...form }),
    headers: { Origin: app.base, "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
  });
  return { status: response.status, html: await response.text() };
}

async function page(path: string, cookie?: string) {
  const response = await fetch(app.base + path, { headers: cookie ? { Cookie: cookie } : {} });
  return { status: response.status, html: await response.text() };
}

const htmlTag = (html: string) => /<html[^>]*>/.exec(html)?.[0] ?? "";
const referenceIn = (html: string) => /data-testid="reference">([^<]+)</.exec(html)?.[1] ?? null;

const cases = [
  {
    language: "tr",
    dir: "ltr",
    received: "Bildiriminiz alındı",
    reference: "Referans kodunuz",
    officer: "Gemeld in het Turks",
    description: "Adımı söyledikten sonra reddedildim.",
  },
  {
    language: "ar",
    dir: "rtl",
    received: "تم استلام بلاغك",
    reference: "رمزك المرجعي",
    officer: "Gemeld in het Arabisch",
    description: "رُفضت بعد أن ذكرت اسمي في المقابلة.",
  },
  {
    language: "pl",
    dir: "ltr",
    received: "Otrzymaliśmy Twoje zgłoszenie",
    reference: "Twój kod referencyjny",
    officer: "Gemeld in het Pools",
    description: "Odrzucono mnie po podaniu mojego nazwiska.",
  },
] as const;

describe("the reporting point in more languages", () => {
  it.each(cases)("a visitor reports in $language: stored with its language, confirmed in it, shown to the officer", async (c) => {
    const { status, html } = await send(`/melden?taal=${c.language}`, {
      taal: c.language,
      subject: "discrimination:origin",
      municipalityId: await amsterdamId(),
      description: c.description,
    });
    expect(status).toBe(200);
    expect(htmlTag(html)).toContain(`lang="${c.language}"`);
    expect(htmlTag(html)).toContain(`dir="${c.dir}"`);
    expect(html).toContain(c.received);
    expect(html).toContain(c.reference);
    const reference = referenceIn(html);
    expect(reference).toMatch(/^SP-/);
    // The follow-up link keeps the language.
    expect(html).toContain(`href="/melden/aanvullen?taal=${c.language}"`);

    const stored = await db.report.findUniqueOrThrow({ where: { reference: reference! } });
    expect(stored.language).toBe(c.language);
    expect(stored.description).toBe(c.description);

    const officerPage = await page(`/gemeente/meldingen/${stored.id}`, await cookieFor("officer"));
    expect(officerPage.status).toBe(200);
    expect(officerPage.html).toContain(c.officer);
    expect(htmlTag(officerPage.html)).toContain('lang="nl"');
    expect(htmlTag(officerPage.html)).toContain('dir="ltr"');
  });

  it("the officer reads the language in English when the site is in English", async () => {
    const { html } = await send("/melden?taal=tr", {
      taal: "tr",
      subject: "complaint:unsafe",
      municipalityId: await amsterdamId(),
      description: "Staj yerinde güvenlik ekipmanı yok.",
    });
    const stored = await db.report.findUniqueOrThrow({ where: { reference: referenceIn(html)! } });
    const officerPage = await page(`/gemeente/meldingen/${stored.id}`, `${await cookieFor("officer")}; sp_lng=en`);
    expect(officerPage.html).toContain("Reported in Turkish");
  });

  it("the language survives a POST whose address lost it: the hidden field decides", async () => {
    const result = (await reportAction({
      request: post("/melden", {
        ...honeypotFields(),
        taal: "pl",
        subject: "complaint:no_supervision",
        municipalityId: await amsterdamId(),
        description: "Nikt się mną nie opiekuje na stażu.",
      }),
      params: {},
      context: {},
    })) as unknown as { data: { reference: string } };
    const stored = await db.report.findUniqueOrThrow({ where: { reference: result.data.reference } });
    expect(stored.language).toBe("pl");
  });

  it("a report from a rejected application keeps the language the student read the site in", async () => {
    const cookie = `${await cookieForEmail("student5@stagepact.test", SEED_PASSWORDS.student)}; sp_lng=en`;
    const request = post(
      "/student/sollicitaties/seed-app-04/discriminatie-melden",
      { category: "origin", description: "They said my name was hard to pronounce." },
      cookie,
    );
    const response = (await fromApplicationAction(loaderArgs(request, { applicationId: "seed-app-04" }))) as Response;
    expect(response.status).toBe(302);
    expect((await db.report.findFirstOrThrow({ where: { applicationId: "seed-app-04" } })).language).toBe("en");
  });

  it("in Polish a field error sits next to the field, in Polish, and what was typed stays", async () => {
    const before = await db.report.count();
    const { status, html } = await send("/melden?taal=pl", {
      taal: "pl",
      subject: "discrimination:religion",
      municipalityId: await amsterdamId(),
      description: "Za krótko",
      contactName: "Zofia Nowak",
      contactEmail: "to-nie-jest-adres",
    });
    expect(status).toBe(400);
    expect(await db.report.count()).toBe(before);
    expect(htmlTag(html)).toContain('lang="pl"');
    // The textarea points at its error, which says in Polish what to do, and keeps the text.
    const textarea = /<textarea[^>]*name="description"[^>]*>([^<]*)<\/textarea>/.exec(html);
    expect(textarea?.[1]).toBe("Za krótko");
    const describedBy = /aria-describedby="([^"]+)"/.exec(textarea![0])?.[1].split(" ") ?? [];
    const errorId = describedBy.find((id) => id.includes("error"))!;
    expect(html).toMatch(new RegExp(`id="${errorId}"[^>]*><p>Napisz co najmniej 10 znaków.</p>`));
    expect(html).toContain("Wpisz poprawny adres e-mail, na przykład imie@przyklad.nl.");
    expect(html).toContain('value="Zofia Nowak"');
    expect(html).toContain('value="to-nie-jest-adres"');
    // The chosen subject stays chosen.
    expect(/<input[^>]*value="discrimination:religion"[^>]*>/.exec(html)?.[0]).toContain("checked");
  });

  it("the follow-up page is in Arabic, right to left, with an Arabic error for an unknown code", async () => {
    const shown = await page("/melden/aanvullen?taal=ar");
    expect(htmlTag(shown.html)).toContain('lang="ar"');
    expect(htmlTag(shown.html)).toContain('dir="rtl"');
    expect(shown.html).toContain("<h1>إضافة معلومات</h1>");
    expect(shown.html).toContain("<title>إضافة معلومات · Stagepact</title>");

    const { status, html } = await send("/melden/aanvullen?taal=ar", { taal: "ar", reference: "SP-0000-0000-0000", text: "معلومة إضافية" });
    expect(status).toBe(400);
    expect(html).toContain("لا نعرف هذا الرمز المرجعي. تحقق من الرمز وحاول مرة أخرى.");
    expect(html).toContain("معلومة إضافية");
  });

  it("the language choice names each language in itself, and the site around the page keeps its own language", async () => {
    const { html } = await page("/melden?taal=ar");
    for (const [code, name] of [
      ["nl", "Nederlands"],
      ["en", "English"],
      ["tr", "Türkçe"],
      ["ar", "العربية"],
      ["pl", "Polski"],
    ]) {
      const link = new RegExp(`<a [^>]*>${name}</a>`).exec(html)?.[0] ?? "";
      expect(link).toContain(`href="/melden?taal=${code}"`);
      expect(link).toContain(` lang="${code}"`);
      expect(link).toContain(`hrefLang="${code}"`);
    }
    expect(html).toContain('aria-current="true"');
    // Header and footer are the Dutch site, marked as such inside the Arabic page.
    expect(html).toMatch(/<header lang="nl" dir="ltr"/);
    expect(html).toMatch(/<footer lang="nl" dir="ltr"/);
    expect(html).toContain("<h1>نقطة الإبلاغ عن التمييز في التدريب والشكاوى المتعلقة بالتدريب</h1>");
  });

  it("without a choice the reporting point follows the site's language; an unknown one is ignored; other pages never change", async () => {
    expect(htmlTag((await page("/melden")).html)).toMatch(/lang="nl" dir="ltr"/);
    const english = await page("/melden?taal=xx", "sp_lng=en");
    expect(htmlTag(english.html)).toMatch(/lang="en" dir="ltr"/);
    expect(english.html).toContain("Report internship discrimination or a complaint about an internship");
    expect(english.html).not.toMatch(/<header lang=/);
    expect(htmlTag((await page("/stages?taal=ar")).html)).toMatch(/lang="nl" dir="ltr"/);
  });
});
