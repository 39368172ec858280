/** The fields of a pact version that decide which one is in force. */
export type PactVersionValidity = {
  id: string;
  municipalityId: string;
  version: number;
  validFrom: Date;
  /** Exclusive; null means open-ended. */
  validUntil: Date | null;
};

/** validFrom ≤ at < validUntil, by instant: pass the start of a day when a day is meant. */
export function isVersionInForce(version: PactVersionValidity, at: Date): boolean {
  const t = at.getTime();
  return version.validFrom.getTime() <= t && (version.validUntil === null || t < version.validUntil.getTime());
}

/**
 * The pact version of this municipality in force at `at`, or null when there is none.
 * If an admin left two versions overlapping, the newer one is what they meant.
 */
export function currentPactVersion<V extends PactVersionValidity>(versions: V[], municipalityId: string, at: Date): V | null {
  let current: V | null = null;
  for (const v of versions) {
    if (v.municipalityId !== municipalityId || !isVersionInForce(v, at)) continue;
    if (current === null || v.version > current.version) current = v;
  }
  return current;
}
