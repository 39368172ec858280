// Loads internships from the database and turns them into search documents with the
// one pure builder both engines share.
import type { Db, Tx } from "~/utils/db.server";
import { buildSearchDocument, type SearchDocument } from "./document";

export const documentSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  level: true,
  route: true,
  hoursPerWeek: true,
  monthlyAllowance: true,
  startDate: true,
  durationWeeks: true,
  locationCity: true,
  publishedAt: true,
  createdAt: true,
  payCheckRequired: true,
  payCheckRuleKind: true,
  organisation: {
    select: {
      id: true,
      name: true,
      kind: true,
      sector: true,
      signatures: { where: { status: "approved" }, select: { status: true, signedAt: true } },
      keurmerken: { where: { status: "awarded" }, select: { type: true, status: true, validFrom: true, validUntil: true } },
    },
  },
  qualification: { select: { id: true, nameNl: true, nameEn: true, crebo: true } },
  municipality: { select: { slug: true, name: true } },
  district: { select: { slug: true, name: true } },
} as const;

/** Documents for these internships; ids that are not published come back in `removed`. */
export async function loadDocuments(client: Db | Tx, ids: string[], now: Date): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  const rows = await client.internship.findMany({ where: { id: { in: ids } }, select: documentSelect });
  const documents: SearchDocument[] = [];
  for (const row of rows) {
    const doc = buildSearchDocument(row, now);
    if (doc) documents.push(doc);
  }
  const kept = new Set(documents.map((d) => d.id));
  return { documents, removed: ids.filter((id) => !kept.has(id)) };
}

/** Published internships in id order, a batch at a time (for a rebuild). */
export async function loadPublishedBatch(client: Db, after: string | null, take: number, now: Date) {
  const rows = await client.internship.findMany({
    where: { status: "published", ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: documentSelect,
  });
  return {
    documents: rows.map((r) => buildSearchDocument(r, now)).filter((d): d is SearchDocument => d !== null),
    last: rows.at(-1)?.id ?? null,
  };
}
