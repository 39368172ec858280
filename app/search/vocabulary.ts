// The search vocabulary as words: everyday words for a sector ("horeca, hospitality")
// and for a qualification ("koken, keuken, chef"), stored comma-separated in
// SectorVocabulary.terms and Qualification.searchTerms. Pure, so the document builder,
// the admin form and the seed read and write the lists the same way.

/** At most this many words per sector or qualification. */
export const MAX_TERMS = 60;
export const MIN_TERM_LENGTH = 2;
export const MAX_TERM_LENGTH = 40;

/** Letters (any script, with accents), digits, hyphens and spaces; starting with a letter or digit. */
const TERM = /^[\p{L}\p{N}][\p{L}\p{N}\- ]*$/u;

/** The entries of a comma-separated list as typed, trimmed, inner spaces collapsed, empty ones dropped. */
export function splitTerms(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((t) => t.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

export function isValidTerm(term: string): boolean {
  return term.length >= MIN_TERM_LENGTH && term.length <= MAX_TERM_LENGTH && TERM.test(term);
}

/** Keeps the first spelling of each word, comparing without case ("ICT" and "ict" are one word). */
export function uniqueTerms(terms: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of terms) {
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

/** A stored list as words: what the document builder reads. Invalid entries are skipped, not fatal. */
export function parseTerms(stored: string | null | undefined): string[] {
  return stored ? uniqueTerms(splitTerms(stored).filter(isValidTerm)) : [];
}

/** Words as stored: ", "-separated. */
export function formatTerms(terms: readonly string[]): string {
  return terms.join(", ");
}
