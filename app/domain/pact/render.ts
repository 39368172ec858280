/**
 * The amounts a pact text speaks of, as they stand on one day: whole euros a month for a
 * full-time week, and that week's hours. Null when the municipality has no rule of that
 * kind in force.
 */
export type CodeAmounts = {
  pactMinimum: number | null;
  municipalMinimum: number | null;
  fullTimeHours: number;
};

export const PACT_PLACEHOLDERS = ["pactMinimum", "municipalMinimum", "fullTimeHours"] as const;
export type PactPlaceholder = (typeof PACT_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{(pactMinimum|municipalMinimum|fullTimeHours)\}/g;

/**
 * A pact text or commitment as stored with its version carries placeholders
 * (`{pactMinimum}`, `{municipalMinimum}`, `{fullTimeHours}`) instead of amounts, so that
 * what a person reads follows the rule in force on the day they read it. An amount
 * without a rule in force renders as "…" rather than a stale number; any other text in
 * braces is left as written.
 */
export function renderPactText(text: string, amounts: CodeAmounts): string {
  return text.replace(PLACEHOLDER, (_, name: PactPlaceholder) => {
    const value = amounts[name];
    return value === null ? "…" : String(value);
  });
}
