import { describe, expect, it } from "vitest";
import {
  buildApplicationSnapshot,
  IDENTITY_FIELDS,
  makePseudonym,
  namesFor,
  normalizeForMatch,
  PSEUDONYM_PATTERN,
  SCRUB_MARKERS,
  scrubText,
  studentIdentity,
  toEmployerView,
  type ApplicationRecord,
  type StudentProfile,
} from "../../../app/domain/anonymisation";

const JAN = ["Jan", "van der Berg"];

interface Case {
  name: string;
  input: string;
  names?: string[];
  expected: string;
}

const emailCases: Case[] = [
  {
    name: "replaces a plain e-mail address",
    input: "Mail me op jan@example.nl voor vragen.",
    expected: "Mail me op [e-mail] voor vragen.",
  },
  {
    name: "replaces an address with subdomains and plus-addressing",
    input: "Schrijf naar jan.de.vries+stage@mail.student.roc.nl graag",
    names: [],
    expected: "Schrijf naar [e-mail] graag",
  },
  {
    name: "replaces an uppercase address",
    input: "MAIL: JAN.BERG@GMAIL.COM",
    names: [],
    expected: "MAIL: [e-mail]",
  },
  {
    name: "keeps parentheses around an e-mail address",
    input: "Bereikbaar (jan@roc.nl) en ook telefonisch.",
    names: [],
    expected: "Bereikbaar ([e-mail]) en ook telefonisch.",
  },
  {
    name: "keeps the full stop after an e-mail address at the end of a sentence",
    input: "Mijn adres is stage@school.nl.",
    names: [],
    expected: "Mijn adres is [e-mail].",
  },
  {
    name: "keeps a comma after an e-mail address",
    input: "a@b.nl, c@d.com; klaar",
    names: [],
    expected: "[e-mail], [e-mail]; klaar",
  },
  {
    name: "replaces an address written with (at) to dodge the filter",
    input: "Mail jan (at) roc.nl of jan[at]roc.nl",
    names: [],
    expected: "Mail [e-mail] of [e-mail]",
  },
];

const phoneCases: Case[] = [
  { name: "replaces a mobile number with a hyphen", input: "Bel 06-12345678.", expected: "Bel [telefoon]." },
  { name: "replaces a mobile number in groups", input: "Bel 06 1234 5678 na 16 uur", expected: "Bel [telefoon] na 16 uur" },
  { name: "replaces a mobile number without separators", input: "tel 0612345678", expected: "tel [telefoon]" },
  { name: "replaces a mobile number with +31", input: "Bel +31 6 12345678!", expected: "Bel [telefoon]!" },
  { name: "replaces +31(0)6 notation", input: "Bel +31(0)6-12345678 of app", expected: "Bel [telefoon] of app" },
  { name: "replaces a number with the 0031 prefix", input: "nummer 0031 6 12345678", expected: "nummer [telefoon]" },
  { name: "replaces a landline with spaces", input: "Thuis: 020 123 4567", expected: "Thuis: [telefoon]" },
  { name: "replaces a landline with a hyphen", input: "020-1234567 of 010-1234567", expected: "[telefoon] of [telefoon]" },
  { name: "replaces an area code in brackets", input: "(020) 123 4567", expected: "[telefoon]" },
  { name: "replaces a 0900 service number", input: "Bel 0900-1234567", expected: "Bel [telefoon]" },
  { name: "replaces a British number", input: "UK: +44 20 7946 0958.", expected: "UK: [telefoon]." },
  { name: "replaces a Belgian mobile number", input: "BE +32 470 12 34 56", expected: "BE [telefoon]" },
  {
    name: "keeps brackets around a phone number",
    input: "Bereikbaar (06-12345678) overdag",
    expected: "Bereikbaar ([telefoon]) overdag",
  },
  {
    name: "does not take a year after a Dutch international number into the number",
    input: "+31 6 1234 5678 2024",
    expected: "[telefoon] 2024",
  },
  { name: "replaces a mobile number with spaced hyphen and pairs", input: "06 - 12 34 56 78", expected: "[telefoon]" },
  {
    name: "finds a phone number right after a year in the same run of digits",
    input: "Sinds 2024 0612345678 in gebruik",
    expected: "Sinds 2024 [telefoon] in gebruik",
  },
];

const keptNumberCases: Case[] = [
  { name: "keeps a year", input: "Ik begin in 2024 met mijn opleiding.", expected: "Ik begin in 2024 met mijn opleiding." },
  { name: "keeps a postcode", input: "Ik woon bij 1012 AB in de buurt.", expected: "Ik woon bij 1012 AB in de buurt." },
  { name: "keeps a crebo code", input: "Crebo 25604, niveau 4.", expected: "Crebo 25604, niveau 4." },
  { name: "keeps an amount", input: "De vergoeding is €400 per maand.", expected: "De vergoeding is €400 per maand." },
  { name: "keeps hours", input: "Ik kan 36 uur per week.", expected: "Ik kan 36 uur per week." },
  { name: "keeps a date", input: "Beschikbaar vanaf 12-03-2025.", expected: "Beschikbaar vanaf 12-03-2025." },
  {
    name: "keeps a date starting with zero followed by a time",
    input: "Start 01-03-2025 12:00 uur",
    expected: "Start 01-03-2025 12:00 uur",
  },
  { name: "keeps a school-year range", input: "Schooljaar 2024-2025, 1.500 euro", expected: "Schooljaar 2024-2025, 1.500 euro" },
  { name: "keeps eight- and nine-digit registration numbers", input: "kvk 01234567", expected: "kvk 01234567" },
  { name: "keeps office hours", input: "Werktijden 08.30-17.00 uur", expected: "Werktijden 08.30-17.00 uur" },
];

const urlCases: Case[] = [
  {
    name: "replaces an https link and keeps the sentence's full stop",
    input: "Zie https://portfolio.example.nl/werk?id=3.",
    expected: "Zie [link].",
  },
  { name: "replaces an http link", input: "http://example.com is oud", expected: "[link] is oud" },
  { name: "replaces a www address without scheme", input: "Kijk op www.example.nl.", expected: "Kijk op [link]." },
  {
    name: "replaces a LinkedIn profile without scheme",
    input: "Mijn profiel: linkedin.com/in/jan-vdberg, zie daar.",
    expected: "Mijn profiel: [link], zie daar.",
  },
  { name: "replaces a github.io page", input: "Site: jan.github.io/projecten", expected: "Site: [link]" },
  { name: "replaces a bare domain with a path", input: "example.nl/portfolio bekijken", expected: "[link] bekijken" },
  {
    name: "keeps a closing bracket after a link",
    input: "(zie https://example.nl/a)",
    expected: "(zie [link])",
  },
  {
    name: "keeps a normal sentence ending in a full stop",
    input: "Ik woon in Amsterdam. Daarna volgt meer.",
    expected: "Ik woon in Amsterdam. Daarna volgt meer.",
  },
  {
    name: "keeps Dutch and English abbreviations",
    input: "Ik werk graag met o.a. klanten, bv. in de zorg, t.o.v. vorig jaar, e.g. ouderen, i.p.v. thuis.",
    expected: "Ik werk graag met o.a. klanten, bv. in de zorg, t.o.v. vorig jaar, e.g. ouderen, i.p.v. thuis.",
  },
  {
    name: "keeps a missing space after a full stop when the next word is capitalised",
    input: "Ik zoek een stage.De zorg trekt mij.",
    expected: "Ik zoek een stage.De zorg trekt mij.",
  },
  { name: "keeps file names and frameworks", input: "Zie cv.pdf, ik ken Node.js en ASP.NET.", expected: "Zie cv.pdf, ik ken Node.js en ASP.NET." },
];

const nameCases: Case[] = [
  { name: "replaces the first name", input: "Ik ben Jan en ik wil graag", expected: "Ik ben [naam] en ik wil graag" },
  { name: "replaces a lowercase first name", input: "groetjes, jan", expected: "groetjes, [naam]" },
  { name: "replaces the first name at the end of a sentence", input: "Groet van jan.", expected: "Groet van [naam]." },
  { name: "does not replace a name inside a longer word", input: "In januari of Jansen", expected: "In januari of Jansen" },
  {
    name: "replaces a last name with tussenvoegsel as one marker",
    input: "Jan van der Berg is mijn naam. Van der Berg dus.",
    expected: "[naam] [naam] is mijn naam. [naam] dus.",
  },
  {
    name: "replaces the core of a last name on its own but keeps the particles as words",
    input: "Familie Berg woont van de stad in der tijd.",
    expected: "Familie [naam] woont van de stad in der tijd.",
  },
  {
    name: "matches names regardless of accents and case",
    input: "Ik ben José, ook jose of JOSE of Jose\u0301.",
    names: ["José"],
    expected: "Ik ben [naam], ook [naam] of [naam] of [naam].",
  },
  { name: "matches a name typed without its umlaut", input: "Mijn naam is Ozil.", names: ["Özil"], expected: "Mijn naam is [naam]." },
  {
    name: "replaces a double name and each of its parts",
    input: "Sara Bakker-El Amrani, of Bakker, of Amrani; El is geen naam.",
    names: ["Sara", "Bakker-El Amrani"],
    expected: "[naam] [naam], of [naam], of [naam]; El is geen naam.",
  },
  {
    name: "replaces a name with an apostrophe and its core",
    input: "Ik ben Priya D'Souza (of D’Souza, of Souza).",
    names: ["Priya", "D'Souza"],
    expected: "Ik ben [naam] [naam] (of [naam], of [naam]).",
  },
  {
    name: "replaces 't Hart and Hart but keeps the particle",
    input: "Tim 't Hart, zeg maar Hart; het is 't leukste.",
    names: ["Tim", "'t Hart"],
    expected: "[naam] [naam], zeg maar [naam]; het is 't leukste.",
  },
  {
    name: "treats an e-mail address that contains the name as one e-mail address",
    input: "jan.vanderberg@gmail.com",
    expected: "[e-mail]",
  },
  { name: "ignores names shorter than two characters", input: "A is een letter", names: ["A"], expected: "A is een letter" },
  { name: "accepts a two-letter first name", input: "Ik heet Bo.", names: ["Bo", "Li"], expected: "Ik heet [naam]." },
];

const obfuscationCases: Case[] = [
  { name: "replaces an address with spaced letters and spaces around @ and the dot", input: "Mail j a n @ gmail . com graag", expected: "Mail [e-mail] graag" },
  { name: "replaces an address with apenstaartje and punt", input: "Mail jan apenstaartje gmail punt com.", expected: "Mail [e-mail]." },
  { name: "replaces an address with a bare at and punt", input: "noa at gmail punt com", names: [], expected: "[e-mail]" },
  { name: "replaces an address with (at) and (dot)", input: "jan (at) gmail (dot) com", expected: "[e-mail]" },
  { name: "replaces an address with [at] and [dot] in capitals", input: "NOA [AT] HOTMAIL [DOT] NL", names: [], expected: "[e-mail]" },
  { name: "replaces a bare at followed by a real domain", input: "mail noa at gmail.com", names: [], expected: "mail [e-mail]" },
  { name: "keeps 'at' in a normal sentence", input: "ik werk graag at home", expected: "ik werk graag at home" },
  {
    name: "keeps 'at' followed by a sentence that starts with a TLD-like word",
    input: "Ik werk at home. De klanten zijn leuk.",
    expected: "Ik werk at home. De klanten zijn leuk.",
  },
  { name: "keeps the Dutch word punt", input: "Dat is een goed punt, com op.", expected: "Dat is een goed punt, com op." },
  {
    name: "replaces a phone number spelled out in Dutch",
    input: "Bel nul zes een twee drie vier vijf zes zeven acht.",
    expected: "Bel [telefoon].",
  },
  { name: "replaces a phone number spelled with één and accents", input: "nul zes één twee drie vier vijf zes zeven acht", expected: "[telefoon]" },
  {
    name: "replaces a phone number spelled out in English",
    input: "call zero six one two three four five six seven eight please",
    expected: "call [telefoon] please",
  },
  { name: "replaces digits mixed with number words", input: "06 een twee 34 vijf zes 78", expected: "[telefoon]" },
  { name: "replaces digits separated by spaces", input: "Bel 0 6 1 2 3 4 5 6 7 8", expected: "Bel [telefoon]" },
  { name: "replaces digits separated by dots", input: "Bel 06.12.34.56.78", expected: "Bel [telefoon]" },
  { name: "replaces digits separated by dashes", input: "Bel 0-6-1-2-3-4-5-6-7-8", expected: "Bel [telefoon]" },
  { name: "replaces digits separated by double spaces", input: "Bel 06  12  34  56  78", expected: "Bel [telefoon]" },
  { name: "keeps a few counted numbers", input: "een twee drie vier, hoedje van papier", expected: "een twee drie vier, hoedje van papier" },
  { name: "keeps small numbers in a sentence", input: "ik ben 1 van de 3", expected: "ik ben 1 van de 3" },
  {
    name: "keeps the article een next to a number",
    input: "Ik heb een 8 voor koken en een 7 voor Engels.",
    expected: "Ik heb een 8 voor koken en een 7 voor Engels.",
  },
  { name: "replaces a bare @handle", input: "Volg mij: @janjansen!", expected: "Volg mij: [link]!" },
  { name: "replaces an insta: handle", input: "insta: janjansen", expected: "insta: [link]" },
  { name: "replaces an instagram handle without colon", input: "instagram janjansen", expected: "instagram [link]" },
  { name: "replaces a snap: handle with digits and underscore", input: "Snap: jj_2008.", expected: "Snap: [link]." },
  { name: "replaces a tiktok handle", input: "tiktok janjansen", expected: "tiktok [link]" },
  { name: "replaces a handle after 'mijn tiktok is'", input: "mijn TikTok is jan.jansen", expected: "mijn TikTok is [link]" },
  { name: "replaces a handle with @ after the platform", input: "IG @jan_bakt", expected: "IG [link]" },
  { name: "replaces a LinkedIn profile link", input: "zie linkedin.com/in/janjansen", expected: "zie [link]" },
  { name: "keeps platforms named in a sentence", input: "Ik zit veel op Instagram en TikTok.", expected: "Ik zit veel op Instagram en TikTok." },
  {
    name: "keeps platform words followed by ordinary words",
    input: "Ik maak TikTok filmpjes en Instagram posts voor de zaak.",
    expected: "Ik maak TikTok filmpjes en Instagram posts voor de zaak.",
  },
  { name: "keeps a lone @", input: "Ik ken @ als teken.", expected: "Ik ken @ als teken." },
];

const mixedCases: Case[] = [
  {
    name: "scrubs every kind at once and keeps whitespace and newlines",
    input:
      "Beste lezer,\n\nIk ben Jan van der Berg (jan.berg@roc.nl, 06-12345678).\n  Portfolio: www.janberg.nl\tof linkedin.com/in/jan.\n\nIn 2024 haalde ik crebo 25604 en ik werk 36 uur.\nGroet, Jan",
    expected:
      "Beste lezer,\n\nIk ben [naam] [naam] ([e-mail], [telefoon]).\n  Portfolio: [link]\tof [link].\n\nIn 2024 haalde ik crebo 25604 en ik werk 36 uur.\nGroet, [naam]",
  },
  {
    name: "leaves text without contact details untouched",
    input: "  Ik help graag mensen.\r\nMijn sterke punt: geduld!  ",
    expected: "  Ik help graag mensen.\r\nMijn sterke punt: geduld!  ",
  },
  { name: "handles empty text", input: "", expected: "" },
];

describe("scrubText", () => {
  describe.each([
    ["e-mail addresses", emailCases],
    ["phone numbers", phoneCases],
    ["numbers that are not phone numbers", keptNumberCases],
    ["links", urlCases],
    ["the student's names", nameCases],
    ["deliberate obfuscation and social handles", obfuscationCases],
    ["mixed text", mixedCases],
  ])("%s", (_group, cases) => {
    it.each(cases)("$name", ({ input, names, expected }) => {
      expect(scrubText(input, { names: names ?? JAN }).text).toBe(expected);
    });
  });

  it("reports each replacement with its kind and original text, in text order", () => {
    const result = scrubText("Jan: jan@x.nl, 06-12345678, www.x.nl", { names: JAN });
    expect(result.replacements).toEqual([
      { kind: "name", original: "Jan" },
      { kind: "email", original: "jan@x.nl" },
      { kind: "phone", original: "06-12345678" },
      { kind: "url", original: "www.x.nl" },
    ]);
  });

  it("uses the exported markers so the interface can describe them", () => {
    expect(SCRUB_MARKERS).toEqual({ email: "[e-mail]", phone: "[telefoon]", url: "[link]", name: "[naam]" });
  });

  it.each([
    ["José", "jose"],
    ["ÖZIL", "ozil"],
    ["D’Souza", "d'souza"],
    ["Øyvind Strauß", "oyvind strauss"],
  ])("normalizes %s to %s for matching", (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

describe("makePseudonym", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  it.each([
    [bytes(0, 0, 0, 0, 0), "Kandidaat 2222-2222"],
    [bytes(255, 255, 255, 255, 255), "Kandidaat ZZZZ-ZZZZ"],
    [bytes(1, 2, 3, 4, 5, 6, 7), "Kandidaat 2632-8327"],
  ])("turns random bytes into a readable label", (input, expected) => {
    expect(makePseudonym(input)).toBe(expected);
    expect(makePseudonym(input)).toMatch(PSEUDONYM_PATTERN);
  });

  it("never uses the look-alike characters 0, O, 1 or I", () => {
    for (let seed = 0; seed < 256; seed++) {
      const code = makePseudonym(bytes(seed, 255 - seed, seed ^ 0x5a, seed * 7, seed * 13)).slice("Kandidaat ".length);
      expect(code).not.toMatch(/[01OI]/);
    }
  });

  it("gives the same label for the same bytes and a different label for different bytes", () => {
    expect(makePseudonym(bytes(9, 8, 7, 6, 5))).toBe(makePseudonym(bytes(9, 8, 7, 6, 5)));
    expect(makePseudonym(bytes(9, 8, 7, 6, 5))).not.toBe(makePseudonym(bytes(9, 8, 7, 6, 4)));
    expect(makePseudonym(bytes(9, 8, 7, 6, 5))).not.toBe(makePseudonym(bytes(137, 8, 7, 6, 5)));
  });

  it("uses all 40 bits, so every single bit flip changes the label", () => {
    const base = bytes(0, 0, 0, 0, 0);
    const labels = new Set([makePseudonym(base)]);
    for (let bit = 0; bit < 40; bit++) {
      const flipped = Uint8Array.from(base);
      flipped[Math.floor(bit / 8)] ^= 1 << (bit % 8);
      labels.add(makePseudonym(flipped));
    }
    expect(labels.size).toBe(41);
  });

  it.each([[0], [4]])("refuses %i random bytes as too little randomness", (length) => {
    expect(() => makePseudonym(new Uint8Array(length))).toThrow(RangeError);
  });
});

const profile: StudentProfile = {
  firstName: "Fatima",
  tussenvoegsel: "el",
  lastName: "Idrissi",
  email: "fatima.idrissi@student.roc.nl",
  phone: "06-98765432",
  dateOfBirth: new Date("2006-05-04T00:00:00Z"),
  street: "Kerkstraat 12",
  postcode: "1017 GC",
  city: "Amsterdam",
  school: "ROC van Amsterdam",
  gender: "vrouw",
  nationality: "Nederlandse",
  qualificationName: "Verzorgende IG",
  crebo: "25491",
  level: 3,
  schoolYear: 2,
  skills: ["Wondzorg", "Medicatie", "Communicatie"],
  availableFrom: new Date("2025-09-01T00:00:00Z"),
  availableHours: 32,
  cvText: "Fatima el Idrissi, Kerkstraat 12",
};

describe("buildApplicationSnapshot", () => {
  it("lists the first name, last name and the last name with tussenvoegsel as names to scrub", () => {
    expect(namesFor(profile)).toEqual(["Fatima", "Idrissi", "el Idrissi"]);
    expect(namesFor({ firstName: "Jan", lastName: "Berg", tussenvoegsel: null })).toEqual(["Jan", "Berg"]);
  });

  it("keeps only the fields an employer may see before invitation and scrubs the motivation", () => {
    const snapshot = buildApplicationSnapshot(profile, {
      motivation: "Ik ben Fatima el Idrissi, bel 06-98765432. Zorg is mijn passie.",
      chosenSkills: ["Wondzorg", "Communicatie"],
    });
    expect(snapshot).toEqual({
      qualificationName: "Verzorgende IG",
      crebo: "25491",
      level: 3,
      schoolYear: 2,
      availableFrom: new Date("2025-09-01T00:00:00Z"),
      availableHours: 32,
      skills: ["Wondzorg", "Communicatie"],
      motivationScrubbed: "Ik ben [naam] [naam], bel [telefoon]. Zorg is mijn passie.",
      replacements: [
        { kind: "name", original: "Fatima" },
        { kind: "name", original: "el Idrissi" },
        { kind: "phone", original: "06-98765432" },
      ],
    });
    for (const field of IDENTITY_FIELDS) expect(Object.keys(snapshot)).not.toContain(field);
  });

  it("scrubs contact details and names that were typed as a skill", () => {
    const snapshot = buildApplicationSnapshot(
      { ...profile, skills: ["Wondzorg", "fatima.idrissi@gmail.com", "06 98 76 54 32", "Fatima's zorgplan", "insta: fatima_zorgt"] },
      {
        motivation: "Zorg is mijn passie.",
        chosenSkills: ["Wondzorg", "fatima.idrissi@gmail.com", "06 98 76 54 32", "Fatima's zorgplan", "insta: fatima_zorgt"],
      },
    );
    expect(snapshot.skills).toEqual(["Wondzorg", "[e-mail]", "[telefoon]", "[naam]'s zorgplan", "insta: [link]"]);
    expect(snapshot.replacements).toEqual([
      { kind: "email", original: "fatima.idrissi@gmail.com" },
      { kind: "phone", original: "06 98 76 54 32" },
      { kind: "name", original: "Fatima" },
      { kind: "url", original: "fatima_zorgt" },
    ]);
  });

  it.each([
    { chosen: ["Wondzorg", "Hacken", "Bel 0612345678"], shown: ["Wondzorg"] },
    { chosen: ["medicatie", "MEDICATIE ", "Wondzorg"], shown: ["Medicatie", "Wondzorg"] },
    { chosen: [], shown: [] },
  ])("shows only chosen skills that are in the profile: $chosen → $shown", ({ chosen, shown }) => {
    expect(buildApplicationSnapshot(profile, { motivation: "", chosenSkills: chosen }).skills).toEqual(shown);
  });
});

describe("toEmployerView", () => {
  const record: ApplicationRecord & { studentId: string } = {
    id: "app_1",
    studentId: "student_secret",
    pseudonym: "Kandidaat 7KQ3-X9FD",
    status: "in_review",
    submittedAt: new Date("2025-06-01T10:00:00Z"),
    qualificationName: profile.qualificationName,
    crebo: "25491",
    level: 3,
    schoolYear: 2,
    availableFrom: profile.availableFrom,
    availableHours: 32,
    skills: ["Wondzorg"],
    motivationScrubbed: "Ik ben [naam].",
    firstName: profile.firstName,
    tussenvoegsel: profile.tussenvoegsel,
    lastName: profile.lastName,
    email: profile.email,
    phone: profile.phone,
    dateOfBirth: profile.dateOfBirth,
    street: profile.street,
    postcode: profile.postcode,
    city: profile.city,
    school: profile.school,
    gender: profile.gender,
    nationality: profile.nationality,
  };

  it("has no identity keys and leaks no identity values before invitation", () => {
    const view = toEmployerView(record, { revealed: false });
    for (const field of IDENTITY_FIELDS) expect(Object.keys(view)).not.toContain(field);
    const json = JSON.stringify(view);
    for (const value of [
      "Fatima",
      "Idrissi",
      "fatima.idrissi",
      "06-98765432",
      "Kerkstraat",
      "1017 GC",
      "ROC van",
      "2006-05-04",
      "vrouw",
      "Nederlandse",
      "student_secret",
    ]) {
      expect(json).not.toContain(value);
    }
    expect(view).toMatchObject({ revealed: false, pseudonym: "Kandidaat 7KQ3-X9FD", motivationScrubbed: "Ik ben [naam]." });
  });

  it("shows name, e-mail and phone once the student is invited, but never the internal student id", () => {
    const view = toEmployerView(record, { revealed: true });
    expect(view).toMatchObject({
      revealed: true,
      firstName: "Fatima",
      lastName: "Idrissi",
      email: "fatima.idrissi@student.roc.nl",
      phone: "06-98765432",
    });
    expect(Object.keys(view)).not.toContain("studentId");
  });

  it("fills identity fields that were not loaded with null after invitation", () => {
    const { email: _email, phone: _phone, ...withoutContact } = record;
    const view = toEmployerView(withoutContact, { revealed: true });
    expect(view.email).toBeNull();
    expect(view.phone).toBeNull();
  });
});

describe("studentIdentity", () => {
  const stored = {
    ...profile,
    tussenvoegsel: "el",
    gender: "vrouw",
    nationality: "Nederlandse",
    email: "old@example.nl",
    id: "student_secret",
    userId: "user_secret",
    cvText: "Fatima",
  };

  it("takes exactly the identity fields, with the account's e-mail address", () => {
    const identity = studentIdentity(stored, "fatima.idrissi@student.roc.nl");
    expect(Object.keys(identity).sort()).toEqual([...IDENTITY_FIELDS].sort());
    expect(identity).toMatchObject({ firstName: "Fatima", tussenvoegsel: "el", email: "fatima.idrissi@student.roc.nl", nationality: "Nederlandse" });
  });

  it.each(["id", "userId", "cvText", "qualificationName", "skills"])("leaves out %s", (field) => {
    expect(Object.keys(studentIdentity(stored, "a@b.nl"))).not.toContain(field);
  });
});
