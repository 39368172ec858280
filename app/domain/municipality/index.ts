// What the platform admin may set for a municipality (issue: a municipality runs
// Stagepact itself): its name and slug, districts, the full-time week the pay code
// divides by, and the periods its rules use. Pure: the service stores, this decides.

export const FULL_TIME_HOURS = { min: 20, max: 40 } as const;
export const GRACE_PERIOD_DAYS = { min: 0, max: 365 } as const;
export const RESIGN_PERIOD_DAYS = { min: 7, max: 365 } as const;
/** Working days an employer has to answer an application. */
export const RESPONSE_PERIOD_DAYS = { min: 1, max: 60 } as const;
export const MAX_DISTRICTS = 50;

/** A slug is what appears in URLs and filters (`?gemeente=amsterdam`): lowercase, digits, hyphens. */
export const MUNICIPALITY_SLUG = /^[a-z][a-z0-9-]{1,39}$/;

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type DistrictLines =
  { ok: true; districts: { name: string; slug: string }[] } | { ok: false; error: "too_many" | "duplicate" | "too_long"; detail?: string };

/**
 * Districts typed one per line: blank lines dropped, spaces trimmed. Two lines that give
 * the same slug ("Nieuw-West" and "Nieuw West") are one district typed twice: refused,
 * naming it, rather than silently merged.
 */
export function parseDistrictLines(text: string): DistrictLines {
  const names = text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  if (names.length > MAX_DISTRICTS) return { ok: false, error: "too_many" };
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.length > 60) return { ok: false, error: "too_long", detail: name };
    const slug = slugify(name);
    if (!slug || seen.has(slug)) return { ok: false, error: "duplicate", detail: name };
    seen.set(slug, name);
  }
  return { ok: true, districts: [...seen.entries()].map(([slug, name]) => ({ slug, name })) };
}

export type DistrictChange = {
  add: { name: string; slug: string }[];
  rename: { id: string; name: string }[];
  remove: { id: string; name: string }[];
};

/**
 * From the districts stored to the districts typed, matched by slug: new ones are added,
 * a changed spelling with the same slug is a rename, and the rest are removed. A
 * district still in use (organisations or internships in it) cannot be removed: the
 * caller refuses the whole change and names them.
 */
export function districtChange(stored: { id: string; slug: string; name: string }[], typed: { name: string; slug: string }[]): DistrictChange {
  const typedBySlug = new Map(typed.map((d) => [d.slug, d]));
  const storedBySlug = new Map(stored.map((d) => [d.slug, d]));
  return {
    add: typed.filter((d) => !storedBySlug.has(d.slug)),
    rename: stored.flatMap((d) => {
      const next = typedBySlug.get(d.slug);
      return next && next.name !== d.name ? [{ id: d.id, name: next.name }] : [];
    }),
    remove: stored.filter((d) => !typedBySlug.has(d.slug)).map((d) => ({ id: d.id, name: d.name })),
  };
}
