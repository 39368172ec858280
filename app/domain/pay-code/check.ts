import type { OrganisationKind } from "../organisation";
import { validatePayInput } from "./input";
import { applicableRuleKinds, newestPerKind, selectRules, type PayRule, type PayRuleKind } from "./rules";

export type PayCheckInput = {
  organisationKind: OrganisationKind;
  hoursPerWeek: number;
  monthlyAllowance: number;
  /** The municipality's full-time week. */
  fullTimeHours: number;
  municipalityId: string;
  /** May hold every rule of every municipality; the check picks what applies. */
  rules: PayRule[];
  /** The instant the check is for; pass the start of a day when a day is meant (see selectRules). */
  at: Date;
};

/** An i18n key (namespace "paycode") and its interpolation values. */
export type PayMessage = { key: string; params: Record<string, string | number> };

export type CheckedPay = {
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
};

/**
 * No rule is in force for this municipality at that instant. A distinct result rather
 * than an exception, because it is a data state an admin fixes, not a bug; `compliant`
 * is false so a caller that only looks at that flag still refuses to publish.
 */
export type NoPayRule = {
  status: "no_rule";
  compliant: false;
  municipalityId: string;
  checkedAt: Date;
  message: PayMessage;
};

export type PayCheckResult = CheckedPay | NoPayRule;

/** minimum × hours ÷ full time, rounded up to the euro; integers only, so no float error creeps in. */
export function requiredAmount(monthlyMinimum: number, hoursPerWeek: number, fullTimeHours: number): number {
  const hours = Math.min(hoursPerWeek, fullTimeHours);
  return Math.floor((monthlyMinimum * hours + fullTimeHours - 1) / fullTimeHours);
}

/** Throws PayInputError on bad input; see NoPayRule for a municipality without rules. */
export function checkPay(input: PayCheckInput): PayCheckResult {
  validatePayInput(input);
  const kinds = applicableRuleKinds(input.organisationKind);
  const candidates = newestPerKind(selectRules(input.rules, input.municipalityId, kinds, input.at));
  if (candidates.length === 0) {
    return {
      status: "no_rule",
      compliant: false,
      municipalityId: input.municipalityId,
      checkedAt: input.at,
      message: { key: "paycode:no_rule", params: {} },
    };
  }
  // The rule that asks the most decides. On a tie the municipal code is named, since
  // that is the rule the organisation is primarily bound by.
  const scored = candidates
    .map((rule) => ({ rule, required: requiredAmount(rule.monthlyMinimum, input.hoursPerWeek, input.fullTimeHours) }))
    .sort((a, b) => b.required - a.required || kindRank(a.rule.kind) - kindRank(b.rule.kind));
  const { rule, required } = scored[0];
  const shortfall = Math.max(0, required - input.monthlyAllowance);
  const compliant = shortfall === 0;
  const partTime = input.hoursPerWeek < input.fullTimeHours;
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
    message: {
      // Part time gets its own sentence: "€223" next to a "€400 minimum" looks wrong
      // unless the sentence says the amount is pro rata.
      key: `paycode:${compliant ? "compliant" : "short"}.${rule.kind}${partTime ? "_part_time" : ""}`,
      params: {
        allowance: input.monthlyAllowance,
        hours: input.hoursPerWeek,
        required,
        minimum: rule.monthlyMinimum,
        fullTime: input.fullTimeHours,
        shortfall,
      },
    },
  };
}

function kindRank(kind: PayRuleKind): number {
  return kind === "municipal_code" ? 0 : 1;
}

export type Comparison = "above" | "at" | "below";

/** How the allowance sits against the requirement, as a student reads it on an internship page. */
export function compareWithCode(result: { monthlyAllowance: number; requiredAmount: number }): Comparison {
  if (result.monthlyAllowance > result.requiredAmount) return "above";
  return result.monthlyAllowance === result.requiredAmount ? "at" : "below";
}

/**
 * The sentence next to the allowance on an internship page. "below" exists only for
 * previews and flagged internships: a published one never falls short.
 */
export function comparisonMessage(result: CheckedPay): PayMessage {
  return {
    key: `paycode:comparison.${compareWithCode(result)}.${result.ruleKind}`,
    params: {
      allowance: result.monthlyAllowance,
      required: result.requiredAmount,
      hours: result.hoursPerWeek,
      minimum: result.monthlyMinimum,
    },
  };
}

/** The i18n key naming a rule kind, for tables and stored check results. */
export function ruleKindLabelKey(kind: PayRuleKind): string {
  return `paycode:rule_kind.${kind}`;
}
