import { db } from "~/utils/db.server";
import { activeMarksByOrganisation } from "./keurmerk.server";

/** A published internship with its organisation's active marks and pact signature date. */
export async function getPublishedInternship(id: string, now = new Date()) {
  const internship = await db.internship.findFirst({
    where: { id, status: "published" },
    include: {
      organisation: { select: { name: true, sector: true, kind: true } },
      district: { select: { name: true, slug: true } },
      municipality: { select: { name: true, slug: true } },
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
