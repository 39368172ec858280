// Seeds realistic demo data. Idempotent: every record has a natural or fixed key,
// so running it twice changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { sectors } from "../app/domain/organisation";
import { applicableRuleKinds, checkPay, minimumsInForce, type PayRule } from "../app/domain/pay-code";
import { formatTerms, isValidTerm, MAX_TERMS, uniqueTerms } from "../app/search/vocabulary";
import type { PrismaClient } from "../app/generated/prisma/client";
import { analyzeDatabase, createPrismaClient } from "../app/utils/db.server";
import { seedApplications } from "./applications";
import { seedOversight } from "./oversight";

const here = path.dirname(new URL(import.meta.url).pathname);
const load = <T>(file: string): T => JSON.parse(readFileSync(path.join(here, "data", file), "utf8")) as T;

type MunicipalitySeed = {
  slug: string;
  name: string;
  fullTimeHours: number;
  gracePeriodDays: number;
  districts: string[];
  payRules: { kind: string; monthlyMinimum?: number; hourlyMinimumCents?: number; version: number; validFrom: string }[];
  travelHint?: { textNl: string; textEn: string; url: string; allowanceThreshold: number };
};
type OrganisationSeed = {
  key: string;
  name: string;
  kind: "private" | "municipality" | "subsidised";
  sector: string;
  municipality: string;
  district: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  /** WGS84, near the street in its postcode area (seed data, not a survey). */
  latitude: number;
  longitude: number;
  signature: "approved" | "pending" | "none";
  staffingAgency: boolean;
};
type Template = { qualification: string; title: string; description: string; goals: string };

export const SEED_PASSWORDS = {
  admin: "Beheer-2026-stagepact",
  officer: "Gemeente-2026-stagepact",
  employer: "Werkgever-2026-stagepact",
  student: "Student-2026-stagepact",
} as const;

const slugify = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// A fixed clock for "now" keeps the seed reproducible.
const SEED_NOW = new Date("2026-11-01T09:00:00Z");

type VocabularySeed = { sectors: Record<string, string[]>; qualifications: Record<string, string[]> };

/** The search vocabulary as stored, checked against the rules the admin's form applies. */
function searchVocabulary(data: VocabularySeed, qualificationKeys: string[]) {
  const check = (what: string, terms: string[] | undefined) => {
    if (!terms?.length) throw new Error(`search-vocabulary.json has no words for ${what}`);
    const bad = terms.filter((t) => !isValidTerm(t));
    if (bad.length) throw new Error(`search-vocabulary.json: invalid words for ${what}: ${bad.join(", ")}`);
    const unique = uniqueTerms(terms);
    if (unique.length > MAX_TERMS) throw new Error(`search-vocabulary.json: more than ${MAX_TERMS} words for ${what}`);
    return formatTerms(unique);
  };
  return {
    sectors: Object.fromEntries(sectors.map((s) => [s, check(`sector ${s}`, data.sectors[s])])),
    qualifications: Object.fromEntries(qualificationKeys.map((k) => [k, check(`qualification ${k}`, data.qualifications[k])])),
  };
}

async function hashPassword(password: string) {
  return hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function seed(db: PrismaClient, { log = console.info }: { log?: (msg: string) => void } = {}) {
  const municipalities = load<MunicipalitySeed[]>("municipalities.json");
  const pact = load<{
    version: number;
    validFrom: string;
    titleNl: string;
    titleEn: string;
    textNl: string;
    textEn: string;
    commitments: { key: string; nl: string; en: string }[];
  }>("pact.json");
  const organisations = load<OrganisationSeed[]>("organisations.json");
  const qualifications = load<(Template & { key: string; nameNl: string; nameEn: string; levels: string; sector: string })[]>("qualifications.json");
  const templates = load<Record<string, Template[]>>("internship-templates.json");
  const vocabulary = searchVocabulary(
    load("search-vocabulary.json"),
    qualifications.map((q) => q.key),
  );

  const muniIds = new Map<string, string>();
  const districtIds = new Map<string, string>();
  const rules: PayRule[] = [];
  for (const m of municipalities) {
    const muni = await db.municipality.upsert({
      where: { slug: m.slug },
      create: { slug: m.slug, name: m.name, fullTimeHours: m.fullTimeHours, gracePeriodDays: m.gracePeriodDays },
      update: {},
    });
    muniIds.set(m.slug, muni.id);
    for (const name of m.districts) {
      const d = await db.district.upsert({
        where: { municipalityId_slug: { municipalityId: muni.id, slug: slugify(name) } },
        create: { municipalityId: muni.id, slug: slugify(name), name },
        update: {},
      });
      districtIds.set(`${m.slug}/${name}`, d.id);
    }
    for (const r of m.payRules) {
      const rule = await db.payRule.upsert({
        where: { municipalityId_kind_version: { municipalityId: muni.id, kind: r.kind, version: r.version } },
        create: {
          municipalityId: muni.id,
          kind: r.kind,
          monthlyMinimum: r.monthlyMinimum ?? null,
          hourlyMinimumCents: r.hourlyMinimumCents ?? null,
          version: r.version,
          validFrom: new Date(r.validFrom),
          validUntil: nextVersionStart(m.payRules, r),
        },
        update: {},
      });
      rules.push({ ...rule, kind: rule.kind as PayRule["kind"] });
    }
    if (m.travelHint) {
      await db.travelCostHint.upsert({ where: { municipalityId: muni.id }, create: { municipalityId: muni.id, ...m.travelHint }, update: {} });
    }
    const version = await db.pactVersion.upsert({
      where: { municipalityId_version: { municipalityId: muni.id, version: pact.version } },
      create: {
        municipalityId: muni.id,
        version: pact.version,
        titleNl: pact.titleNl.replace("{{municipality}}", m.name),
        titleEn: pact.titleEn.replace("{{municipality}}", m.name),
        textNl: pact.textNl,
        textEn: pact.textEn,
        validFrom: new Date(pact.validFrom),
      },
      update: {},
    });
    for (const [position, c] of pact.commitments.entries()) {
      await db.pactCommitment.upsert({
        where: { pactVersionId_key: { pactVersionId: version.id, key: c.key } },
        create: { pactVersionId: version.id, position, key: c.key, textNl: c.nl, textEn: c.en },
        update: {},
      });
    }
  }

  const qualificationIds = new Map<string, string>();
  for (const q of qualifications) {
    const id = `seed-qual-${q.key}`;
    await db.qualification.upsert({
      where: { id },
      create: { id, nameNl: q.nameNl, nameEn: q.nameEn, levels: q.levels, sector: q.sector, searchTerms: vocabulary.qualifications[q.key] },
      update: {},
    });
    // A database seeded before the vocabulary existed gets its words; the admin's edits stay.
    await db.qualification.updateMany({ where: { id, searchTerms: "" }, data: { searchTerms: vocabulary.qualifications[q.key] } });
    qualificationIds.set(q.key, id);
  }
  for (const sector of sectors) {
    await db.sectorVocabulary.upsert({ where: { sector }, create: { sector, terms: vocabulary.sectors[sector] }, update: {} });
  }
  const levelOf = new Map(qualifications.map((q) => [q.key, Number(q.levels.split(",")[0])]));

  // Accounts, one per role (and a few more to make the demo feel real).
  const admin = await upsertUser(db, "beheer@stagepact.test", "Platformbeheer", SEED_PASSWORDS.admin, { isAdmin: true });
  const officerAms = await upsertUser(db, "gemeente@amsterdam.test", "Fatima el Idrissi", SEED_PASSWORDS.officer);
  const officerAlm = await upsertUser(db, "gemeente@almere.test", "Pieter de Boer", SEED_PASSWORDS.officer);
  for (const [user, slug] of [
    [officerAms, "amsterdam"],
    [officerAlm, "almere"],
  ] as const) {
    const municipalityId = muniIds.get(slug)!;
    await db.municipalOfficer.upsert({
      where: { userId_municipalityId: { userId: user.id, municipalityId } },
      create: { userId: user.id, municipalityId },
      update: {},
    });
  }

  const employerAccounts: Record<string, { email: string; name: string; role: "owner" | "recruiter" }[]> = {
    "org-01": [
      { email: "werkgever@dekeukenvanwest.test", name: "Sanne Vermeulen", role: "owner" },
      { email: "recruiter@dekeukenvanwest.test", name: "Youssef Amrani", role: "recruiter" },
    ],
    "org-02": [{ email: "werkgever@noorderlicht.test", name: "Marieke Jansen", role: "owner" }],
    "org-07": [{ email: "werkgever@weesperzoet.test", name: "Kees Bakker", role: "owner" }],
  };

  const [approvedVersions] = await Promise.all([db.pactVersion.findMany({ include: { commitments: true } })]);
  const versionByMuni = new Map(approvedVersions.map((v) => [v.municipalityId, v]));

  let internshipCount = 0;
  for (const [index, o] of organisations.entries()) {
    const municipalityId = muniIds.get(o.municipality)!;
    const districtId = districtIds.get(`${o.municipality}/${o.district}`) ?? null;
    const kvkNumber = String(60_000_000 + (((index + 1) * 104_729) % 39_999_999)).padStart(8, "0");
    const verified = o.signature === "approved";
    const org = await db.organisation.upsert({
      where: { kvkNumber },
      create: {
        name: o.name,
        kvkNumber,
        sbbId: index % 3 === 0 ? String(100_000 + index * 37) : null,
        kind: o.kind,
        sector: o.sector,
        isStaffingAgency: o.staffingAgency,
        street: o.street,
        houseNumber: o.houseNumber,
        postcode: o.postcode,
        city: o.city,
        latitude: o.latitude,
        longitude: o.longitude,
        municipalityId,
        districtId,
        contactName: "Afdeling HR",
        contactEmail: `stage@${slugify(o.name)}.test`,
        contactPhone: "020 555 0100",
        verificationStatus: verified ? "verified" : "pending",
        verifiedAt: verified ? new Date("2025-03-01T10:00:00Z") : null,
      },
      update: {},
    });

    for (const account of employerAccounts[o.key] ?? []) {
      const user = await upsertUser(db, account.email, account.name, SEED_PASSWORDS.employer);
      await db.membership.upsert({
        where: { userId_organisationId: { userId: user.id, organisationId: org.id } },
        create: { userId: user.id, organisationId: org.id, role: account.role },
        update: {},
      });
    }

    const version = versionByMuni.get(municipalityId)!;
    if (o.signature !== "none") {
      const signatureId = `seed-sig-${o.key}`;
      const signedAt = new Date(Date.UTC(2025, index % 10, 1 + (index % 27), 10));
      const existing = await db.pactSignature.findUnique({ where: { id: signatureId } });
      if (!existing) {
        await db.pactSignature.create({
          data: {
            id: signatureId,
            organisationId: org.id,
            pactVersionId: version.id,
            signerName: employerAccounts[o.key]?.[0]?.name ?? "Directie",
            signerRole: "Directeur",
            signedAt,
            status: o.signature,
            approvedAt: o.signature === "approved" ? new Date(signedAt.getTime() + 7 * 86_400_000) : null,
            decidedAt: o.signature === "approved" ? new Date(signedAt.getTime() + 7 * 86_400_000) : null,
            decidedById: o.signature === "approved" ? (o.municipality === "amsterdam" ? officerAms.id : officerAlm.id) : null,
            agreements: { create: version.commitments.map((c) => ({ commitmentId: c.id, agreedAt: signedAt })) },
            history: {
              create: [
                { fromStatus: null, toStatus: "pending", createdAt: signedAt },
                ...(o.signature === "approved"
                  ? [{ fromStatus: "pending", toStatus: "approved", createdAt: new Date(signedAt.getTime() + 7 * 86_400_000) }]
                  : []),
              ],
            },
          },
        });
      }
    }

    // Approved signatories publish four or five internships; others hold drafts.
    const sectorTemplates = templates[o.sector] ?? templates.business_services;
    const count = o.signature === "approved" ? 4 + (index % 2) : 2;
    const municipality = municipalities.find((m) => m.slug === o.municipality)!;
    for (let n = 0; n < count; n++) {
      const template = sectorTemplates[(index + n) % sectorTemplates.length];
      const hoursPerWeek = [36, 32, 24, 40, 20, 36, 16][(index + n) % 7];
      const publish = o.signature === "approved" && n < count - (index % 4 === 0 ? 1 : 0);
      const nonCompliantDraft = !publish && (index + n) % 2 === 0;
      const base = o.kind === "private" ? 400 : 500;
      const required = Math.ceil((base * Math.min(hoursPerWeek, municipality.fullTimeHours)) / municipality.fullTimeHours);
      const extra = [0, 25, 50, 75, 100, 150][(index * 3 + n) % 6];
      // Every fifth place is a work-based (BBL) job with an hourly wage instead of an allowance.
      const route = (index + n) % 5 === 0 ? "BBL" : "BOL";
      const wageFloor = Math.max(...applicableRuleKinds(o.kind, "BBL").flatMap((k) => minimumsInForce(rules, municipalityId, SEED_NOW)[k] ?? []));
      const wageExtra = [0, 50, 100, 150, 200, 300][(index * 3 + n) % 6];
      const monthlyAllowance = route === "BBL" ? null : nonCompliantDraft ? Math.max(0, required - [50, 150, 250][(index + n) % 3]) : required + extra;
      const hourlyWageCents = route === "BOL" ? null : nonCompliantDraft ? wageFloor - [100, 250, 400][(index + n) % 3] : wageFloor + wageExtra;
      const check = checkPay({
        organisationKind: o.kind,
        route,
        hoursPerWeek,
        monthlyAllowance,
        hourlyWageCents,
        fullTimeHours: municipality.fullTimeHours,
        municipalityId,
        rules,
        at: SEED_NOW,
      });
      if (check.status !== "checked") throw new Error(`no pay rule for ${o.municipality}`);
      if (publish && !check.compliant) throw new Error(`seed would publish a non-compliant internship at ${o.name}`);
      const id = `seed-int-${o.key}-${n + 1}`;
      const startDate = new Date(Date.UTC(2027, (index + n) % 9, 1));
      const publishedAt = new Date(SEED_NOW.getTime() - ((index * 5 + n * 11) % 120) * 86_400_000);
      await db.internship.upsert({
        where: { id },
        create: {
          id,
          organisationId: org.id,
          municipalityId,
          districtId,
          title: template.title,
          description: template.description,
          qualificationId: qualificationIds.get(template.qualification) ?? null,
          level: levelOf.get(template.qualification) ?? 2,
          route,
          hoursPerWeek,
          monthlyAllowance,
          hourlyWageCents,
          startDate,
          durationWeeks: [20, 40, 10, 30][(index + n) % 4],
          locationStreet: `${o.street} ${o.houseNumber}`,
          locationPostcode: o.postcode,
          locationCity: o.city,
          latitude: o.latitude,
          longitude: o.longitude,
          trainerName: ["Ahmed Bouzid", "Linda de Wit", "Ravi Ramdin", "Eva Kok", "Tom Visser"][(index + n) % 5],
          trainerEmail: `praktijkopleider@${slugify(o.name)}.test`,
          learningGoals: template.goals,
          status: publish ? "published" : "draft",
          publishedAt: publish ? publishedAt : null,
          payCheckCompliant: publish ? check.compliant : null,
          payCheckRuleId: publish ? check.ruleId : null,
          payCheckRuleKind: publish ? check.ruleKind : null,
          payCheckVersion: publish ? check.ruleVersion : null,
          payCheckRequired: publish ? check.requiredAmount : null,
          payCheckAt: publish ? publishedAt : null,
        },
        update: {},
      });
      internshipCount++;
    }
  }

  const students = [
    {
      email: "student@stagepact.test",
      name: "Noa Bakker",
      first: "Noa",
      last: "Bakker",
      qual: "kok",
      year: 2,
      skills: ["Snijtechnieken", "HACCP", "Samenwerken"],
    },
    {
      email: "student2@stagepact.test",
      name: "Mohamed El Amrani",
      first: "Mohamed",
      last: "El Amrani",
      qual: "software-developer",
      year: 3,
      skills: ["TypeScript", "SQL", "Git"],
    },
    {
      email: "student3@stagepact.test",
      name: "Priya Ramsaran",
      first: "Priya",
      last: "Ramsaran",
      qual: "verzorgende-ig",
      year: 2,
      skills: ["Persoonlijke verzorging", "Rapporteren"],
    },
    {
      email: "student4@stagepact.test",
      name: "Jesse van der Berg",
      first: "Jesse",
      last: "van der Berg",
      qual: "logistiek-medewerker",
      year: 1,
      skills: ["Heftruckcertificaat", "Orderpicken"],
    },
    {
      email: "student5@stagepact.test",
      name: "Aylin Yıldız",
      first: "Aylin",
      last: "Yıldız",
      qual: "pm-kinderopvang",
      year: 2,
      skills: ["Spelbegeleiding", "Observeren"],
    },
    {
      email: "student6@stagepact.test",
      name: "Daan Mulder",
      first: "Daan",
      last: "Mulder",
      qual: "it-support",
      year: 2,
      skills: ["Windows", "Netwerken", "Klantcontact"],
    },
  ];
  for (const [i, s] of students.entries()) {
    const user = await upsertUser(db, s.email, s.name, SEED_PASSWORDS.student);
    await db.student.upsert({
      where: { userId: user.id },
      create: {
        userId: user.id,
        firstName: s.first,
        lastName: s.last,
        phone: `06 1234 56${String(10 + i)}`,
        dateOfBirth: new Date(Date.UTC(2006 + (i % 3), i, 10 + i)),
        street: "Voorbeeldstraat " + (i + 1),
        postcode: "1055 AB",
        city: "Amsterdam",
        school: ["ROC van Amsterdam", "ROC TOP", "Mediacollege Amsterdam"][i % 3],
        qualificationId: qualificationIds.get(s.qual) ?? null,
        level: levelOf.get(s.qual) ?? 2,
        schoolYear: s.year,
        skills: JSON.stringify(s.skills),
        availableFrom: new Date(Date.UTC(2027, 1, 1)),
        availableHours: 32,
      },
      update: {},
    });
  }

  await seedGeocodeCache(db, organisations, load<PlaceSeed[]>("places.json"));
  await seedApplications(db);
  await seedOversight(db);
  // Planner statistics for the rows just written (see analyzeDatabase).
  await analyzeDatabase(db);

  log(
    `seeded ${municipalities.length} municipalities, ${organisations.length} organisations, ${internshipCount} internships, ${students.length} students (admin ${admin.email})`,
  );
}

type PlaceSeed = { name: string; type: string; municipality: string; latitude: number; longitude: number };

/**
 * The geocoder's answers for every seed postcode (six and four digits), address and
 * place name, keyed as the geocoder service keys them, so distance search and the
 * employer's form work offline in development without PDOK.
 */
async function seedGeocodeCache(db: PrismaClient, organisations: OrganisationSeed[], places: PlaceSeed[]) {
  const rows = new Map<string, { latitude: number; longitude: number; label: string }>();
  for (const o of organisations) {
    const pc6 = o.postcode.replace(" ", "");
    const at = { latitude: o.latitude, longitude: o.longitude };
    rows.set(`adr:${pc6}:${o.houseNumber.toLowerCase()}`, { ...at, label: `${o.street} ${o.houseNumber}, ${pc6} ${o.city}` });
    if (!rows.has(`pc6:${pc6}`)) rows.set(`pc6:${pc6}`, { ...at, label: `${o.street}, ${pc6} ${o.city}` });
    if (!rows.has(`pc4:${pc6.slice(0, 4)}`)) rows.set(`pc4:${pc6.slice(0, 4)}`, { ...at, label: `${pc6.slice(0, 4)} ${o.city}` });
  }
  // A town before a municipality of the same name, as the geocoder ranks them.
  for (const p of [...places].sort((a, b) => (a.type === "woonplaats" ? 0 : 1) - (b.type === "woonplaats" ? 0 : 1))) {
    const key = `place:${p.name.toLocaleLowerCase("nl-NL")}`;
    if (!rows.has(key))
      rows.set(key, { latitude: p.latitude, longitude: p.longitude, label: p.type === "gemeente" ? `Gemeente ${p.name}` : `${p.name}, ${p.municipality}` });
  }
  for (const [query, row] of rows) {
    await db.geocodeCache.upsert({ where: { query }, create: { query, found: true, ...row }, update: {} });
  }
}

async function upsertUser(db: PrismaClient, email: string, name: string, password: string, extra: { isAdmin?: boolean } = {}) {
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) return existing;
  return db.user.create({ data: { email, name, passwordHash: await hashPassword(password), ...extra } });
}

/** Seeds only when the database holds no municipality yet ("seed when empty"). */
export async function seedIfEmpty(db: PrismaClient) {
  if ((await db.municipality.count()) > 0) return false;
  await seed(db);
  return true;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const url = process.env.DATABASE_URL ?? `file:${path.resolve("data/stagepact.db")}`;
  const db = createPrismaClient(url);
  const onlyIfEmpty = process.argv.includes("--if-empty");
  (onlyIfEmpty ? seedIfEmpty(db).then((did) => did || console.info("database already seeded")) : seed(db))
    .then(() => db.$disconnect())
    .catch(async (error) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}

/** Versions of one kind follow each other: a version ends the day the next one starts. */
function nextVersionStart(rules: { kind: string; version: number; validFrom: string }[], rule: { kind: string; version: number }): Date | null {
  const next = rules.find((r) => r.kind === rule.kind && r.version === rule.version + 1);
  return next ? new Date(next.validFrom) : null;
}
