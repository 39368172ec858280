import { createHash } from "node:crypto";
import { activeMarks } from "~/domain/keurmerk";
import { buildSignatoryRows, parseSignatoryRows, yearOf, type SignatoryRow } from "~/domain/signatories";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { responseStatsByOrganisation, type OrganisationResponse } from "~/services/applications/application-response.server";
import { currentPactVersions, goodStandingWhere, loadGraceVersions } from "~/services/pact/pact-standing.server";

// The yearly list of signatories (DESIGN §3.6). The current year is shown live until an
// officer publishes it; a published list is frozen in SignatoryListPublication and
// served from there ever after.

export class AlreadyPublishedError extends Error {}
/** The live list is no longer the one the officer reviewed and confirmed. */
export class ListChangedError extends Error {}

/** Fingerprint of a list as previewed: publishing freezes only the list with this digest. */
export function signatoryRowsDigest(rows: SignatoryRow[]): string {
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

/** The rows publishing `year` would freeze right now, with their digest for the confirmation. */
export async function previewSignatoryList(municipalityId: string, year: number, now: Date) {
  const existing = await db.signatoryListPublication.findUnique({ where: { municipalityId_year: { municipalityId, year } }, select: { id: true } });
  if (existing) throw new AlreadyPublishedError();
  const rows = await liveSignatoryRows(municipalityId, now);
  return { rows, digest: signatoryRowsDigest(rows) };
}

/** Today's list for one municipality: organisations in good standing and their active marks. */
export async function liveSignatoryRows(municipalityId: string, now: Date): Promise<SignatoryRow[]> {
  const [versions, grace] = await Promise.all([currentPactVersions(db, now, [municipalityId]), loadGraceVersions(db, now, [municipalityId])]);
  if (!versions.get(municipalityId)) return [];
  const organisations = await db.organisation.findMany({
    where: { AND: [{ municipalityId }, goodStandingWhere(versions, now, grace)] },
    select: {
      id: true,
      name: true,
      sector: true,
      municipality: { select: { name: true } },
      district: { select: { name: true } },
      // "Signatory since": the signature that gives the standing (the live approved one,
      // also when it is on a replaced version within its re-signing deadline).
      signatures: { where: { status: "approved" }, select: { signedAt: true }, orderBy: { signedAt: "desc" }, take: 1 },
      keurmerken: { where: { status: "awarded" }, select: { type: true, status: true, validFrom: true, validUntil: true } },
    },
  });
  return buildSignatoryRows(
    organisations.map((o) => ({
      organisationId: o.id,
      name: o.name,
      sector: o.sector,
      municipality: o.municipality.name,
      district: o.district?.name ?? null,
      signedAt: o.signatures[0].signedAt,
      marks: activeMarks(o.keurmerken, now).map((m) => m.type),
    })),
  );
}

export type SignatoryList = {
  municipality: { id: string; name: string; slug: string };
  publishedAt: string | null;
  rows: SignatoryRow[];
};

/**
 * Every municipality's list for a year: the frozen one where published, today's for the
 * current year where not yet published, and nothing for an earlier unpublished year.
 */
export async function getSignatoryLists(year: number, now: Date) {
  const [municipalities, publications] = await Promise.all([
    db.municipality.findMany({ select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } }),
    db.signatoryListPublication.findMany({ select: { municipalityId: true, year: true, rows: true, publishedAt: true } }),
  ]);
  const currentYear = yearOf(now);
  const lists: SignatoryList[] = [];
  for (const municipality of municipalities) {
    const publication = publications.find((p) => p.municipalityId === municipality.id && p.year === year);
    if (publication) {
      lists.push({ municipality, publishedAt: publication.publishedAt.toISOString(), rows: parseSignatoryRows(publication.rows) });
    } else if (year === currentYear) {
      lists.push({ municipality, publishedAt: null, rows: await liveSignatoryRows(municipality.id, now) });
    }
  }
  const years = [...new Set([currentYear, ...publications.map((p) => p.year)])].sort((a, b) => b - a);
  // Today's responsiveness (DESIGN §3.3), also next to a frozen list: it is not part of what was published.
  const organisationIds = [...new Set(lists.flatMap((l) => l.rows.map((r) => r.organisationId)))];
  const stats =
    organisationIds.length > 0 ? await responseStatsByOrganisation(now, { organisationId: { in: organisationIds } }) : new Map<string, OrganisationResponse>();
  return { year, years, lists, response: Object.fromEntries(stats) };
}

export async function getPublishingOverview(municipalityId: string, now: Date) {
  const year = yearOf(now);
  const [rows, publications] = await Promise.all([
    liveSignatoryRows(municipalityId, now),
    db.signatoryListPublication.findMany({
      where: { municipalityId },
      select: { id: true, year: true, rows: true, publishedAt: true },
      orderBy: { year: "desc" },
    }),
  ]);
  return {
    year,
    liveCount: rows.length,
    publications: publications.map((p) => ({ id: p.id, year: p.year, count: parseSignatoryRows(p.rows).length, publishedAt: p.publishedAt })),
  };
}

/**
 * Freezes the municipality's list for `year`, provided it is still the list the officer
 * confirmed (`digest`). Publishing twice is refused: a published list never changes.
 */
export async function publishSignatoryList({
  municipalityId,
  year,
  actorId,
  now,
  digest,
}: {
  municipalityId: string;
  year: number;
  actorId: string;
  now: Date;
  digest: string;
}) {
  const rows = await liveSignatoryRows(municipalityId, now);
  if (signatoryRowsDigest(rows) !== digest) throw new ListChangedError();
  return db.$transaction(async (tx) => {
    const existing = await tx.signatoryListPublication.findUnique({ where: { municipalityId_year: { municipalityId, year } } });
    if (existing) throw new AlreadyPublishedError();
    const publication = await tx.signatoryListPublication.create({
      data: { municipalityId, year, rows: JSON.stringify(rows), publishedAt: now, publishedById: actorId },
    });
    await writeAudit(tx, {
      actorId,
      action: "signatories.publish",
      entityType: "signatory_list",
      entityId: publication.id,
      municipalityId,
      details: { year, count: rows.length },
    });
    return { id: publication.id, count: rows.length };
  });
}
