import { PSEUDONYM_PREFIX } from "./pseudonym";
import { SCRUB_MARKERS, type ScrubKind } from "./scrub";

// Stored texts stay as written (the pseudonym "Kandidaat K7QF-3MXA", the scrubbed motivation
// with "[naam]"): what was stored is what was shown to the student before sending. The
// Dutch words are rendered in the reader's language when shown (ADR 021).

export type ReaderLocale = "nl" | "en";

export const PSEUDONYM_WORDS: Record<ReaderLocale, string> = { nl: PSEUDONYM_PREFIX, en: "Candidate" };

export const SCRUB_MARKERS_BY_LOCALE: Record<ReaderLocale, Record<ScrubKind, string>> = {
  nl: SCRUB_MARKERS,
  en: { email: "[e-mail]", phone: "[phone]", url: "[link]", name: "[name]" },
};

const STORED_PREFIX = `${PSEUDONYM_PREFIX} `;

/** "Kandidaat K7QF-3MXA" as the reader says it: "Candidate K7QF-3MXA" in English. */
export function pseudonymFor(stored: string, locale: string): string {
  if (locale !== "en" || !stored.startsWith(STORED_PREFIX)) return stored;
  return `${PSEUDONYM_WORDS.en} ${stored.slice(STORED_PREFIX.length)}`;
}

const MARKER = new RegExp(
  Object.values(SCRUB_MARKERS)
    .map((m) => m.replace(/[[\]-]/g, "\\$&"))
    .join("|"),
  "g",
);
const KIND_OF_MARKER = new Map<string, ScrubKind>(Object.entries(SCRUB_MARKERS).map(([kind, marker]) => [marker, kind as ScrubKind]));

/** A scrubbed text with its markers in the reader's language; everything else as written. */
export function markersFor(text: string, locale: string): string {
  if (locale !== "en") return text;
  return text.replace(MARKER, (m) => SCRUB_MARKERS_BY_LOCALE.en[KIND_OF_MARKER.get(m)!]);
}
