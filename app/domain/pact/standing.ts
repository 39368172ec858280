import type { SignatureStatus } from "./transitions";
import { isVersionInForce, type PactVersionValidity } from "./versions";

export type SignatureStanding = "none" | "pending" | "approved" | "must_resign" | "changes_requested" | "suspended" | "revoked";

export type SignatureRef = {
  pactVersionId: string;
  status: SignatureStatus;
  /**
   * The re-signing deadline (resign.ts: stored, or computed when not stored yet). An
   * approved signature on a replaced version keeps its standing until then; without one
   * it has none.
   */
  resignBy?: Date | null;
};

/**
 * Where an organisation stands with the pact, from its latest signature (the one the
 * service keeps live; older ones are superseded). Suspended and revoked win over
 * everything: they are an officer's decision and no new version undoes them. Any other
 * live signature for a version that is not in force at `now` means "sign again", even a
 * pending one, because approving it would approve a text that no longer applies; only an
 * approved one stays approved until its re-signing deadline (resignBy) has passed.
 */
export function signatureStanding(signature: SignatureRef | null, currentVersion: PactVersionValidity | null, now: Date): SignatureStanding {
  if (signature === null) return "none";
  if (signature.status === "revoked" || signature.status === "suspended") return signature.status;
  // A superseded signature is history: its replacement is the one that counts.
  if (signature.status === "superseded") return "none";
  const inForce = currentVersion !== null && isVersionInForce(currentVersion, now);
  if (!inForce || signature.pactVersionId !== currentVersion.id) {
    const inGrace = inForce && signature.status === "approved" && signature.resignBy != null && now.getTime() < signature.resignBy.getTime();
    return inGrace ? "approved" : "must_resign";
  }
  return signature.status;
}

/**
 * Good standing (DESIGN §3.2): an approved signature on the version in force. This one
 * definition decides publishing, the signatory list, the home page count, "signatory
 * since" and the pact badge and filter in search.
 */
export function isInGoodStanding(standing: SignatureStanding): boolean {
  return standing === "approved";
}

/** The same rule from the live signature, the version in force and `now`. */
export function hasGoodStanding(signature: SignatureRef | null, currentVersion: PactVersionValidity | null, now: Date): boolean {
  return isInGoodStanding(signatureStanding(signature, currentVersion, now));
}

/**
 * The signature an organisation must hold to be in good standing, as data, so a service
 * can find every such organisation in one query instead of asking one by one: approved,
 * on the version in force. Null when no version is in force: then nobody is. Agrees with
 * hasGoodStanding for the live signature (tested against each other).
 */
export function goodStandingSignature(currentVersion: PactVersionValidity | null, now: Date): { status: "approved"; pactVersionId: string } | null {
  if (currentVersion === null || !isVersionInForce(currentVersion, now)) return null;
  return { status: "approved", pactVersionId: currentVersion.id };
}

/**
 * The live signature among an organisation's signatures: the newest that is not
 * superseded (the service keeps at most one; older ones are history).
 */
export function liveSignatureOf<S extends { status: string; signedAt: Date }>(signatures: S[]): S | null {
  let live: S | null = null;
  for (const s of signatures) {
    if (s.status === "superseded") continue;
    if (live === null || s.signedAt.getTime() > live.signedAt.getTime()) live = s;
  }
  return live;
}

/** Only an organisation in good standing may publish internships. */
export function canPublish(standing: SignatureStanding): boolean {
  return isInGoodStanding(standing);
}

/**
 * Whether the organisation may put a new signature in. Not while one is pending or
 * awaiting changes (resubmit that one), and not when suspended or revoked: an officer
 * decided, and signing anew must not undo that. An approved signature on a replaced
 * version (`resignRequired`, still within its deadline) may sign the new version.
 */
export function canSign(standing: SignatureStanding, resignRequired = false): boolean {
  return standing === "none" || standing === "must_resign" || (standing === "approved" && resignRequired);
}
