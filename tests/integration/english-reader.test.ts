// An English reader sees English where the data is stored in Dutch: the pseudonym word,
// the scrub markers and the qualification name on the application pages, and the mails
// about an application in the language each recipient chose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as applyAction } from "~/routes/student/applications/apply";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, loaderArgs, post } from "../helpers/requests";

const STUDENT = "student@stagepact.test";
const OWNER = "werkgever@dekeukenvanwest.test";
const internshipId = "seed-int-org-01-1";
const MOTIVATION = "Hallo, ik ben Noa Bakker en ik wil graag bij jullie in de keuken leren werken. Bel me op 06-12345678 of mail noa.bakker@example.com.";

// Words that give a Dutch text away (see tests/unit/mail-languages.test.ts for the full check of the templates).
const DUTCH = /(?<!\p{L})(de|het|een|je|sollicitatie|stage|bekijk|kandidaat|nieuwe|anonieme)(?!\p{L})/iu;

let app: HttpApp;
let applicationId = "";
let studentCookie = "";
let employerCookie = "";

beforeAll(async () => {
  app = await startHttpApp();
  await db.user.updateMany({ where: { email: { in: [STUDENT, OWNER] } }, data: { locale: "en" } });
  studentCookie = await cookieFor("student");
  employerCookie = await cookieFor("employer");
  const path = `/student/solliciteren/${internshipId}`;
  type PreviewData = { data: { preview: { pseudonym: string; token: string } | null } };
  const preview = (await applyAction(
    loaderArgs(post(path, { intent: "preview", motivation: MOTIVATION, skills: ["HACCP"] }, studentCookie), { internshipId }),
  )) as PreviewData;
  const p = preview.data.preview!;
  const sent = await applyAction(
    loaderArgs(post(path, { intent: "send", motivation: MOTIVATION, skills: ["HACCP"], pseudonym: p.pseudonym, token: p.token }, studentCookie), {
      internshipId,
    }),
  );
  expect((sent as Response).status).toBe(302);
  applicationId = (await db.application.findFirstOrThrow({ where: { internshipId, student: { user: { email: STUDENT } } } })).id;
}, 120_000);
afterAll(() => app?.close());

/** What the page shows: the HTML without its scripts (the loader data travels there as stored). */
const page = async (path: string, cookie: string, language: "en" | "nl") => {
  const response = await fetch(app.base + path, { headers: { Cookie: cookie, "Accept-Language": language } });
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<script[\s\S]*?<\/script>/g, "");
};

/**
 * A mail without what users wrote (internship title, organisation name) and without its
 * links, whose random ids can hold "de" between digits: only the template's words are judged.
 */
const templateWords = async (mail: { subject: string; text: string }) => {
  const internship = await db.internship.findUniqueOrThrow({ where: { id: internshipId }, include: { organisation: true } });
  return [internship.title, internship.organisation.name]
    .reduce((text, value) => text.split(value).join(" "), `${mail.subject}\n${mail.text}`)
    .replace(/https?:\/\/\S+/g, " ");
};

describe("an English reader of an application", () => {
  it("the employer's page says Candidate, [name] and [phone], and the qualification's English name", async () => {
    const application = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.pseudonym).toMatch(/^Kandidaat /);
    expect(application.motivationScrubbed).toContain("[naam]");
    const code = application.pseudonym.slice("Kandidaat ".length);
    const html = await page(`/werkgever/sollicitaties/${applicationId}`, employerCookie, "en");
    expect(html).toContain(`Candidate ${code}`);
    expect(html).not.toContain("Kandidaat");
    expect(html).toContain("[name] [name]");
    expect(html).toContain("[phone]");
    expect(html).not.toMatch(/\[naam\]|\[telefoon\]/);

    expect(application.qualificationName).toBeTruthy();
    const qualification = await db.qualification.findFirstOrThrow({ where: { nameNl: application.qualificationName! } });
    expect(qualification.nameEn).not.toBe(qualification.nameNl);
    expect(html).toContain(`<dd>${qualification.nameEn}`);
    expect(html).not.toContain(`<dd>${qualification.nameNl}`);

    const list = await page(`/werkgever/sollicitaties/stage/${internshipId}`, employerCookie, "en");
    expect(list).toContain(`Candidate ${code}`);
    expect(list).not.toContain("Kandidaat");
  });

  it("the Dutch page keeps the stored words", async () => {
    const html = await page(`/werkgever/sollicitaties/${applicationId}`, employerCookie, "nl");
    expect(html).toContain("Kandidaat ");
    expect(html).toContain("[naam] [naam]");
    expect(html).toContain("[telefoon]");
  });

  it("the student's own pages say Candidate and the English qualification name", async () => {
    const application = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
    const qualification = await db.qualification.findFirstOrThrow({ where: { nameNl: application.qualificationName! } });
    const detail = await page(`/student/sollicitaties/${applicationId}`, studentCookie, "en");
    expect(detail).toContain("Candidate ");
    expect(detail).not.toContain("Kandidaat");
    expect(detail).toContain("[name]");
    expect(detail).toContain(`<dd>${qualification.nameEn}`);
    const how = await page("/student/zo-werkt-anoniem", studentCookie, "en");
    expect(how).toContain("<code>[phone]</code>");
    expect(how).not.toMatch(/\[naam\]|\[telefoon\]|Kandidaat/);
    const list = await page("/student/sollicitaties", studentCookie, "en");
    expect(list).toContain("Candidate ");
    expect(list).not.toContain("Kandidaat");
  });

  it("the organisation whose owner chose English gets the new-application mail in English only", async () => {
    const org = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: org.contactEmail, subject: { contains: "application" } } });
    expect(mail.subject).toMatch(/^New anonymous application: /);
    expect(mail.text).toContain("Candidate ");
    expect(await templateWords(mail)).not.toMatch(DUTCH);
  });

  it("the English student's receipt is in English with the English pseudonym word", async () => {
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: STUDENT }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toMatch(/^Your application has been sent/);
    expect(mail.text).toContain("Candidate ");
    expect(await templateWords(mail)).not.toMatch(DUTCH);
  });
});
