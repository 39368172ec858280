// The life of an internship post (DESIGN §3.1). An employer publishes, takes offline and
// closes; the platform takes a post offline when the organisation is suspended or a new
// pay rule leaves it short, and restores what a suspension took offline once it is lifted. Whether publishing is allowed beyond the status (a signature
// in good standing, a compliant pay check) is the service's check.

export const INTERNSHIP_STATUSES = ["draft", "published", "unpublished", "closed"] as const;
export type InternshipStatus = (typeof INTERNSHIP_STATUSES)[number];

export const INTERNSHIP_ACTIONS = ["publish", "unpublish", "close", "take_offline", "restore"] as const;
export type InternshipAction = (typeof INTERNSHIP_ACTIONS)[number];
export type InternshipActor = "employer" | "system";

type Rule = { actor: InternshipActor; from: readonly InternshipStatus[]; to: InternshipStatus };

const RULES: Record<InternshipAction, Rule> = {
  // Publishing a published post again stores a fresh pay check (after an edit).
  publish: { actor: "employer", from: ["draft", "published", "unpublished"], to: "published" },
  unpublish: { actor: "employer", from: ["published"], to: "unpublished" },
  close: { actor: "employer", from: ["draft", "published", "unpublished"], to: "closed" },
  take_offline: { actor: "system", from: ["published"], to: "unpublished" },
  // After a suspension is lifted, for the posts it took offline that pass a fresh pay check.
  restore: { actor: "system", from: ["unpublished"], to: "published" },
};

export function isInternshipStatus(value: unknown): value is InternshipStatus {
  return typeof value === "string" && (INTERNSHIP_STATUSES as readonly string[]).includes(value);
}

/** The status the action leads to, or null when the post's status does not allow it. */
export function transitionInternship(status: string, action: InternshipAction): InternshipStatus | null {
  const rule = RULES[action];
  return isInternshipStatus(status) && rule.from.includes(status) ? rule.to : null;
}

/** The statuses a post may have for the action: what a bulk query selects. */
export function statusesAllowing(action: InternshipAction): InternshipStatus[] {
  return [...RULES[action].from];
}

/** The actions a screen may offer this actor now; the same table. */
export function allowedInternshipActions(status: string, actor: InternshipActor): InternshipAction[] {
  return INTERNSHIP_ACTIONS.filter((action) => RULES[action].actor === actor && transitionInternship(status, action) !== null);
}

/** A closed post is history: its text and pay can no longer change. */
export function mayEditInternship(status: string): boolean {
  return isInternshipStatus(status) && status !== "closed";
}
