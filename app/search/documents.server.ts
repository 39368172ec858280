// Loads internships from the database and turns them into search documents with the
// one pure builder both engines share (buildSearchDocument).
//
// Internship rows are read with one raw SELECT per batch and the few related rows
// (organisation with its live signature, marks and its municipality's pact versions,
// qualification with its search words, municipality, district) with one query per table,
// cached for the whole load, and the sector vocabulary (ten short rows) once per batch:
// a rebuild of 200,000
// internships reads them in seconds, where a nested Prisma findMany took most of a
// minute (see docs/decisions/011-search-engines.md).
import type { PactVersionValidity } from "~/domain/pact";
import { Prisma } from "~/generated/prisma/client";
import type { Db, Tx } from "~/utils/db.server";
import { buildSearchDocument, type DocumentSource, type SearchDocument } from "./document";
import { parseTerms } from "./vocabulary";

/** One row of the raw SELECT below: the document source without its related rows, with their ids. */
type InternshipRow = Omit<DocumentSource, "organisation" | "qualification" | "municipality" | "district"> & {
  organisationId: string;
  qualificationId: string | null;
  municipalityId: string;
  districtId: string | null;
};

const COLUMNS = Prisma.sql`id, title, description, status, level, route, hoursPerWeek, monthlyAllowance, hourlyWageCents, startDate, durationWeeks,
  locationCity, latitude, longitude, publishedAt, createdAt, payCheckRequired, payCheckRuleKind, flaggedAt, unpublishAfter, organisationId, qualificationId, municipalityId, districtId`;

/** The same columns, qualified (json_each has columns named id and type too). */
const COLUMNS_OF_INTERNSHIP = Prisma.raw(
  COLUMNS.sql
    .split(",")
    .map((c) => `Internship.${c.trim()}`)
    .join(", "),
);

type Related = {
  organisations: Map<string, DocumentSource["organisation"]>;
  qualifications: Map<string, NonNullable<DocumentSource["qualification"]>>;
  municipalities: Map<string, DocumentSource["municipality"]>;
  districts: Map<string, NonNullable<DocumentSource["district"]>>;
  /** Per municipality id: every pact version (the builder picks the one in force). */
  pactVersions: Map<string, PactVersionValidity[]>;
};

/**
 * Turns internship rows into document sources, fetching only the related rows it has
 * not seen yet. One loader per rebuild (or per relay run), so a rebuild reads each
 * organisation once.
 */
export function createSourceLoader(client: Db | Tx) {
  const related: Related = { organisations: new Map(), qualifications: new Map(), municipalities: new Map(), districts: new Map(), pactVersions: new Map() };
  const missing = (ids: (string | null)[], known: Map<string, unknown>) => [...new Set(ids.filter((id): id is string => !!id && !known.has(id)))];

  return async function toSources(rows: InternshipRow[]): Promise<DocumentSource[]> {
    const organisationIds = missing(
      rows.map((r) => r.organisationId),
      related.organisations,
    );
    const qualificationIds = missing(
      rows.map((r) => r.qualificationId),
      related.qualifications,
    );
    const municipalityIds = missing(
      rows.map((r) => r.municipalityId),
      related.municipalities,
    );
    const districtIds = missing(
      rows.map((r) => r.districtId),
      related.districts,
    );
    const [organisations, qualifications, municipalities, districts, vocabulary] = await Promise.all([
      organisationIds.length
        ? client.organisation.findMany({
            where: { id: { in: organisationIds } },
            select: {
              id: true,
              name: true,
              kind: true,
              sector: true,
              municipalityId: true,
              // Not only the newest: an early re-signer's approved signature on the replaced
              // version keeps its standing until the deadline (domain/pact/resign.ts).
              signatures: {
                where: { status: { not: "superseded" } },
                orderBy: { signedAt: "desc" },
                take: 3,
                select: { status: true, pactVersionId: true, signedAt: true, resignBy: true },
              },
              municipality: { select: { resignPeriodDays: true } },
              keurmerken: { where: { status: "awarded" }, select: { type: true, status: true, validFrom: true, validUntil: true } },
            },
          })
        : [],
      qualificationIds.length
        ? client.qualification.findMany({
            where: { id: { in: qualificationIds } },
            select: { id: true, nameNl: true, nameEn: true, crebo: true, searchTerms: true },
          })
        : [],
      municipalityIds.length ? client.municipality.findMany({ where: { id: { in: municipalityIds } }, select: { id: true, slug: true, name: true } }) : [],
      districtIds.length ? client.district.findMany({ where: { id: { in: districtIds } }, select: { id: true, slug: true, name: true } }) : [],
      client.sectorVocabulary.findMany({ select: { sector: true, terms: true } }),
    ]);
    // One parsed list per sector, shared by every document of the batch.
    const sectorTerms = new Map(vocabulary.map((v) => [v.sector, parseTerms(v.terms)]));
    const versionMunicipalities = missing(
      organisations.map((o) => o.municipalityId),
      related.pactVersions,
    );
    if (versionMunicipalities.length) {
      const versions = await client.pactVersion.findMany({
        where: { municipalityId: { in: versionMunicipalities } },
        select: { id: true, municipalityId: true, version: true, validFrom: true, validUntil: true },
      });
      for (const id of versionMunicipalities)
        related.pactVersions.set(
          id,
          versions.filter((v) => v.municipalityId === id),
        );
    }
    for (const { municipality, ...o } of organisations) {
      related.organisations.set(o.id, {
        ...o,
        resignPeriodDays: municipality.resignPeriodDays,
        pactVersions: related.pactVersions.get(o.municipalityId) ?? [],
      });
    }
    for (const q of qualifications) related.qualifications.set(q.id, { ...q, searchTerms: parseTerms(q.searchTerms) });
    for (const m of municipalities) related.municipalities.set(m.id, { slug: m.slug, name: m.name });
    for (const d of districts) related.districts.set(d.id, { slug: d.slug, name: d.name });

    return rows.map((row) => ({
      ...row,
      organisation: related.organisations.get(row.organisationId)!,
      qualification: row.qualificationId ? (related.qualifications.get(row.qualificationId) ?? null) : null,
      municipality: related.municipalities.get(row.municipalityId)!,
      district: row.districtId ? (related.districts.get(row.districtId) ?? null) : null,
      sectorTerms: sectorTerms.get(related.organisations.get(row.organisationId)!.sector) ?? [],
    }));
  };
}

function build(sources: DocumentSource[], now: Date): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const source of sources) {
    const doc = buildSearchDocument(source, now);
    if (doc) documents.push(doc);
  }
  return documents;
}

// The statements on Internship, exported so tests/integration/search-query-plans.test.ts
// can check their plans (EXPLAIN QUERY PLAN) as they are built here. They must not
// depend on the planner statistics, which may be absent or stale (analysed at 160
// internships, read at 200,000):
// - "+status" keeps the status column out of index selection: on
//   Internship_status_publishedAt_idx an id lookup or a batch walks every published
//   row (312–642 ms per search at 200,000 internships, against 0.035 ms by key);
// - ids are read from one JSON array (json_each) that CROSS JOIN makes the outer loop,
//   so each id is one primary-key lookup; with `id IN (…)` and statistics that still
//   say 160 rows, SQLite reads the whole table rather than look up 100 ids.
const byIds = (ids: readonly string[]) => Prisma.sql`json_each(${JSON.stringify(ids)}) AS wanted CROSS JOIN Internship`;

/** The internship rows with these ids, by primary key. */
export function documentRowsSql(ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT ${COLUMNS_OF_INTERNSHIP} FROM ${byIds(ids)} WHERE Internship.id = wanted.value`;
}

/** Which of these ids are published, by primary key (the search hits' check). */
export function publishedIdsSql(ids: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT Internship.id FROM ${byIds(ids)} WHERE Internship.id = wanted.value AND +Internship.status = 'published'`;
}

/** The next batch of published internships after this id, one range of the primary key. */
export function publishedBatchSql(after: string, batchSize: number): Prisma.Sql {
  return Prisma.sql`SELECT ${COLUMNS} FROM Internship WHERE +status = 'published' AND id > ${after} ORDER BY id LIMIT ${batchSize}`;
}

/** Documents for these internships; ids that are not (or no longer) published come back in `removed`. */
export async function loadDocuments(client: Db | Tx, ids: string[], now: Date): Promise<{ documents: SearchDocument[]; removed: string[] }> {
  if (ids.length === 0) return { documents: [], removed: [] };
  const toSources = createSourceLoader(client);
  const documents: SearchDocument[] = [];
  // SQLite allows many more bound values, but chunks keep each statement small.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await client.$queryRaw<InternshipRow[]>(documentRowsSql(chunk));
    documents.push(...build(await toSources(rows), now));
  }
  const kept = new Set(documents.map((d) => d.id));
  return { documents, removed: ids.filter((id) => !kept.has(id)) };
}

/** Reads every published internship in id order, a batch at a time (for a rebuild). */
export function publishedBatches(client: Db, { batchSize = 5_000, now }: { batchSize?: number; now: Date }) {
  const toSources = createSourceLoader(client);
  return {
    async *[Symbol.asyncIterator]() {
      let after = "";
      for (;;) {
        // On the status index every batch read all published rows and sorted them by id
        // (quadratic in the index size); by key each batch is one range (publishedBatchSql).
        const rows = await client.$queryRaw<InternshipRow[]>(publishedBatchSql(after, batchSize));
        if (rows.length === 0) return;
        after = rows[rows.length - 1].id;
        yield build(await toSources(rows), now);
      }
    },
  };
}

/** Every published internship as a search document (tests and small indexes). */
export async function loadAllPublished(client: Db, now: Date): Promise<SearchDocument[]> {
  const out: SearchDocument[] = [];
  for await (const batch of publishedBatches(client, { now })) out.push(...batch);
  return out;
}
