import type { OrganisationKind } from "../organisation";
import { validatePayInput } from "./input";
import { applicableRuleKinds, newestPerKind, ruleAmount, selectRules, type InternshipRoute, type PayRule, type PayRuleKind } from "./rules";

export type PayCheckInput = {
  organisationKind: OrganisationKind;
  /** BOL (default): a monthly allowance; BBL: an hourly wage. */
  route?: InternshipRoute;
  hoursPerWeek: number;
  /** Whole euros a month; BOL only. */
  monthlyAllowance?: number | null;
  /** Euro cents an hour; BBL only. */
  hourlyWageCents?: number | null;
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

type Checked = {
  status: "checked";
  compliant: boolean;
  ruleId: string;
  ruleKind: PayRuleKind;
  ruleVersion: number;
  /** In the unit: whole euros a month (BOL) or cents an hour (BBL). */
  requiredAmount: number;
  shortfall: number;
  hoursPerWeek: number;
  fullTimeHours: number;
  checkedAt: Date;
  message: PayMessage;
};

/** A BOL allowance against a monthly rule, pro rata to the hours. */
export type CheckedPay = Checked & { unit: "month"; monthlyMinimum: number; monthlyAllowance: number };

/** A BBL wage against an hourly rule: an hourly amount is not pro rata. */
export type CheckedWage = Checked & { unit: "hour"; hourlyMinimumCents: number; hourlyWageCents: number };

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

export type PayCheckResult = CheckedPay | CheckedWage | NoPayRule;

/** minimum × hours ÷ full time, rounded up to the euro; integers only, so no float error creeps in. */
export function requiredAmount(monthlyMinimum: number, hoursPerWeek: number, fullTimeHours: number): number {
  const hours = Math.min(hoursPerWeek, fullTimeHours);
  return Math.floor((monthlyMinimum * hours + fullTimeHours - 1) / fullTimeHours);
}

/** Cents as euros for a message ("1450" → 14.5); the message formats it with two decimals. */
export function centsToEuros(cents: number): number {
  return cents / 100;
}

/** Throws PayInputError on bad input; see NoPayRule for a municipality without rules. */
export function checkPay(input: PayCheckInput): PayCheckResult {
  const route = input.route ?? "BOL";
  validatePayInput({ ...input, route });
  const kinds = applicableRuleKinds(input.organisationKind, route);
  const candidates = newestPerKind(selectRules(input.rules, input.municipalityId, kinds, input.at)).filter((r) => ruleAmount(r) !== null);
  if (candidates.length === 0) {
    return {
      status: "no_rule",
      compliant: false,
      municipalityId: input.municipalityId,
      checkedAt: input.at,
      message: { key: route === "BBL" ? "paycode:no_rule_hourly" : "paycode:no_rule", params: {} },
    };
  }
  const hourly = route === "BBL";
  // The rule that asks the most decides. On a tie the municipality's own rule is named,
  // since that is the rule the organisation is primarily bound by.
  const scored = candidates
    .map((rule) => ({
      rule,
      required: hourly ? (rule.hourlyMinimumCents as number) : requiredAmount(rule.monthlyMinimum as number, input.hoursPerWeek, input.fullTimeHours),
    }))
    .sort((a, b) => b.required - a.required || kindRank(a.rule.kind) - kindRank(b.rule.kind));
  const { rule, required } = scored[0];
  const offered = (hourly ? input.hourlyWageCents : input.monthlyAllowance) as number;
  const shortfall = Math.max(0, required - offered);
  const compliant = shortfall === 0;
  const base = {
    status: "checked" as const,
    compliant,
    ruleId: rule.id,
    ruleKind: rule.kind,
    ruleVersion: rule.version,
    requiredAmount: required,
    shortfall,
    hoursPerWeek: input.hoursPerWeek,
    fullTimeHours: input.fullTimeHours,
    checkedAt: input.at,
  };
  if (hourly) {
    return {
      ...base,
      unit: "hour",
      hourlyMinimumCents: rule.hourlyMinimumCents as number,
      hourlyWageCents: offered,
      message: {
        key: `paycode:${compliant ? "compliant" : "short"}.${rule.kind}`,
        params: { wage: centsToEuros(offered), hours: input.hoursPerWeek, required: centsToEuros(required), shortfall: centsToEuros(shortfall) },
      },
    };
  }
  const partTime = input.hoursPerWeek < input.fullTimeHours;
  return {
    ...base,
    unit: "month",
    monthlyMinimum: rule.monthlyMinimum as number,
    monthlyAllowance: offered,
    message: {
      // Part time gets its own sentence: "€223" next to a "€400 minimum" looks wrong
      // unless the sentence says the amount is pro rata.
      key: `paycode:${compliant ? "compliant" : "short"}.${rule.kind}${partTime ? "_part_time" : ""}`,
      params: {
        allowance: offered,
        hours: input.hoursPerWeek,
        required,
        minimum: rule.monthlyMinimum as number,
        fullTime: input.fullTimeHours,
        shortfall,
      },
    },
  };
}

function kindRank(kind: PayRuleKind): number {
  return kind === "municipal_code" || kind === "living_wage" ? 0 : 1;
}

export type Comparison = "above" | "at" | "below";

/** The amount offered, in the result's unit (euros a month or cents an hour). */
export function offeredAmount(result: CheckedPay | CheckedWage): number {
  return result.unit === "hour" ? result.hourlyWageCents : result.monthlyAllowance;
}

/** How the allowance or wage sits against the requirement, as a student reads it on an internship page. */
export function compareWithCode(result: { offered: number; requiredAmount: number }): Comparison {
  if (result.offered > result.requiredAmount) return "above";
  return result.offered === result.requiredAmount ? "at" : "below";
}

/**
 * The sentence next to the allowance on an internship page. "below" exists only for
 * previews and flagged internships: a published one never falls short.
 */
export function comparisonMessage(result: CheckedPay | CheckedWage): PayMessage {
  const comparison = compareWithCode({ offered: offeredAmount(result), requiredAmount: result.requiredAmount });
  const key = `paycode:comparison.${comparison}.${result.ruleKind}`;
  if (result.unit === "hour") {
    return { key, params: { wage: centsToEuros(result.hourlyWageCents), required: centsToEuros(result.requiredAmount), hours: result.hoursPerWeek } };
  }
  return {
    key,
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
