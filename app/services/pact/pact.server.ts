import {
  canPublish,
  canSign,
  currentPactVersion,
  isSignatureStatus,
  maySupersede,
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
import { enqueueSearchUpdate } from "~/search/search-outbox.server";

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

export type PactState = {
  standing: SignatureStanding;
  resign: ResignRequirement;
  /** The new version is signed and waits for the officer while the old approved signature still holds. */
  awaitingApproval: boolean;
};

/**
 * The standing together with what re-signing asks of the organisation (deadline, overdue).
 * An organisation that signed the new version within the deadline keeps the standing of
 * its approved signature on the old one until the officer approves the new one
 * (docs/decisions/015-re-signing-deadline.md).
 */
export async function pactStateOf(client: Tx | Db, organisation: { id: string; municipalityId: string }, now: Date): Promise<PactState> {
  const [signatures, municipality] = await Promise.all([
    client.pactSignature.findMany({ where: { organisationId: organisation.id, status: { not: "superseded" } }, orderBy: { signedAt: "desc" } }),
    client.municipality.findUniqueOrThrow({
      where: { id: organisation.municipalityId },
      select: { resignPeriodDays: true, pactVersions: { select: { id: true, municipalityId: true, version: true, validFrom: true, validUntil: true } } },
    }),
  ]);
  const versions = municipality.pactVersions;
  const version = currentPactVersion(versions, organisation.municipalityId, now);
  const stateOf = (signature: (typeof signatures)[number]) => {
    const status: SignatureStatus = isSignatureStatus(signature.status) ? signature.status : "pending";
    const ref = { pactVersionId: signature.pactVersionId, status, resignBy: signature.resignBy };
    const resign = resignRequirement(ref, versions, organisation.municipalityId, municipality.resignPeriodDays, now);
    return { standing: signatureStanding({ ...ref, resignBy: resign.required ? resign.resignBy : null }, version, now), resign };
  };
  const live = signatures[0];
  if (!live) return { standing: signatureStanding(null, version, now), resign: { required: false }, awaitingApproval: false };
  const state = stateOf(live);
  if ((state.standing === "pending" || state.standing === "changes_requested") && live.pactVersionId === version?.id) {
    const previous = signatures.find((s) => s.status === "approved" && s.pactVersionId !== version.id);
    if (previous) {
      const held = stateOf(previous);
      if (held.standing === "approved") return { ...held, awaitingApproval: true };
    }
  }
  return { ...state, awaitingApproval: false };
}

/** Whether a new signature may go in now: also within a re-signing deadline, unless the new version is already signed. */
export function maySign(state: PactState): boolean {
  return canSign(state.standing, state.resign.required && !state.awaitingApproval);
}

/**
 * After an officer approved (or revoked) a signature on the version in force, an approved
 * one on a replaced version that was kept for its deadline is history.
 */
export async function supersedeReplacedSignatures(tx: Tx, organisationId: string, keepId: string, actorId: string, now: Date) {
  const older = await tx.pactSignature.findMany({ where: { organisationId, status: "approved", id: { not: keepId } } });
  for (const s of older) {
    const step = transitionSignature("approved", "supersede");
    await tx.pactSignature.update({ where: { id: s.id }, data: { status: step.next, endedAt: now } });
    await tx.signatureStatusChange.create({ data: { signatureId: s.id, fromStatus: "approved", toStatus: step.next, actorId, createdAt: now } });
  }
  return older.length;
}

/** What the employer's banner needs: the version to sign, the deadline, and whether it passed. */
export function resignBannerOf({ resign, awaitingApproval }: PactState) {
  if (!resign.required || awaitingApproval) return null;
  return { version: resign.current.version, resignBy: resign.resignBy.toISOString(), overdue: resign.overdue };
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
  const [version, state, signatures] = await Promise.all([
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
  return { organisation, version, standing: state.standing, resignBanner: resignBannerOf(state), signatures, canSign: maySign(state) };
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
    const state = await pactStateOf(tx, organisation, now);
    if (!maySign(state)) throw new PactSigningError("cannot_sign");
    // Within the deadline the approved signature on the old version holds until the new one is approved.
    const keepApproved = state.resign.required && !state.resign.overdue && state.standing === "approved";
    const ids = version.commitments.map((c) => c.id);
    if (unknownCommitmentIds(ids, input.commitment).length > 0) throw new PactSigningError("unknown_commitment");
    const missing = validateSignatureInput(ids, input.commitment);
    if (missing.length > 0) throw new PactSigningError("commitments_missing", missing);

    const previous = await liveSignature(tx, organisationId);
    if (previous && isSignatureStatus(previous.status) && maySupersede(previous.status) && !(keepApproved && previous.status === "approved")) {
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
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { id: true, municipalityId: true, verificationStatus: true },
    });
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
