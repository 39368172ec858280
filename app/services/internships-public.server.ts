import { db } from "~/utils/db.server";
import { activeMarksByOrganisation } from "./keurmerk.server";

const PAGE_SIZE = 20;

/** Published internships only: every public listing goes through here. */
export async function listPublishedInternships({ page = 1, now = new Date() }: { page?: number; now?: Date }) {
  const where = { status: "published" };
  const [total, rows] = await Promise.all([
    db.internship.count({ where }),
    db.internship.findMany({
      where,
      orderBy: { publishedAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        hoursPerWeek: true,
        monthlyAllowance: true,
        level: true,
        locationCity: true,
        organisationId: true,
        organisation: { select: { name: true, sector: true } },
        district: { select: { name: true } },
      },
    }),
  ]);
  const marks = await activeMarksByOrganisation([...new Set(rows.map((r) => r.organisationId))], now);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map(({ organisationId, ...r }) => ({ ...r, marks: marks.get(organisationId) ?? [] })),
  };
}

/** A published internship with its organisation's active marks and pact signature date. */
export async function getPublishedInternship(id: string, now = new Date()) {
  const internship = await db.internship.findFirst({
    where: { id, status: "published" },
    include: {
      organisation: { select: { name: true, sector: true, kind: true } },
      district: { select: { name: true } },
      municipality: { select: { name: true } },
      qualification: { select: { nameNl: true, nameEn: true, crebo: true } },
    },
  });
  if (!internship) return null;
  const [marks, signature] = await Promise.all([
    activeMarksByOrganisation([internship.organisationId], now),
    db.pactSignature.findFirst({
      where: { organisationId: internship.organisationId, status: "approved" },
      orderBy: { signedAt: "asc" },
      select: { signedAt: true },
    }),
  ]);
  return { ...internship, marks: marks.get(internship.organisationId) ?? [], signatorySince: signature?.signedAt ?? null };
}

export async function getHomeStats() {
  const [internships, signatories] = await Promise.all([
    db.internship.count({ where: { status: "published" } }),
    db.organisation.count({ where: { signatures: { some: { status: "approved" } } } }),
  ]);
  return { internships, signatories };
}

export function getCurrentPact(municipalitySlug: string, now = new Date()) {
  return db.pactVersion.findFirst({
    where: { municipality: { slug: municipalitySlug }, validFrom: { lte: now }, OR: [{ validUntil: null }, { validUntil: { gt: now } }] },
    orderBy: { version: "desc" },
    include: { commitments: { orderBy: { position: "asc" } }, municipality: { select: { name: true } } },
  });
}

export function listApprovedSignatories() {
  return db.organisation.findMany({
    where: { signatures: { some: { status: "approved" } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      sector: true,
      district: { select: { name: true } },
      municipality: { select: { name: true } },
      signatures: { where: { status: "approved" }, select: { signedAt: true }, orderBy: { signedAt: "asc" }, take: 1 },
    },
  });
}

const OPEN_DATA_PAGE_SIZE = 100;

/** Published internships for the open-data API; only public fields. */
export async function listOpenDataInternships({ page = 1 }: { page?: number }) {
  const where = { status: "published" };
  const [total, rows] = await Promise.all([
    db.internship.count({ where }),
    db.internship.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * OPEN_DATA_PAGE_SIZE,
      take: OPEN_DATA_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        hoursPerWeek: true,
        monthlyAllowance: true,
        level: true,
        route: true,
        startDate: true,
        durationWeeks: true,
        locationCity: true,
        publishedAt: true,
        payCheckRuleKind: true,
        payCheckRequired: true,
        qualification: { select: { nameNl: true, crebo: true } },
        organisation: { select: { name: true, sector: true, kind: true } },
        municipality: { select: { name: true } },
        district: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / OPEN_DATA_PAGE_SIZE)),
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      organisation: r.organisation.name,
      sector: r.organisation.sector,
      organisationKind: r.organisation.kind,
      qualification: r.qualification?.nameNl ?? null,
      crebo: r.qualification?.crebo ?? null,
      level: r.level,
      route: r.route,
      hoursPerWeek: r.hoursPerWeek,
      monthlyAllowance: r.monthlyAllowance,
      requiredByCode: r.payCheckRequired,
      codeRule: r.payCheckRuleKind,
      startDate: r.startDate.toISOString().slice(0, 10),
      durationWeeks: r.durationWeeks,
      municipality: r.municipality.name,
      district: r.district?.name ?? null,
      city: r.locationCity,
      publishedAt: r.publishedAt?.toISOString() ?? null,
    })),
  };
}
