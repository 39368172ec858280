import { createHash } from "node:crypto";
import type { PrismaClient } from "../app/generated/prisma/client";

// Demo data for reports, cases and keurmerken; must stay idempotent like seed.ts
// (fixed ids, create only when missing). Dates are relative to the seed clock.
const SEED_NOW = new Date("2026-11-01T09:00:00Z");
const daysAgo = (days: number) => new Date(SEED_NOW.getTime() - days * 86_400_000);
// Seeded reporters get stable, meaningless keys; real ones are keyed hashes (reports.server.ts).
const seedReporter = (n: number) => createHash("sha256").update(`seed-reporter-${n}`).digest("hex");

type ReportSeed = {
  id: string;
  reference: string;
  organisation: string | null;
  organisationText?: string;
  type: "discrimination" | "complaint";
  category: string;
  description: string;
  reporter: number;
  daysAgo: number;
  status?: "new" | "in_progress" | "referred" | "closed";
  /** The officer's assessment; only substantiated reports count toward the ranking. */
  substantiated?: boolean;
  contactEmail?: string;
};

const reports: ReportSeed[] = [
  // Six complaints from six reporters about one hospitality employer, assessed as substantiated:
  // it appears in the ranking under a neutral label.
  ...[1, 2, 3, 4, 5, 6].map<ReportSeed>((n) => ({
    id: `seed-report-bijlmer-${n}`,
    reference: `SP-SEED-0000-000${n}`,
    organisation: "Brasserie Bijlmerplein",
    type: "complaint",
    category: ["allowance_not_paid", "no_supervision", "productive_work", "allowance_not_paid", "no_supervision", "unsafe"][n - 1],
    description: [
      "Mijn stagevergoeding is twee maanden niet betaald.",
      "Er was geen praktijkopleider aanwezig op de meeste dagen.",
      "Ik moest de hele avond alleen in de keuken werken, zonder begeleiding.",
      "De vergoeding werd pas na veel vragen betaald, en minder dan afgesproken.",
      "Mijn begeleider was nooit bereikbaar.",
      "Er werd gewerkt met kapotte apparatuur in de keuken.",
    ][n - 1],
    reporter: n,
    daysAgo: 20 + n * 15,
    status: "in_progress",
    substantiated: true,
  })),
  // Three discrimination reports in twelve months from two reporters: a mystery-guest candidate, but not in the ranking.
  {
    id: "seed-report-oosterdok-1",
    reference: "SP-SEED-0000-0011",
    organisation: "Hotel Oosterdok",
    type: "discrimination",
    category: "origin",
    description: "Na het noemen van mijn achternaam werd gezegd dat de stageplek al vergeven was; een klasgenoot kreeg een dag later wel een gesprek.",
    reporter: 11,
    daysAgo: 40,
  },
  {
    id: "seed-report-oosterdok-2",
    reference: "SP-SEED-0000-0012",
    organisation: "Hotel Oosterdok",
    type: "discrimination",
    category: "religion",
    description: "Er werd gevraagd of ik mijn hoofddoek af zou doen aan de receptie.",
    reporter: 12,
    daysAgo: 95,
    status: "in_progress",
  },
  {
    id: "seed-report-oosterdok-3",
    reference: "SP-SEED-0000-0013",
    organisation: "Hotel Oosterdok",
    type: "discrimination",
    category: "origin",
    description: "Ik werd afgewezen met de opmerking dat gasten 'iemand van hier' verwachten.",
    reporter: 11,
    daysAgo: 200,
  },
  {
    id: "seed-report-kliniek-1",
    reference: "SP-SEED-0000-0021",
    organisation: "Kliniek Zuidas",
    type: "complaint",
    category: "no_supervision",
    description: "Mijn praktijkopleider is al weken ziek en er is geen vervanging geregeld.",
    reporter: 21,
    daysAgo: 12,
    contactEmail: "melder@example.nl",
  },
  {
    id: "seed-report-unknown-1",
    reference: "SP-SEED-0000-0031",
    organisation: null,
    organisationText: "Een kapsalon in de Pijp",
    type: "discrimination",
    category: "age",
    description: "Ik kreeg te horen dat ik met 17 te jong ben voor een stage, terwijl het een niveau 2-stage is.",
    reporter: 31,
    daysAgo: 5,
  },
  {
    id: "seed-report-old-closed",
    reference: "SP-SEED-0000-0041",
    organisation: "Hotel Oosterdok",
    type: "discrimination",
    category: "gender",
    description: "Een oudere melding, buiten de periode van twaalf maanden.",
    reporter: 41,
    daysAgo: 420,
    status: "closed",
  },
  // Almere, so officers of each municipality see only their own cases.
  {
    id: "seed-report-almere-1",
    reference: "SP-SEED-0000-0051",
    organisation: "Strandpaviljoen Almere Haven",
    type: "complaint",
    category: "allowance_not_paid",
    description: "De stagevergoeding wordt contant en onregelmatig betaald.",
    reporter: 51,
    daysAgo: 30,
  },
];

type AwardSeed = {
  id: string;
  organisation: string;
  type: "fair_hospitality" | "inclusive_employer" | "sna";
  status: "applied" | "awarded";
  validFrom?: Date;
  validUntil?: Date | null;
  registryNumber?: string;
  permanentShare?: number;
  zeroHoursPhasedOutBy?: Date;
  evidenceText?: string;
};

const awards: AwardSeed[] = [
  {
    id: "seed-keurmerk-vijzel-fh",
    organisation: "Café De Vijzel",
    type: "fair_hospitality",
    status: "awarded",
    validFrom: new Date("2026-03-01T00:00:00Z"),
    validUntil: new Date("2027-03-01T00:00:00Z"),
    permanentShare: 70,
    zeroHoursPhasedOutBy: new Date("2025-12-31T00:00:00Z"),
    evidenceText: "22 van de 31 medewerkers hebben een vast contract; we volgen de cao Horeca.",
  },
  {
    id: "seed-keurmerk-sloterplas-fh",
    organisation: "Restaurant Sloterplas",
    type: "fair_hospitality",
    status: "applied",
    permanentShare: 55,
    zeroHoursPhasedOutBy: new Date("2027-01-01T00:00:00Z"),
    evidenceText: "Afbouwplan nulurencontracten: alle oproepkrachten krijgen per 1 januari een contract met vaste uren.",
  },
  {
    id: "seed-keurmerk-noorderlicht-inclusive-2026",
    organisation: "Zorggroep Noorderlicht",
    type: "inclusive_employer",
    status: "awarded",
    validFrom: new Date("2026-01-01T00:00:00Z"),
    validUntil: new Date("2027-01-01T00:00:00Z"),
  },
  {
    id: "seed-keurmerk-werkstart-sna",
    organisation: "Uitzendbureau Werkstart",
    type: "sna",
    status: "awarded",
    validFrom: new Date("2025-06-01T00:00:00Z"),
    validUntil: null,
    registryNumber: "SNA-2025-04417",
  },
];

export async function seedOversight(db: PrismaClient): Promise<void> {
  const names = [...new Set([...reports.map((r) => r.organisation), ...awards.map((a) => a.organisation)].filter((n): n is string => !!n))];
  const organisations = await db.organisation.findMany({ where: { name: { in: names } }, select: { id: true, name: true, municipalityId: true } });
  const byName = new Map(organisations.map((o) => [o.name, o]));
  const amsterdam = await db.municipality.findUnique({ where: { slug: "amsterdam" }, select: { id: true } });
  if (!amsterdam) return;
  const assessor = await db.user.findUnique({ where: { email: "gemeente@amsterdam.test" }, select: { id: true } });

  for (const r of reports) {
    if (await db.report.findUnique({ where: { id: r.id }, select: { id: true } })) continue;
    const organisation = r.organisation ? byName.get(r.organisation) : undefined;
    if (r.organisation && !organisation) throw new Error(`seed report names an unknown organisation: ${r.organisation}`);
    const createdAt = daysAgo(r.daysAgo);
    await db.report.create({
      data: {
        id: r.id,
        reference: r.reference,
        municipalityId: organisation?.municipalityId ?? amsterdam.id,
        type: r.type,
        category: r.category,
        description: r.description,
        organisationId: organisation?.id ?? null,
        organisationText: r.organisationText ?? null,
        contactEmail: r.contactEmail ?? null,
        reporterKey: seedReporter(r.reporter),
        status: r.status ?? "new",
        substantiated: r.substantiated ?? null,
        assessedAt: r.substantiated === undefined ? null : daysAgo(r.daysAgo - 7),
        assessedById: r.substantiated === undefined ? null : (assessor?.id ?? null),
        closedAt: r.status === "closed" ? daysAgo(r.daysAgo - 30) : null,
        createdAt,
      },
    });
  }

  for (const a of awards) {
    if (await db.keurmerkAward.findUnique({ where: { id: a.id }, select: { id: true } })) continue;
    const organisation = byName.get(a.organisation);
    if (!organisation) throw new Error(`seed keurmerk names an unknown organisation: ${a.organisation}`);
    await db.keurmerkAward.create({
      data: {
        id: a.id,
        organisationId: organisation.id,
        type: a.type,
        status: a.status,
        validFrom: a.validFrom ?? null,
        validUntil: a.validUntil ?? null,
        registryNumber: a.registryNumber ?? null,
        permanentShare: a.permanentShare ?? null,
        caoWages: a.type === "fair_hospitality" ? true : null,
        zeroHoursPhasedOutBy: a.zeroHoursPhasedOutBy ?? null,
        evidenceText: a.evidenceText ?? null,
        decidedAt: a.status === "awarded" ? (a.validFrom ?? SEED_NOW) : null,
        createdAt: a.validFrom ? new Date(a.validFrom.getTime() - 14 * 86_400_000) : daysAgo(3),
      },
    });
  }
}
