// Internship posts (DESIGN §3.1): their statuses and how they move.
export { allowedInternshipActions, INTERNSHIP_ACTIONS, INTERNSHIP_STATUSES, mayEditInternship, statusesAllowing, transitionInternship } from "./state";
export type { InternshipAction, InternshipStatus } from "./state";
