import { describe, expect, it } from "vitest";
import {
  allowedActions,
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  ApplicationTransitionError,
  CLOSED_APPLICATION_STATES,
  isClosed,
  REJECTION_REASONS,
  transitionApplication,
  type ApplicationAction,
  type ApplicationActor,
  type ApplicationState,
  type TransitionPayload,
} from "../../../app/domain/applications";

// Every (state × action × actor). A state name is the legal outcome; anything
// else is the error code. Written out by hand rather than derived from the
// implementation, so the table is the specification.
const OK_REJECT: TransitionPayload = { reason: "position_filled" };
type Person = Exclude<ApplicationActor, "system">;
const MATRIX: Record<ApplicationState, Record<ApplicationAction, Record<Person, string>>> = {
  submitted: {
    review: { employer: "in_review", student: "actor_not_allowed" },
    invite: { employer: "invited", student: "actor_not_allowed" },
    accept: { employer: "invalid_transition", student: "actor_not_allowed" },
    reject: { employer: "rejected", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "withdrawn" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
  in_review: {
    review: { employer: "invalid_transition", student: "actor_not_allowed" },
    invite: { employer: "invited", student: "actor_not_allowed" },
    accept: { employer: "invalid_transition", student: "actor_not_allowed" },
    reject: { employer: "rejected", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "withdrawn" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
  invited: {
    review: { employer: "invalid_transition", student: "actor_not_allowed" },
    invite: { employer: "invalid_transition", student: "actor_not_allowed" },
    accept: { employer: "accepted", student: "actor_not_allowed" },
    reject: { employer: "rejected", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "withdrawn" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
  accepted: {
    review: { employer: "application_closed", student: "actor_not_allowed" },
    invite: { employer: "application_closed", student: "actor_not_allowed" },
    accept: { employer: "application_closed", student: "actor_not_allowed" },
    reject: { employer: "application_closed", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "application_closed" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
  rejected: {
    review: { employer: "application_closed", student: "actor_not_allowed" },
    invite: { employer: "application_closed", student: "actor_not_allowed" },
    accept: { employer: "application_closed", student: "actor_not_allowed" },
    reject: { employer: "application_closed", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "application_closed" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
  withdrawn: {
    review: { employer: "application_closed", student: "actor_not_allowed" },
    invite: { employer: "application_closed", student: "actor_not_allowed" },
    accept: { employer: "application_closed", student: "actor_not_allowed" },
    reject: { employer: "application_closed", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "application_closed" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
  closed_without_response: {
    review: { employer: "application_closed", student: "actor_not_allowed" },
    invite: { employer: "application_closed", student: "actor_not_allowed" },
    accept: { employer: "application_closed", student: "actor_not_allowed" },
    reject: { employer: "application_closed", student: "actor_not_allowed" },
    withdraw: { employer: "actor_not_allowed", student: "application_closed" },
    close_unanswered: { employer: "actor_not_allowed", student: "actor_not_allowed" },
  },
};

// The scheduled job may only close what nobody answered; it can do nothing else.
const SYSTEM: Record<ApplicationState, Record<ApplicationAction, string>> = Object.fromEntries(
  (
    [
      ["submitted", "closed_without_response"],
      ["in_review", "closed_without_response"],
      ["invited", "invalid_transition"],
      ["accepted", "application_closed"],
      ["rejected", "application_closed"],
      ["withdrawn", "application_closed"],
      ["closed_without_response", "application_closed"],
    ] as const
  ).map(([state, close]) => [
    state,
    {
      review: "actor_not_allowed",
      invite: "actor_not_allowed",
      accept: "actor_not_allowed",
      reject: "actor_not_allowed",
      withdraw: "actor_not_allowed",
      close_unanswered: close,
    },
  ]),
) as Record<ApplicationState, Record<ApplicationAction, string>>;

const rows = APPLICATION_STATES.flatMap((state) =>
  APPLICATION_ACTIONS.flatMap((action) => [
    ...(["employer", "student"] as const).map((actor) => ({ state, action, actor: actor as ApplicationActor, expected: MATRIX[state][action][actor] })),
    { state, action, actor: "system" as ApplicationActor, expected: SYSTEM[state][action] },
  ]),
);
const legal = rows.filter((r) => (APPLICATION_STATES as readonly string[]).includes(r.expected));
const illegal = rows.filter((r) => !(APPLICATION_STATES as readonly string[]).includes(r.expected));

function errorOf(fn: () => unknown): ApplicationTransitionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApplicationTransitionError) return error;
    throw error;
  }
  throw new Error("expected an ApplicationTransitionError");
}

describe("transitionApplication", () => {
  it("covers all 126 combinations of state, action and actor", () => {
    expect(rows).toHaveLength(126);
    expect(legal).toHaveLength(12);
  });

  it.each(legal)("lets the $actor $action an application in $state, which becomes $expected", ({ state, action, actor, expected }) => {
    const result = transitionApplication(state, action, actor, action === "reject" ? OK_REJECT : undefined);
    expect(result.next).toBe(expected);
    expect(result.revealsIdentity).toBe(action === "invite");
    expect(result.closes).toBe(["accepted", "rejected", "withdrawn", "closed_without_response"].includes(expected));
  });

  it.each(illegal)("refuses the $actor to $action an application in $state with $expected", ({ state, action, actor, expected }) => {
    const error = errorOf(() => transitionApplication(state, action, actor, OK_REJECT));
    expect(error.code).toBe(expected);
    expect(error).toMatchObject({ state, action, name: "ApplicationTransitionError" });
  });

  it.each(APPLICATION_STATES.flatMap((state) => (["employer", "student", "system"] as const).map((actor) => ({ state, actor }))))(
    "offers the $actor in $state exactly the actions the table allows",
    ({ state, actor }) => {
      const expected = APPLICATION_ACTIONS.filter((action) =>
        (APPLICATION_STATES as readonly string[]).includes(actor === "system" ? SYSTEM[state][action] : MATRIX[state][action][actor]),
      );
      expect(allowedActions(state, actor)).toEqual(expected);
    },
  );
});

describe("rejecting an application", () => {
  it.each(REJECTION_REASONS.filter((r) => r !== "other"))("accepts the listed reason %s without text", (reason) => {
    expect(transitionApplication("in_review", "reject", "employer", { reason }).rejection).toEqual({ reason, text: null });
  });

  it.each([
    { payload: { reason: "other", reasonText: "  Stage gaat niet door  " }, text: "Stage gaat niet door" },
    { payload: { reason: "other", reasonText: "x".repeat(500) }, text: "x".repeat(500) },
    { payload: { reason: "availability", reasonText: "Alleen in de zomer" }, text: "Alleen in de zomer" },
  ])("keeps the trimmed explanation ($payload.reason)", ({ payload, text }) => {
    expect(transitionApplication("invited", "reject", "employer", payload).rejection).toEqual({ reason: payload.reason, text });
  });

  it.each([
    { payload: undefined, code: "rejection_reason_required" },
    { payload: {}, code: "rejection_reason_required" },
    { payload: { reason: "" }, code: "rejection_reason_required" },
    { payload: { reason: "too_old" }, code: "rejection_reason_unknown" },
    { payload: { reason: "Other" }, code: "rejection_reason_unknown" },
    { payload: { reason: "other" }, code: "rejection_text_required" },
    { payload: { reason: "other", reasonText: null }, code: "rejection_text_required" },
    { payload: { reason: "other", reasonText: "   \n " }, code: "rejection_text_required" },
    { payload: { reason: "other", reasonText: "x".repeat(501) }, code: "rejection_text_too_long" },
    { payload: { reason: "availability", reasonText: "x".repeat(501) }, code: "rejection_text_too_long" },
  ])("refuses a rejection with payload $payload as $code", ({ payload, code }) => {
    expect(errorOf(() => transitionApplication("submitted", "reject", "employer", payload)).code).toBe(code);
  });
});

describe("isClosed", () => {
  it.each([
    ["submitted", false],
    ["in_review", false],
    ["invited", false],
    ["accepted", true],
    ["rejected", true],
    ["withdrawn", true],
    ["closed_without_response", true],
  ] as const)("says %s is closed: %s", (state, closed) => {
    expect(isClosed(state)).toBe(closed);
  });
});

describe("the closed states services query by", () => {
  it("are exactly the states isClosed says are closed", () => {
    expect([...CLOSED_APPLICATION_STATES].sort()).toEqual(APPLICATION_STATES.filter((s) => isClosed(s)).sort());
  });
});
