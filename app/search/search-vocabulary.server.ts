// The search vocabulary as the platform admin keeps it: the everyday words of each sector
// (SectorVocabulary) and of each qualification (Qualification.searchTerms). Saving a list
// writes every published internship it describes to the search outbox in the same
// transaction, so both engines follow, and records who changed what in the audit log.
import { sectors, type Sector } from "~/domain/organisation";
import type { Prisma } from "~/generated/prisma/client";
import { formatTerms, parseTerms } from "~/search/vocabulary";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { enqueueSearchUpdates } from "./search-outbox.server";

export class UnknownQualificationError extends Error {}

export type VocabularySave = { changed: boolean; reindexed: number };

/** Every sector (in the order of the domain's list, also those without words yet) and every qualification. */
export async function listSearchVocabulary() {
  const [rows, qualifications] = await Promise.all([
    db.sectorVocabulary.findMany({ select: { sector: true, terms: true } }),
    db.qualification.findMany({
      select: { id: true, nameNl: true, nameEn: true, crebo: true, sector: true, searchTerms: true },
      orderBy: [{ sector: "asc" }, { nameNl: "asc" }],
    }),
  ]);
  const terms = new Map(rows.map((r) => [r.sector, r.terms]));
  return {
    sectors: sectors.map((sector) => ({ sector, terms: formatTerms(parseTerms(terms.get(sector))) })),
    qualifications: qualifications.map((q) => ({ ...q, searchTerms: formatTerms(parseTerms(q.searchTerms)) })),
  };
}

/** Queues the published internships the words describe for the search index, and audits the change; returns how many. */
async function reindexAndAudit(
  tx: Tx,
  where: Prisma.InternshipWhereInput,
  audit: { actorId: string; action: string; entityType: string; entityId: string; terms: [string, string] },
): Promise<number> {
  const internships = await tx.internship.findMany({ where: { status: "published", ...where }, select: { id: true } });
  const reindexed = await enqueueSearchUpdates(
    tx,
    "internship",
    internships.map((i) => i.id),
  );
  const { terms, ...entry } = audit;
  await writeAudit(tx, { ...entry, details: { terms, reindexed } });
  return reindexed;
}

export async function saveSectorTerms(actorId: string, sector: Sector, terms: string[]): Promise<VocabularySave> {
  const after = formatTerms(terms);
  return db.$transaction(async (tx) => {
    const before = (await tx.sectorVocabulary.findUnique({ where: { sector } }))?.terms ?? "";
    if (before === after) return { changed: false, reindexed: 0 };
    await tx.sectorVocabulary.upsert({ where: { sector }, create: { sector, terms: after }, update: { terms: after } });
    const reindexed = await reindexAndAudit(
      tx,
      { organisation: { sector } },
      {
        actorId,
        action: "search_vocabulary.sector",
        entityType: "sector_vocabulary",
        entityId: sector,
        terms: [before, after],
      },
    );
    return { changed: true, reindexed };
  });
}

export async function saveQualificationTerms(
  actorId: string,
  qualificationId: string,
  terms: string[],
): Promise<VocabularySave & { qualification: { nameNl: string; nameEn: string } }> {
  const after = formatTerms(terms);
  return db.$transaction(async (tx) => {
    const qualification = await tx.qualification.findUnique({
      where: { id: qualificationId },
      select: { id: true, nameNl: true, nameEn: true, searchTerms: true },
    });
    if (!qualification) throw new UnknownQualificationError(qualificationId);
    const before = qualification.searchTerms;
    if (before === after) return { changed: false, reindexed: 0, qualification };
    await tx.qualification.update({ where: { id: qualificationId }, data: { searchTerms: after } });
    const reindexed = await reindexAndAudit(
      tx,
      { qualificationId },
      {
        actorId,
        action: "search_vocabulary.qualification",
        entityType: "qualification",
        entityId: qualificationId,
        terms: [before, after],
      },
    );
    return { changed: true, reindexed, qualification };
  });
}
