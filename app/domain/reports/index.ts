// Reports (meldingen) and their handling as cases (DESIGN §3.4).
export {
  categoriesFor,
  COMPLAINT_CATEGORIES,
  DISCRIMINATION_CATEGORIES,
  isReportType,
  isValidCategory,
  parseSubject,
  REPORT_SUBJECTS,
  REPORT_TYPES,
} from "./categories";
export type { ComplaintCategory, DiscriminationCategory, ReportSubject, ReportType } from "./categories";
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
export { generateReference, normaliseReference, REFERENCE_RANDOM_BYTES } from "./reference";
export { MYSTERY_GUEST_THRESHOLD, MYSTERY_GUEST_WINDOW_DAYS, mysteryGuestCandidates, mysteryGuestWindowStart } from "./mystery-guest";
export type { MysteryGuestCandidate, ReportForMysteryGuest } from "./mystery-guest";
