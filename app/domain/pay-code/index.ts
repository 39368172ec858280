// The pay code (DESIGN §3.1): one pure function that every screen, the API, the seed
// and the jobs use to decide whether an internship's allowance meets the minimum.
export type { OrganisationKind } from "../organisation";
export { applicableRuleKinds, isPayRuleKind, minimumsInForce, newestPerKind, PAY_RULE_KINDS, selectRules } from "./rules";
export type { PayRule, PayRuleKind } from "./rules";
export {
  hoursPerWeekSchema,
  MAX_HOURS,
  MIN_HOURS,
  monthlyAllowanceSchema,
  PayInputError,
  payFieldsSchema,
  validatePayInput,
} from "./input";
export type { PayFields, PayInputErrorCode, PayInputField } from "./input";
export { checkPay, compareWithCode, comparisonMessage, requiredAmount, ruleKindLabelKey } from "./check";
export type { CheckedPay, Comparison, NoPayRule, PayCheckInput, PayCheckResult, PayMessage } from "./check";
export {
  isTravelHintShown,
  travelHintFor,
  TRAVEL_HINT_TEXT_MAX,
  TRAVEL_HINT_TEXT_MIN,
  TRAVEL_HINT_THRESHOLD_MAX,
  TRAVEL_HINT_THRESHOLD_MIN,
} from "./travel-hint";
export type { ShownTravelHint, TravelCostHint } from "./travel-hint";
