// The pay code (DESIGN §3.1): one pure function that every screen, the API and the
// jobs use to decide whether an internship's allowance meets the applicable minimum.
import type { OrganisationKind } from "../organisation";

export type PayRuleKind = "pact" | "municipal_code";

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

export const MIN_HOURS = 8;
export const MAX_HOURS = 40;

export class PayInputError extends Error {
  constructor(
    public readonly field: "hoursPerWeek" | "monthlyAllowance" | "fullTimeHours",
    public readonly code: string,
  ) {
    super(`${field}: ${code}`);
    this.name = "PayInputError";
  }
}

export type PayCheckInput = {
  organisationKind: OrganisationKind;
  hoursPerWeek: number;
  monthlyAllowance: number;
  fullTimeHours: number;
  municipalityId: string;
  rules: PayRule[];
  at: Date;
};

export type PayMessage = { key: string; params: Record<string, string | number> };

export type PayCheckResult =
  | {
      status: "checked";
      compliant: boolean;
      ruleId: string;
      ruleKind: PayRuleKind;
      ruleVersion: number;
      monthlyMinimum: number;
      requiredAmount: number;
      shortfall: number;
      hoursPerWeek: number;
      monthlyAllowance: number;
      fullTimeHours: number;
      checkedAt: Date;
      message: PayMessage;
    }
  | {
      // No rule is in force for this municipality: nothing can be published until one is.
      status: "no_rule";
      compliant: false;
      checkedAt: Date;
      message: PayMessage;
    };

/** Municipalities and the institutions they subsidise follow the municipal code; both rules may apply, the higher wins. */
export function applicableRuleKinds(kind: OrganisationKind): PayRuleKind[] {
  return kind === "private" ? ["pact"] : ["municipal_code", "pact"];
}

/** Rules of this municipality and these kinds in force at `at` (validFrom ≤ at < validUntil). */
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

/** Where two versions of one kind overlap, the newest version counts. */
function newestPerKind(rules: PayRule[]): PayRule[] {
  const byKind = new Map<PayRuleKind, PayRule>();
  for (const r of rules) {
    const current = byKind.get(r.kind);
    if (!current || r.version > current.version) byKind.set(r.kind, r);
  }
  return [...byKind.values()];
}

/** minimum × hours ÷ full time, rounded up to the euro, in integers so no float error creeps in. */
export function requiredAmount(monthlyMinimum: number, hoursPerWeek: number, fullTimeHours: number): number {
  const hours = Math.min(hoursPerWeek, fullTimeHours);
  return Math.floor((monthlyMinimum * hours + fullTimeHours - 1) / fullTimeHours);
}

export function validatePayInput(input: Pick<PayCheckInput, "hoursPerWeek" | "monthlyAllowance" | "fullTimeHours">) {
  if (!Number.isInteger(input.hoursPerWeek)) throw new PayInputError("hoursPerWeek", "not_whole");
  if (input.hoursPerWeek < MIN_HOURS || input.hoursPerWeek > MAX_HOURS) throw new PayInputError("hoursPerWeek", "out_of_range");
  if (!Number.isInteger(input.monthlyAllowance)) throw new PayInputError("monthlyAllowance", "not_whole");
  if (input.monthlyAllowance < 0) throw new PayInputError("monthlyAllowance", "negative");
  if (!Number.isInteger(input.fullTimeHours) || input.fullTimeHours <= 0) throw new PayInputError("fullTimeHours", "invalid");
}

export function checkPay(input: PayCheckInput): PayCheckResult {
  validatePayInput(input);
  const candidates = newestPerKind(selectRules(input.rules, input.municipalityId, applicableRuleKinds(input.organisationKind), input.at));
  if (candidates.length === 0) {
    return { status: "no_rule", compliant: false, checkedAt: input.at, message: { key: "paycode:no_rule", params: {} } };
  }
  // The rule that asks the most decides (DESIGN: "where both could apply, the higher one").
  const scored = candidates
    .map((rule) => ({ rule, required: requiredAmount(rule.monthlyMinimum, input.hoursPerWeek, input.fullTimeHours) }))
    .sort((a, b) => b.required - a.required || (a.rule.kind === "municipal_code" ? -1 : 1));
  const { rule, required } = scored[0];
  const shortfall = Math.max(0, required - input.monthlyAllowance);
  const compliant = shortfall === 0;
  const params = {
    allowance: input.monthlyAllowance,
    hours: input.hoursPerWeek,
    required,
    minimum: rule.monthlyMinimum,
    fullTime: input.fullTimeHours,
    shortfall,
  };
  const partTime = input.hoursPerWeek < input.fullTimeHours;
  const key = `paycode:${compliant ? "compliant" : "short"}.${rule.kind}${partTime ? "_part_time" : ""}`;
  return {
    status: "checked",
    compliant,
    ruleId: rule.id,
    ruleKind: rule.kind,
    ruleVersion: rule.version,
    monthlyMinimum: rule.monthlyMinimum,
    requiredAmount: required,
    shortfall,
    hoursPerWeek: input.hoursPerWeek,
    monthlyAllowance: input.monthlyAllowance,
    fullTimeHours: input.fullTimeHours,
    checkedAt: input.at,
    message: { key, params },
  };
}

export type Comparison = "above" | "at" | "below";

/** How a student reads the allowance against the code on an internship page. */
export function compareWithCode(result: { monthlyAllowance: number; requiredAmount: number }): Comparison {
  if (result.monthlyAllowance > result.requiredAmount) return "above";
  return result.monthlyAllowance === result.requiredAmount ? "at" : "below";
}

export function comparisonMessage(result: Extract<PayCheckResult, { status: "checked" }>): PayMessage {
  return {
    key: `paycode:comparison.${compareWithCode(result)}.${result.ruleKind}`,
    params: { allowance: result.monthlyAllowance, required: result.requiredAmount, hours: result.hoursPerWeek, minimum: result.monthlyMinimum },
  };
}
