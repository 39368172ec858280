// Reports (meldingen) and their handling as cases (DESIGN §3.4).
export { COMPLAINT_CATEGORIES, DISCRIMINATION_CATEGORIES, isValidCategory, parseSubject, REPORT_SUBJECTS } from "./categories";
export type { ReportType } from "./categories";
export {
  allowedCaseTransitions,
  ASSESSMENTS,
  AssessmentRequiredError,
  assessmentFromStored,
  assessmentToStored,
  CASE_STATUSES,
  CaseTransitionError,
  isCaseStatus,
  requiresAssessment,
  transitionCase,
} from "./cases";
export type { Assessment, CaseStatus } from "./cases";
export { generateReference, normaliseReference } from "./reference";
export { MYSTERY_GUEST_THRESHOLD, mysteryGuestCandidates, mysteryGuestWindowStart } from "./mystery-guest";
