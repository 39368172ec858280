// The pay code (DESIGN §3.1): one pure function that every screen, the API, the seed
// and the jobs use to decide whether an internship's allowance meets the minimum.
export type { OrganisationKind } from "../organisation";
export {
  allowanceFilterThresholds,
  applicableRuleKinds,
  HOURLY_RULE_KINDS,
  internshipRoute,
  INTERNSHIP_ROUTES,
  isHourlyRuleKind,
  isPayRuleKind,
  minimumsInForce,
  MONTHLY_RULE_KINDS,
  PAY_RULE_KINDS,
  ruleAmount,
  selectRules,
} from "./rules";
export type { PayRule, PayRuleKind } from "./rules";
export { formatWageInput, hourlyWageSchema, hoursPerWeekSchema, MAX_HOURS, MIN_HOURS, monthlyAllowanceSchema, PayInputError, payFieldsSchema } from "./input";
export { checkPay, compareWithCode, comparisonMessage, requiredAmount, ruleKindLabelKey } from "./check";
export type { CheckedPay, CheckedWage, PayCheckInput, PayCheckResult, PayMessage } from "./check";
export { isTravelHintShown, travelHintFor } from "./travel-hint";
export type { ShownTravelHint, TravelCostHint } from "./travel-hint";
