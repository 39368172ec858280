import {
  canPublish,
  canSign,
  currentPactVersion,
  isSignatureStatus,
  resignRequirement,
  signatureStanding,
  transitionSignature,
  unknownCommitmentIds,
  validateSignatureInput,
  type ResignRequirement,
  type SignatureStanding,
  type SignatureStatus,
} from "~/domain/pact";
import { writeAudit } from "~/utils/audit.server";
import { db, type Db, type Tx } from "~/utils/db.server";
import { enqueueSearchUpdate } from "./search-outbox.server";

// The employer's side of the Stagepact: which version is in force, where the
// organisation stands, signing and resubmitting. Officers' decisions are in verification.server.ts.

export class PactSigningError extends Error {
  constructor(
    public readonly code: "cannot_sign" | "version_not_current" | "commitments_missing" | "unknown_commitment" | "not_resubmittable",
    public readonly missing: string[] = [],
  ) {
    super(code);
    this.name = "PactSigningError";
  }
}

/** The live signature: the newest one that is not superseded (older ones are history). */
export function liveSignature(client: Tx | Db, organisationId: string) {
  return client.pactSignature.findFirst({
    where: { organisationId, status: { not: "superseded" } },
    orderBy: { signedAt: "desc" },
  });
}

export async function currentVersionFor(client: Tx | Db, municipalityId: string, now: Date) {
  const versions = await client.pactVersion.findMany({
    where: { municipalityId },
    include: { commitments: { orderBy: { position: "asc" } } },
  });
  return currentPactVersion(versions, municipalityId, now);
}

/** Where an organisation stands with the pact at `now`, as the domain decides it. */
export async function standingOf(client: Tx | Db, organisation: { id: string; municipalityId: string }, now: Date): Promise<SignatureStanding> {
  return (await pactStateOf(client, organisation, now)).standing;
}

/** The standing together with what re-signing asks of the organisation (deadline, overdue). */
export async function pactStateOf(
  client: Tx | Db,
  organisation: { id: string; municipalityId: string },
  now: Date,
): Promise<{ standing: SignatureStanding; resign: ResignRequirement }> {
  const [signature, municipality] = await Promise.all([
    liveSignature(client, organisation.id),
    client.municipality.findUniqueOrThrow({
      where: { id: organisation.municipalityId },
      select: { resignPeriodDays: true, pactVersions: { select: { id: true, municipalityId: true, version: true, validFrom: true, validUntil: true } } },
    }),
  ]);
  const version = currentPactVersion(municipality.pactVersions, organisation.municipalityId, now);
  if (!signature) return { standing: signatureStanding(null, version, now), resign: { required: false } };
  const status: SignatureStatus = isSignatureStatus(signature.status) ? signature.status : "pending";
  const ref = { pactVersionId: signature.pactVersionId, status, resignBy: signature.resignBy };
  const resign = resignRequirement(ref, municipality.pactVersions, organisation.municipalityId, municipality.resignPeriodDays, now);
  const standing = signatureStanding({ ...ref, resignBy: resign.required ? resign.resignBy : null }, version, now);
  return { standing, resign };
}

/** What the employer's banner needs: the version to sign, the deadline, and whether it passed. */
export function resignBannerOf(resign: ResignRequirement) {
  return resign.required ? { version: resign.current.version, resignBy: resign.resignBy.toISOString(), overdue: resign.overdue } : null;
}

export async function organisationMayPublish(client: Tx | Db, organisation: { id: string; municipalityId: string }, now: Date) {
  return canPublish(await standingOf(client, organisation, now));
}

/** Everything the pact page shows: the version to sign, the standing, and the history with officers' reasons. */
export async function getPactPage(organisationId: string, now: Date) {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, name: true, municipalityId: true, verificationStatus: true, verificationNote: true, municipality: { select: { name: true } } },
  });
  const [version, { standing, resign }, signatures] = await Promise.all([
    currentVersionFor(db, organisation.municipalityId, now),
    pactStateOf(db, organisation, now),
    db.pactSignature.findMany({
      where: { organisationId },
      orderBy: { signedAt: "desc" },
      include: {
        pactVersion: { select: { version: true } },
        history: { orderBy: { createdAt: "asc" } },
        agreements: { select: { commitmentId: true } },
      },
    }),
  ]);
  return { organisation, version, standing, resign, signatures, canSign: canSign(standing, resign.required) };
}

export async function signPact(
  actor: { userId: string },
  organisationId: string,
  input: { pactVersionId: string; signerName: string; signerRole: string; commitment: string[] },
  now: Date,
) {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, municipalityId: true } });
    const version = await currentVersionFor(tx, organisation.municipalityId, now);
    if (!version || version.id !== input.pactVersionId) throw new PactSigningError("version_not_current");
    const { standing, resign } = await pactStateOf(tx, organisation, now);
    if (!canSign(standing, resign.required)) throw new PactSigningError("cannot_sign");
    const ids = version.commitments.map((c) => c.id);
    if (unknownCommitmentIds(ids, input.commitment).length > 0) throw new PactSigningError("unknown_commitment");
    const missing = validateSignatureInput(ids, input.commitment);
    if (missing.length > 0) throw new PactSigningError("commitments_missing", missing);

    const previous = await liveSignature(tx, organisationId);
    if (previous && isSignatureStatus(previous.status) && ["pending", "approved", "changes_requested"].includes(previous.status)) {
      const step = transitionSignature(previous.status, "supersede");
      await tx.pactSignature.update({ where: { id: previous.id }, data: { status: step.next, endedAt: now } });
      await tx.signatureStatusChange.create({
        data: { signatureId: previous.id, fromStatus: previous.status, toStatus: step.next, actorId: actor.userId, createdAt: now },
      });
    }
    const signature = await tx.pactSignature.create({
      data: {
        organisationId,
        pactVersionId: version.id,
        signerName: input.signerName,
        signerRole: input.signerRole,
        signedAt: now,
        status: "pending",
        agreements: { create: ids.map((commitmentId) => ({ commitmentId, agreedAt: now })) },
        history: { create: [{ fromStatus: null, toStatus: "pending", actorId: actor.userId, createdAt: now }] },
      },
    });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "signature.sign",
      entityType: "signature",
      entityId: signature.id,
      organisationId,
      municipalityId: organisation.municipalityId,
      details: { pactVersion: version.version, signerName: input.signerName, signerRole: input.signerRole, commitments: ids.length },
    });
    await enqueueSearchUpdate(tx, "organisation", organisationId);
    return signature;
  });
}

/** After an officer asked for changes, the owner puts the signature back in the queue. */
export async function resubmitSignature(actor: { userId: string }, organisationId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, municipalityId: true, verificationStatus: true } });
    const signature = await liveSignature(tx, organisationId);
    if (!signature || signature.status !== "changes_requested") throw new PactSigningError("not_resubmittable");
    const version = await currentVersionFor(tx, organisation.municipalityId, now);
    const step = transitionSignature("changes_requested", "resubmit", { isCurrentVersion: version?.id === signature.pactVersionId });
    await tx.pactSignature.update({ where: { id: signature.id }, data: { status: step.next, statusReason: null } });
    await tx.signatureStatusChange.create({
      data: { signatureId: signature.id, fromStatus: signature.status, toStatus: step.next, actorId: actor.userId, createdAt: now },
    });
    if (organisation.verificationStatus === "changes_requested") {
      await tx.organisation.update({ where: { id: organisationId }, data: { verificationStatus: "pending" } });
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "signature.resubmit",
      entityType: "signature",
      entityId: signature.id,
      organisationId,
      municipalityId: organisation.municipalityId,
    });
  });
}

/** For screens: whether the publish button makes sense now (the service checks again on publish). */
export async function organisationMayPublishById(organisationId: string, now: Date) {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { id: true, municipalityId: true } });
  return organisationMayPublish(db, organisation, now);
}
