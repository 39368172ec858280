export {
  allowedActions,
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  ApplicationTransitionError,
  CLOSED_APPLICATION_STATES,
  isApplicationState,
  isClosed,
  isRejectionReason,
  REJECTION_REASONS,
  REJECTION_TEXT_MAX_LENGTH,
  transitionApplication,
} from "./state";
export type {
  ApplicationAction,
  ApplicationActor,
  ApplicationState,
  ApplicationTransitionErrorCode,
  RejectionReason,
  TransitionPayload,
  TransitionResult,
} from "./state";
export { isDueForAnonymisation, RETENTION_DAYS_WITHOUT_CONSENT, retentionDeadline } from "./retention";
export type { RetentionCandidate } from "./retention";
export {
  amsterdamDate,
  amsterdamMidnight,
  CLOSE_AFTER_DEADLINE_DAYS,
  closeWithoutResponseAt,
  dueResponseReminder,
  halfTime,
  isDueForClosing,
  isOverdue,
  isUnanswered,
  MIN_APPLICATIONS_FOR_STATS,
  responseDeadline,
  responseStats,
  statsWindowStart,
  UNANSWERED_APPLICATION_STATES,
} from "./response";
export type { ResponseRecord, ResponseStats } from "./response";
