import { currentPactVersion, goodStandingSignature, hasGoodStanding, isSignatureStatus, type PactVersionValidity } from "~/domain/pact";
import type { Prisma } from "~/generated/prisma/client";
import type { Db, Tx } from "~/utils/db.server";

// Good standing for many organisations at once (lists, counts, search documents). The
// rule itself lives in domain/pact/standing.ts; this file only turns it into one query.

const VALIDITY = { id: true, municipalityId: true, version: true, validFrom: true, validUntil: true } as const;

/** The version in force at `now` per municipality id (a municipality without one is absent). */
export async function currentPactVersions(client: Db | Tx, now: Date, municipalityIds?: string[]): Promise<Map<string, PactVersionValidity>> {
  const versions = await client.pactVersion.findMany({
    where: { validFrom: { lte: now }, ...(municipalityIds ? { municipalityId: { in: municipalityIds } } : {}) },
    select: VALIDITY,
  });
  const current = new Map<string, PactVersionValidity>();
  for (const municipalityId of new Set(versions.map((v) => v.municipalityId))) {
    const version = currentPactVersion(versions, municipalityId, now);
    if (version) current.set(municipalityId, version);
  }
  return current;
}

/**
 * Organisations in good standing at `now`, as a `where` fragment built from the domain's
 * goodStandingSignature: an approved signature on their municipality's version in force.
 * Combine it with other conditions (`{ AND: [goodStandingWhere(…), { municipalityId }] }`).
 */
export function goodStandingWhere(versions: Map<string, PactVersionValidity>, now: Date): Prisma.OrganisationWhereInput {
  const branches: Prisma.OrganisationWhereInput[] = [];
  for (const [municipalityId, version] of versions) {
    const required = goodStandingSignature(version, now);
    if (required) branches.push({ municipalityId, signatures: { some: required } });
  }
  // No version in force anywhere: nobody is in good standing (an empty OR matches nothing).
  return { OR: branches };
}

/** Loads the versions in force and returns the fragment: the one entry point for lists and counts. */
export async function loadGoodStandingWhere(client: Db | Tx, now: Date, municipalityIds?: string[]): Promise<Prisma.OrganisationWhereInput> {
  return goodStandingWhere(await currentPactVersions(client, now, municipalityIds), now);
}

/** For one organisation: since when its signature in good standing holds, or null when it is not in good standing. */
export async function goodStandingSince(client: Db | Tx, organisation: { id: string; municipalityId: string }, now: Date): Promise<Date | null> {
  const [signature, versions] = await Promise.all([
    // The live signature, as pact.server.ts reads it: the newest that is not superseded.
    client.pactSignature.findFirst({
      where: { organisationId: organisation.id, status: { not: "superseded" } },
      orderBy: { signedAt: "desc" },
      select: { status: true, pactVersionId: true, signedAt: true },
    }),
    currentPactVersions(client, now, [organisation.municipalityId]),
  ]);
  if (!signature || !isSignatureStatus(signature.status)) return null;
  const standing = hasGoodStanding({ status: signature.status, pactVersionId: signature.pactVersionId }, versions.get(organisation.municipalityId) ?? null, now);
  return standing ? signature.signedAt : null;
}
