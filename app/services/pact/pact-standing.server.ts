import { currentPactVersion, goodStandingSignature, graceVersions, isInGoodStanding, type PactVersionValidity } from "~/domain/pact";
import type { Prisma } from "~/generated/prisma/client";
import type { Db, Tx } from "~/utils/db.server";
import { pactStateOf } from "./pact.server";

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

export type GraceVersions = Map<string, { pactVersionId: string; computedResignBy: Date }[]>;

/** Per municipality id: its older versions whose approved signatures may still be within their re-signing deadline. */
export async function loadGraceVersions(client: Db | Tx, now: Date, municipalityIds?: string[]): Promise<GraceVersions> {
  const municipalities = await client.municipality.findMany({
    where: municipalityIds ? { id: { in: municipalityIds } } : {},
    select: { id: true, resignPeriodDays: true, pactVersions: { where: { validFrom: { lte: now } }, select: VALIDITY } },
  });
  return new Map(municipalities.map((m) => [m.id, graceVersions(m.pactVersions, m.id, m.resignPeriodDays, now)]));
}

/**
 * Organisations in good standing at `now`, as a `where` fragment built from the domain's
 * goodStandingSignature: an approved signature on their municipality's version in force,
 * or (with `grace`) an approved one on a replaced version whose re-signing deadline has
 * not passed. Combine it with other conditions (`{ AND: [goodStandingWhere(…), { municipalityId }] }`).
 */
export function goodStandingWhere(versions: Map<string, PactVersionValidity>, now: Date, grace?: GraceVersions): Prisma.OrganisationWhereInput {
  const branches: Prisma.OrganisationWhereInput[] = [];
  for (const [municipalityId, version] of versions) {
    const required = goodStandingSignature(version, now);
    if (required) branches.push({ municipalityId, signatures: { some: required } });
    for (const g of grace?.get(municipalityId) ?? []) {
      // A stored deadline wins; until the job stores one, the computed one applies.
      const deadline: Prisma.PactSignatureWhereInput[] = [{ resignBy: { gt: now } }];
      if (g.computedResignBy.getTime() > now.getTime()) deadline.push({ resignBy: null });
      branches.push({ municipalityId, signatures: { some: { status: "approved", pactVersionId: g.pactVersionId, OR: deadline } } });
    }
  }
  // No version in force anywhere: nobody is in good standing (an empty OR matches nothing).
  return { OR: branches };
}

/** Loads the versions in force and returns the fragment: the one entry point for lists and counts. */
export async function loadGoodStandingWhere(client: Db | Tx, now: Date, municipalityIds?: string[]): Promise<Prisma.OrganisationWhereInput> {
  const [versions, grace] = await Promise.all([currentPactVersions(client, now, municipalityIds), loadGraceVersions(client, now, municipalityIds)]);
  return goodStandingWhere(versions, now, grace);
}

/** For one organisation: since when its signature in good standing holds, or null when it is not in good standing. */
export async function goodStandingSince(client: Db | Tx, organisation: { id: string; municipalityId: string }, now: Date): Promise<Date | null> {
  const state = await pactStateOf(client, organisation, now);
  if (!isInGoodStanding(state.standing)) return null;
  // The signature that gives the standing: the approved one (on a replaced version while its deadline runs).
  const signature = await client.pactSignature.findFirst({
    where: { organisationId: organisation.id, status: "approved" },
    orderBy: { signedAt: "desc" },
    select: { signedAt: true },
  });
  return signature?.signedAt ?? null;
}
