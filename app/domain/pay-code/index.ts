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
  newestPerKind,
  PAY_RULE_KINDS,
  ruleAmount,
  selectRules,
} from "./rules";
export type { HourlyRuleKind, InternshipRoute, MonthlyRuleKind, PayRule, PayRuleKind } from "./rules";
export {
  formatWageInput,
  hourlyWageSchema,
  hoursPerWeekSchema,
  MAX_HOURLY_WAGE_CENTS,
  MAX_HOURS,
  MIN_HOURS,
  monthlyAllowanceSchema,
  PayInputError,
  payFieldsSchema,
  validatePayInput,
} from "./input";
export type { PayFields, PayInputErrorCode, PayInputField } from "./input";
export { centsToEuros, checkPay, compareWithCode, comparisonMessage, offeredAmount, requiredAmount, ruleKindLabelKey } from "./check";
export type { CheckedPay, CheckedWage, Comparison, NoPayRule, PayCheckInput, PayCheckResult, PayMessage } from "./check";
export {
  isTravelHintShown,
  travelHintFor,
  TRAVEL_HINT_TEXT_MAX,
  TRAVEL_HINT_TEXT_MIN,
  TRAVEL_HINT_THRESHOLD_MAX,
  TRAVEL_HINT_THRESHOLD_MIN,
} from "./travel-hint";
export type { ShownTravelHint, TravelCostHint } from "./travel-hint";
