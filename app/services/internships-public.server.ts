import { db } from "~/utils/db.server";

const PAGE_SIZE = 20;

/** Published internships only: every public listing goes through here. */
export async function listPublishedInternships({ page = 1 }: { page?: number }) {
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
        organisation: { select: { name: true, sector: true } },
        district: { select: { name: true } },
      },
    }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows };
}

export function getPublishedInternship(id: string) {
  return db.internship.findFirst({
    where: { id, status: "published" },
    include: {
      organisation: { select: { name: true, sector: true, kind: true } },
      district: { select: { name: true } },
      municipality: { select: { name: true } },
      qualification: { select: { nameNl: true, nameEn: true, crebo: true } },
    },
  });
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
