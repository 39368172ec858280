import { scrubText, type ScrubReplacement } from "./scrub";
import { normalizeForMatch } from "./normalize";

export interface StudentProfile {
  firstName: string;
  lastName: string;
  tussenvoegsel?: string | null;
  email: string;
  phone: string | null;
  dateOfBirth: Date | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  school: string | null;
  gender?: string | null;
  nationality?: string | null;
  qualificationName: string | null;
  crebo?: string | null;
  level: number | null;
  schoolYear: number | null;
  skills: string[];
  availableFrom: Date | null;
  availableHours: number | null;
  cvText: string | null;
}

/**
 * Identity fields hidden from the employer until it invites (DESIGN §3.3). There
 * is no photo field at all; age is derived from dateOfBirth and so goes with it.
 */
export const IDENTITY_FIELDS = [
  "firstName",
  "tussenvoegsel",
  "lastName",
  "email",
  "phone",
  "dateOfBirth",
  "street",
  "postcode",
  "city",
  "school",
  "gender",
  "nationality",
] as const satisfies readonly (keyof StudentProfile)[];

export type IdentityField = (typeof IDENTITY_FIELDS)[number];
export type StudentIdentity = { [K in IdentityField]-?: StudentProfile[K] | null };

/** A student's identity from the stored student and the e-mail address of the account. */
export function studentIdentity<S extends Omit<StudentIdentity, "email">>(
  student: S,
  email: string,
): Pick<S, Exclude<IdentityField, "email">> & { email: string } {
  const identity = Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, field === "email" ? email : student[field]]));
  return identity as Pick<S, Exclude<IdentityField, "email">> & { email: string };
}

/** What an application shows before invitation: chosen by the student, every free text scrubbed. */
export interface ApplicationSnapshot {
  qualificationName: string | null;
  crebo: string | null;
  level: number | null;
  schoolYear: number | null;
  availableFrom: Date | null;
  availableHours: number | null;
  skills: string[];
  motivationScrubbed: string;
  replacements: ScrubReplacement[];
}

/** The name forms to scrub from free text; scrubText derives the single parts. */
export function namesFor(profile: Pick<StudentProfile, "firstName" | "lastName" | "tussenvoegsel">): string[] {
  const names = [profile.firstName, profile.lastName];
  const tussenvoegsel = profile.tussenvoegsel?.trim();
  if (tussenvoegsel) names.push(`${tussenvoegsel} ${profile.lastName}`);
  return names.map((n) => n.trim()).filter((n) => n.length > 0);
}

export function buildApplicationSnapshot(profile: StudentProfile, input: { motivation: string; chosenSkills: string[] }): ApplicationSnapshot {
  const names = namesFor(profile);
  const scrubbed = scrubText(input.motivation, { names });
  // Skills are free text the student typed in the profile: an e-mail address or a
  // phone number there must not reach the employer either.
  const skills = pickSkills(profile.skills, input.chosenSkills).map((skill) => scrubText(skill, { names }));
  return {
    qualificationName: profile.qualificationName,
    crebo: profile.crebo ?? null,
    level: profile.level,
    schoolYear: profile.schoolYear,
    availableFrom: profile.availableFrom,
    availableHours: profile.availableHours,
    skills: skills.map((skill) => skill.text),
    motivationScrubbed: scrubbed.text,
    replacements: [...scrubbed.replacements, ...skills.flatMap((skill) => skill.replacements)],
  };
}

/**
 * A stored snapshot through today's scrubber, for applications sent before a rule was
 * added (skills were once shown as typed): what the older rules let through is replaced
 * now. Scrubbing is idempotent, so running this again changes nothing.
 */
export function rescrubSnapshot(
  profile: Pick<StudentProfile, "firstName" | "lastName" | "tussenvoegsel">,
  stored: { motivation: string; skills: string[] },
): { motivation: string; skills: string[] } {
  const names = namesFor(profile);
  return { motivation: scrubText(stored.motivation, { names }).text, skills: stored.skills.map((skill) => scrubText(skill, { names }).text) };
}

// Only skills from the profile may be shown: a posted form could otherwise
// smuggle arbitrary text (a name, a phone number) past the scrubber. Matching
// ignores case and accents; the profile's spelling is kept.
function pickSkills(profileSkills: string[], chosen: string[]): string[] {
  const byKey = new Map(profileSkills.map((skill) => [normalizeForMatch(skill.trim()), skill]));
  const picked = new Set<string>();
  for (const choice of chosen) {
    const skill = byKey.get(normalizeForMatch(choice.trim()));
    if (skill !== undefined) picked.add(skill);
  }
  return [...picked];
}

/** What an employer may see of any application before the identity is revealed. */
export interface AnonymousApplicationFields {
  id: string;
  pseudonym: string;
  status: string;
  submittedAt: Date;
  qualificationName: string | null;
  crebo: string | null;
  level: number | null;
  schoolYear: number | null;
  availableFrom: Date | null;
  availableHours: number | null;
  skills: string[];
  motivationScrubbed: string;
}

/** An application as a service loads it; identity fields only when joined in. */
export interface ApplicationRecord extends AnonymousApplicationFields, Partial<StudentIdentity> {}

export interface AnonymousEmployerView extends AnonymousApplicationFields {
  revealed: false;
}

export type RevealedEmployerView = Omit<AnonymousEmployerView, "revealed"> & StudentIdentity & { revealed: true };

export type EmployerApplicationView = AnonymousEmployerView | RevealedEmployerView;

/**
 * The only shape an employer loader should return. Fields are copied one by one
 * instead of spreading the record, so anything else on it (studentId, identity
 * fields, a future column) cannot reach the browser by accident.
 */
export function toEmployerView(application: ApplicationRecord, opts: { revealed: true }): RevealedEmployerView;
export function toEmployerView(application: ApplicationRecord, opts: { revealed: false }): AnonymousEmployerView;
export function toEmployerView(application: ApplicationRecord, opts: { revealed: boolean }): EmployerApplicationView;
export function toEmployerView(application: ApplicationRecord, opts: { revealed: boolean }): EmployerApplicationView {
  const visible = {
    id: application.id,
    pseudonym: application.pseudonym,
    status: application.status,
    submittedAt: application.submittedAt,
    qualificationName: application.qualificationName,
    crebo: application.crebo,
    level: application.level,
    schoolYear: application.schoolYear,
    availableFrom: application.availableFrom,
    availableHours: application.availableHours,
    skills: [...application.skills],
    motivationScrubbed: application.motivationScrubbed,
  };
  if (!opts.revealed) return { revealed: false, ...visible };
  const identity = Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, application[field] ?? null])) as StudentIdentity;
  return { revealed: true, ...visible, ...identity };
}
