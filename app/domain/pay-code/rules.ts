import type { OrganisationKind } from "../organisation";

export type PayRuleKind = "pact" | "municipal_code";
export const PAY_RULE_KINDS: readonly PayRuleKind[] = ["pact", "municipal_code"];

export type PayRule = {
  id: string;
  municipalityId: string;
  kind: PayRuleKind;
  /** Whole euros a month for a full-time week. */
  monthlyMinimum: number;
  version: number;
  validFrom: Date;
  /** Exclusive; null means open-ended. */
  validUntil: Date | null;
};

export function isPayRuleKind(value: string): value is PayRuleKind {
  return (PAY_RULE_KINDS as readonly string[]).includes(value);
}

/**
 * A municipality and the institutions it subsidises fall under the municipal code, but
 * the pact minimum still applies to them too: whichever asks more wins, so a
 * municipality whose code were ever lower than the pact cannot undercut the pact.
 */
export function applicableRuleKinds(kind: OrganisationKind): PayRuleKind[] {
  return kind === "private" ? ["pact"] : ["municipal_code", "pact"];
}

/**
 * Rules of this municipality and these kinds in force at the instant `at`
 * (validFrom ≤ at < validUntil). Validity is by instant, not by calendar day: a rule
 * that starts on 1 January is stored as midnight that day, so callers that mean "on a
 * day" must pass the start of that day (Europe/Amsterdam), not a time late in the day
 * before or a UTC date that falls on the previous local day.
 */
export function selectRules(rules: PayRule[], municipalityId: string, kinds: PayRuleKind[], at: Date): PayRule[] {
  const t = at.getTime();
  return rules.filter(
    (r) =>
      r.municipalityId === municipalityId &&
      kinds.includes(r.kind) &&
      r.validFrom.getTime() <= t &&
      (r.validUntil === null || t < r.validUntil.getTime()),
  );
}

/**
 * An admin who adds version 2 without closing version 1 leaves two versions in force;
 * the newest is what the municipality meant, so it counts.
 */
export function newestPerKind(rules: PayRule[]): PayRule[] {
  const byKind = new Map<PayRuleKind, PayRule>();
  for (const r of rules) {
    const current = byKind.get(r.kind);
    if (!current || r.version > current.version) byKind.set(r.kind, r);
  }
  return [...byKind.values()];
}

/**
 * The monthly minimum of each kind in force at `at` for this municipality, by the same
 * selection the pay check uses; null for a kind without a rule in force.
 */
export function minimumsInForce(rules: PayRule[], municipalityId: string, at: Date): Record<PayRuleKind, number | null> {
  const inForce = newestPerKind(selectRules(rules, municipalityId, [...PAY_RULE_KINDS], at));
  const of = (kind: PayRuleKind) => inForce.find((r) => r.kind === kind)?.monthlyMinimum ?? null;
  return { pact: of("pact"), municipal_code: of("municipal_code") };
}
