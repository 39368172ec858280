// A report handled as a case: new → in_progress → referred | closed (DESIGN §3.4).
// A referred case (passed to the police, the Inspectie or a school) can still be closed
// once it is done; a closed case is final.

export const CASE_STATUSES = ["new", "in_progress", "referred", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ["in_progress", "closed"],
  in_progress: ["referred", "closed"],
  referred: ["closed"],
  closed: [],
};

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === "string" && (CASE_STATUSES as readonly string[]).includes(value);
}

export function allowedCaseTransitions(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from] ?? [];
}

export class CaseTransitionError extends Error {
  constructor(
    public readonly from: CaseStatus,
    public readonly to: CaseStatus,
  ) {
    super(`a case cannot go from ${from} to ${to}`);
  }
}

/** The new status, or a CaseTransitionError for a move the table does not allow. */
export function transitionCase(from: CaseStatus, to: CaseStatus): CaseStatus {
  if (!allowedCaseTransitions(from).includes(to)) throw new CaseTransitionError(from, to);
  return to;
}

// The officer's assessment of a case. Only substantiated reports count toward the public
// ranking, so one person cannot bring an organisation into it by filing reports.
export const ASSESSMENTS = ["substantiated", "not_substantiated", "unassessed"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export function assessmentFromStored(substantiated: boolean | null): Assessment {
  return substantiated === null ? "unassessed" : substantiated ? "substantiated" : "not_substantiated";
}

export function assessmentToStored(assessment: Assessment): boolean | null {
  return assessment === "unassessed" ? null : assessment === "substantiated";
}

/** A case leaves the officer's hands when referred or closed: by then it must be assessed. */
export function requiresAssessment(to: CaseStatus): boolean {
  return to === "referred" || to === "closed";
}

export class AssessmentRequiredError extends Error {
  constructor(public readonly to: CaseStatus) {
    super(`a case must be assessed before it is ${to}`);
  }
}
