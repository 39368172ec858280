// What can be reported (DESIGN §3.4): the categories are fixed lists so cases can be
// counted per category; free text goes in the description.

export const REPORT_TYPES = ["discrimination", "complaint"] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const DISCRIMINATION_CATEGORIES = ["origin", "religion", "gender", "sexual_orientation", "disability", "age", "other"] as const;
export const COMPLAINT_CATEGORIES = ["allowance_not_paid", "no_supervision", "productive_work", "unsafe", "other"] as const;
export type DiscriminationCategory = (typeof DISCRIMINATION_CATEGORIES)[number];
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** A report form offers type and category as one choice, "discrimination:origin". */
export const REPORT_SUBJECTS = [
  ...DISCRIMINATION_CATEGORIES.map((c) => `discrimination:${c}` as const),
  ...COMPLAINT_CATEGORIES.map((c) => `complaint:${c}` as const),
] as [
  `discrimination:${DiscriminationCategory}` | `complaint:${ComplaintCategory}`,
  ...(`discrimination:${DiscriminationCategory}` | `complaint:${ComplaintCategory}`)[],
];
export type ReportSubject = (typeof REPORT_SUBJECTS)[number];

export function categoriesFor(type: ReportType): readonly string[] {
  return type === "discrimination" ? DISCRIMINATION_CATEGORIES : COMPLAINT_CATEGORIES;
}

/** Whether the category belongs to the type ("origin" is no complaint category). */
export function isValidCategory(type: ReportType, category: string): boolean {
  return categoriesFor(type).includes(category);
}

export function parseSubject(subject: ReportSubject): { type: ReportType; category: string } {
  const [type, category] = subject.split(":") as [ReportType, string];
  return { type, category };
}
