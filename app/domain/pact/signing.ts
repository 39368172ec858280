/**
 * The commitments of the version that were not ticked, in the version's order. Every
 * commitment needs its own explicit agreement (DESIGN §3.2), so an empty list is the
 * only valid outcome; one "I agree to all" box is not enough.
 */
export function validateSignatureInput(commitmentIds: string[], agreedIds: string[]): string[] {
  const agreed = new Set(agreedIds);
  return commitmentIds.filter((id) => !agreed.has(id));
}

/** Ids in the request that are no commitment of this version: a stale or tampered form. */
export function unknownCommitmentIds(commitmentIds: string[], agreedIds: string[]): string[] {
  const known = new Set(commitmentIds);
  return [...new Set(agreedIds.filter((id) => !known.has(id)))];
}
