export const APPLICATION_STATES = [
  "submitted",
  "in_review",
  "invited",
  "accepted",
  "rejected",
  "withdrawn",
  // The employer did not answer (invite or reject) within the response period and two
  // weeks after it: the platform closes the application for the student (DESIGN §3.3).
  "closed_without_response",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = ["review", "invite", "accept", "reject", "withdraw", "close_unanswered"] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** "system" is the scheduled job: only it closes an unanswered application. */
export type ApplicationActor = "employer" | "student" | "system";

// A fixed list so rejections can be counted and compared in reports; free text
// only for "other", where the employer has to say what it was.
export const REJECTION_REASONS = ["another_candidate", "qualification_mismatch", "availability", "position_filled", "other"] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_TEXT_MAX_LENGTH = 500;

export interface TransitionPayload {
  reason?: string;
  reasonText?: string | null;
}

export interface TransitionResult {
  next: ApplicationState;
  /** True only for invite: the service must store the reveal in the audit log. */
  revealsIdentity: boolean;
  /** True when the retention clock starts (closedAt must be set). */
  closes: boolean;
  rejection?: { reason: RejectionReason; text: string | null };
}

export type ApplicationTransitionErrorCode =
  | "actor_not_allowed"
  | "application_closed"
  | "invalid_transition"
  | "rejection_reason_required"
  | "rejection_reason_unknown"
  | "rejection_text_required"
  | "rejection_text_too_long";

export class ApplicationTransitionError extends Error {
  readonly code: ApplicationTransitionErrorCode;
  readonly state: ApplicationState;
  readonly action: ApplicationAction;

  constructor(code: ApplicationTransitionErrorCode, state: ApplicationState, action: ApplicationAction) {
    super(`Cannot ${action} an application in state ${state}: ${code}`);
    this.name = "ApplicationTransitionError";
    this.code = code;
    this.state = state;
    this.action = action;
  }
}

interface Rule {
  actor: ApplicationActor;
  from: readonly ApplicationState[];
  to: ApplicationState;
}

const RULES: Record<ApplicationAction, Rule> = {
  review: { actor: "employer", from: ["submitted"], to: "in_review" },
  invite: { actor: "employer", from: ["submitted", "in_review"], to: "invited" },
  accept: { actor: "employer", from: ["invited"], to: "accepted" },
  reject: { actor: "employer", from: ["submitted", "in_review", "invited"], to: "rejected" },
  withdraw: { actor: "student", from: ["submitted", "in_review", "invited"], to: "withdrawn" },
  // Only unanswered states: an invitation is an answer.
  close_unanswered: { actor: "system", from: ["submitted", "in_review"], to: "closed_without_response" },
};

/** The states an application ends in; the retention clock runs from them. */
export const CLOSED_APPLICATION_STATES: readonly ApplicationState[] = ["accepted", "rejected", "withdrawn", "closed_without_response"];

export function isClosed(state: ApplicationState): boolean {
  return CLOSED_APPLICATION_STATES.includes(state);
}

export function isApplicationState(value: string): value is ApplicationState {
  return (APPLICATION_STATES as readonly string[]).includes(value);
}

export function isRejectionReason(value: string): value is RejectionReason {
  return (REJECTION_REASONS as readonly string[]).includes(value);
}

/** The actions a UI may offer this actor now; the same rules as transitionApplication. */
export function allowedActions(state: ApplicationState, actor: ApplicationActor): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => {
    const rule = RULES[action];
    return rule.actor === actor && rule.from.includes(state);
  });
}

export function transitionApplication(
  state: ApplicationState,
  action: ApplicationAction,
  actor: ApplicationActor,
  payload: TransitionPayload = {},
): TransitionResult {
  const rule = RULES[action];
  // Actor first: a student must learn "not yours to do", not details of the state.
  if (rule.actor !== actor) throw new ApplicationTransitionError("actor_not_allowed", state, action);
  if (isClosed(state)) throw new ApplicationTransitionError("application_closed", state, action);
  if (!rule.from.includes(state)) throw new ApplicationTransitionError("invalid_transition", state, action);

  const result: TransitionResult = {
    next: rule.to,
    revealsIdentity: action === "invite",
    closes: isClosed(rule.to),
  };
  if (action === "reject") result.rejection = validateRejection(state, payload);
  return result;
}

function validateRejection(state: ApplicationState, payload: TransitionPayload): { reason: RejectionReason; text: string | null } {
  const fail = (code: ApplicationTransitionErrorCode) => new ApplicationTransitionError(code, state, "reject");
  if (payload.reason === undefined || payload.reason === "") throw fail("rejection_reason_required");
  if (!isRejectionReason(payload.reason)) throw fail("rejection_reason_unknown");
  const text = payload.reasonText?.trim() ?? "";
  if (payload.reason === "other" && text.length === 0) throw fail("rejection_text_required");
  if (text.length > REJECTION_TEXT_MAX_LENGTH) throw fail("rejection_text_too_long");
  return { reason: payload.reason, text: text.length > 0 ? text : null };
}
