import { describe, expect, it } from "vitest";
import {
  allowedInternshipActions,
  INTERNSHIP_ACTIONS,
  INTERNSHIP_STATUSES,
  mayEditInternship,
  statusesAllowing,
  transitionInternship,
  type InternshipAction,
  type InternshipStatus,
} from "~/domain/internships";

// Every (status × action), written out by hand: the outcome, or null when refused.
const MATRIX: Record<InternshipStatus, Record<InternshipAction, InternshipStatus | null>> = {
  draft: { publish: "published", unpublish: null, close: "closed", take_offline: null, restore: null },
  published: { publish: "published", unpublish: "unpublished", close: "closed", take_offline: "unpublished", restore: null },
  unpublished: { publish: "published", unpublish: null, close: "closed", take_offline: null, restore: "published" },
  closed: { publish: null, unpublish: null, close: null, take_offline: null, restore: null },
};

describe("internship transitions", () => {
  const cases = INTERNSHIP_STATUSES.flatMap((status) => INTERNSHIP_ACTIONS.map((action) => [status, action, MATRIX[status][action]] as const));

  it.each(cases)("%s, then %s, gives %s", (status, action, next) => {
    expect(transitionInternship(status, action)).toBe(next);
  });

  it("refuses every action on a status it does not know", () => {
    expect(INTERNSHIP_ACTIONS.map((a) => transitionInternship("archived", a))).toEqual([null, null, null, null, null]);
  });

  it.each([
    ["draft", ["publish", "close"]],
    ["published", ["publish", "unpublish", "close"]],
    ["unpublished", ["publish", "close"]],
    ["closed", []],
  ] as const)("on a %s post an employer may %j", (status, actions) => {
    expect(allowedInternshipActions(status, "employer")).toEqual(actions);
  });

  it("only the platform takes a post offline, and only a published one", () => {
    expect(INTERNSHIP_STATUSES.filter((s) => allowedInternshipActions(s, "system").includes("take_offline"))).toEqual(["published"]);
  });

  it("only the platform restores a post, and only one that is offline", () => {
    expect(INTERNSHIP_STATUSES.filter((s) => allowedInternshipActions(s, "system").includes("restore"))).toEqual(["unpublished"]);
    expect(INTERNSHIP_STATUSES.filter((s) => allowedInternshipActions(s, "employer").includes("restore"))).toEqual([]);
  });

  it.each([
    ["take_offline", ["published"]],
    ["restore", ["unpublished"]],
    ["close", ["draft", "published", "unpublished"]],
  ] as const)("a bulk %s selects posts that are %j", (action, statuses) => {
    expect(statusesAllowing(action)).toEqual(statuses);
  });

  it.each([
    ["draft", true],
    ["published", true],
    ["unpublished", true],
    ["closed", false],
    ["archived", false],
  ] as const)("a %s post may be edited: %s", (status, editable) => {
    expect(mayEditInternship(status)).toBe(editable);
  });
});
