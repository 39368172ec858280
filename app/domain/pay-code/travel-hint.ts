// Help with travel costs (DESIGN §3.1): a municipality's hint is shown on an internship
// whose monthly allowance is below the threshold the admin set. Pure: plain data in.

export const TRAVEL_HINT_TEXT_MIN = 10;
export const TRAVEL_HINT_TEXT_MAX = 600;
export const TRAVEL_HINT_THRESHOLD_MIN = 1;
export const TRAVEL_HINT_THRESHOLD_MAX = 2000;

export type TravelCostHint = {
  textNl: string;
  textEn: string;
  url: string;
  /** Whole euros a month; the hint is shown strictly below it. */
  allowanceThreshold: number;
};

export type ShownTravelHint = { text: string; url: string; allowanceThreshold: number };

/**
 * Strictly below: an allowance that reaches the threshold is what the municipality
 * considers enough. No allowance (a BBL place, paid an hourly wage) shows no hint.
 */
export function isTravelHintShown(monthlyAllowance: number | null, allowanceThreshold: number): boolean {
  return monthlyAllowance !== null && Number.isFinite(monthlyAllowance) && monthlyAllowance < allowanceThreshold;
}

/** The hint in the reader's language, or null when there is none or the allowance reaches the threshold. */
export function travelHintFor(hint: TravelCostHint | null | undefined, monthlyAllowance: number | null, locale: "nl" | "en"): ShownTravelHint | null {
  if (!hint || !isTravelHintShown(monthlyAllowance, hint.allowanceThreshold)) return null;
  return { text: locale === "en" ? hint.textEn : hint.textNl, url: hint.url, allowanceThreshold: hint.allowanceThreshold };
}
