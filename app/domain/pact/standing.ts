import type { SignatureStatus } from "./transitions";
import { isVersionInForce, type PactVersionValidity } from "./versions";

export type SignatureStanding =
  | "none"
  | "pending"
  | "approved"
  | "must_resign"
  | "changes_requested"
  | "suspended"
  | "revoked";

export type SignatureRef = { pactVersionId: string; status: SignatureStatus };

/**
 * Where an organisation stands with the pact, from its latest signature (the one the
 * service keeps live; older ones are superseded). Suspended and revoked win over
 * everything: they are an officer's decision and no new version undoes them. Any other
 * live signature for a version that is not in force at `now` means "sign again", even a
 * pending one, because approving it would approve a text that no longer applies.
 */
export function signatureStanding(
  signature: SignatureRef | null,
  currentVersion: PactVersionValidity | null,
  now: Date,
): SignatureStanding {
  if (signature === null) return "none";
  if (signature.status === "revoked" || signature.status === "suspended") return signature.status;
  // A superseded signature is history: its replacement is the one that counts.
  if (signature.status === "superseded") return "none";
  const inForce = currentVersion !== null && isVersionInForce(currentVersion, now);
  if (!inForce || signature.pactVersionId !== currentVersion.id) return "must_resign";
  return signature.status;
}

/** Only an approved signature on the version in force lets an organisation publish internships. */
export function canPublish(standing: SignatureStanding): boolean {
  return standing === "approved";
}

/**
 * Whether the organisation may put a new signature in. Not while one is pending or
 * awaiting changes (resubmit that one), and not when suspended or revoked: an officer
 * decided, and signing anew must not undo that.
 */
export function canSign(standing: SignatureStanding): boolean {
  return standing === "none" || standing === "must_resign";
}
