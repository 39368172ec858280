export {
  allowedActions,
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  ApplicationTransitionError,
  CLOSED_APPLICATION_STATES,
  isApplicationState,
  isClosed,
  REJECTION_REASONS,
  REJECTION_TEXT_MAX_LENGTH,
  transitionApplication,
} from "./state";
export type { ApplicationAction, ApplicationActor, ApplicationState, TransitionPayload } from "./state";
export { isDueForAnonymisation, retentionDeadline } from "./retention";
export {
  closeWithoutResponseAt,
  dueResponseReminder,
  isDueForClosing,
  isOverdue,
  responseDeadline,
  responseStats,
  statsWindowStart,
  UNANSWERED_APPLICATION_STATES,
} from "./response";
export type { ResponseRecord, ResponseStats } from "./response";
