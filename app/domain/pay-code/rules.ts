import type { OrganisationKind } from "../organisation";

/**
 * Monthly kinds hold school-based (BOL) interns' allowance; hourly kinds hold the gross
 * wage of work-based (BBL) learners, who are employees: the municipality's living wage
 * for itself, the institutions it subsidises and the organisations it contracts, the
 * statutory adult minimum wage for everyone else. One amount for every age.
 */
export type PayRuleKind = "pact" | "municipal_code" | "living_wage" | "minimum_wage";
export const MONTHLY_RULE_KINDS = ["pact", "municipal_code"] as const satisfies readonly PayRuleKind[];
export const HOURLY_RULE_KINDS = ["living_wage", "minimum_wage"] as const satisfies readonly PayRuleKind[];
export const PAY_RULE_KINDS: readonly PayRuleKind[] = [...MONTHLY_RULE_KINDS, ...HOURLY_RULE_KINDS];
export type HourlyRuleKind = (typeof HOURLY_RULE_KINDS)[number];

/** BOL: school-based, a monthly allowance. BBL: work-based, an employment contract with an hourly wage. */
export const INTERNSHIP_ROUTES = ["BOL", "BBL"] as const;
export type InternshipRoute = (typeof INTERNSHIP_ROUTES)[number];

/** Anything stored that is not "BBL" was made before the route was required, as BOL. */
export function internshipRoute(value: string | null | undefined): InternshipRoute {
  return value === "BBL" ? "BBL" : "BOL";
}

export function isHourlyRuleKind(kind: string): kind is HourlyRuleKind {
  return (HOURLY_RULE_KINDS as readonly string[]).includes(kind);
}

export type PayRule = {
  id: string;
  municipalityId: string;
  kind: PayRuleKind;
  /** Whole euros a month for a full-time week; monthly kinds only. */
  monthlyMinimum: number | null;
  /** Euro cents an hour; hourly kinds only. */
  hourlyMinimumCents: number | null;
  version: number;
  validFrom: Date;
  /** Exclusive; null means open-ended. */
  validUntil: Date | null;
};

export function isPayRuleKind(value: string): value is PayRuleKind {
  return (PAY_RULE_KINDS as readonly string[]).includes(value);
}

/** The amount a rule asks, in its unit: whole euros a month, or cents an hour. */
export function ruleAmount(rule: { kind: string; monthlyMinimum: number | null; hourlyMinimumCents?: number | null }): number | null {
  return isHourlyRuleKind(rule.kind) ? (rule.hourlyMinimumCents ?? null) : rule.monthlyMinimum;
}

/** Whether the municipality is bound to pay its own living wage to this kind's BBL learners. */
function underMunicipalTerms(kind: OrganisationKind): boolean {
  return kind === "municipality" || kind === "subsidised" || kind === "contracted";
}

/**
 * BOL: a municipality and the institutions it subsidises fall under the municipal code,
 * but the pact minimum still applies to them too: whichever asks more wins, so a
 * municipality whose code were ever lower than the pact cannot undercut the pact.
 * Organisations it contracts sign the pact like any employer.
 * BBL: the living wage for the municipality, subsidised and contracted organisations,
 * with the statutory minimum wage beneath it; the statutory minimum wage for the rest.
 */
export function applicableRuleKinds(kind: OrganisationKind, route: InternshipRoute = "BOL"): PayRuleKind[] {
  if (route === "BBL") return underMunicipalTerms(kind) ? ["living_wage", "minimum_wage"] : ["minimum_wage"];
  return kind === "municipality" || kind === "subsidised" ? ["municipal_code", "pact"] : ["pact"];
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
    (r) => r.municipalityId === municipalityId && kinds.includes(r.kind) && r.validFrom.getTime() <= t && (r.validUntil === null || t < r.validUntil.getTime()),
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
 * The allowance filter's choices, from the monthly minimums in force in the municipalities
 * searched: each minimum itself (so "at least the pact minimum" is one click wherever it
 * stands), then `stepsAbove` round steps of `step` euros above the highest.
 */
export function allowanceFilterThresholds(minimums: readonly (number | null)[], { step = 100, stepsAbove = 2 } = {}): number[] {
  const known = [...new Set(minimums.filter((m): m is number => m !== null && Number.isInteger(m) && m > 0))].sort((a, b) => a - b);
  if (known.length === 0) return [];
  const top = known[known.length - 1];
  const above = Array.from({ length: stepsAbove }, (_, i) => (Math.floor(top / step) + 1 + i) * step);
  return [...known, ...above];
}

/**
 * The amount of each kind in force at `at` for this municipality (euros a month for the
 * monthly kinds, cents an hour for the hourly ones), by the same selection the pay
 * check uses; null for a kind without a rule in force.
 */
export function minimumsInForce(rules: PayRule[], municipalityId: string, at: Date): Record<PayRuleKind, number | null> {
  const inForce = newestPerKind(selectRules(rules, municipalityId, [...PAY_RULE_KINDS], at));
  const of = (kind: PayRuleKind) => {
    const rule = inForce.find((r) => r.kind === kind);
    return rule ? ruleAmount(rule) : null;
  };
  return { pact: of("pact"), municipal_code: of("municipal_code"), living_wage: of("living_wage"), minimum_wage: of("minimum_wage") };
}
