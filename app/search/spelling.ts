// "Did you mean …?" for the embedded engine, which matches words and their prefixes but
// has no typo tolerance of its own. When a text search finds nothing, each word that no
// indexed term starts with is replaced by the closest term in the index's vocabulary,
// counted the way Meilisearch counts typos (so both engines forgive the same mistakes):
// - no typo in words under 5 letters, one from 5, two from 9;
// - a swap of two neighbouring letters is one typo (Damerau), and the word may be
//   the start of a longer term (prefix distance), as the search itself matches prefixes;
// - a typo in the first letter counts twice.
// No npm package offers a bounded prefix Damerau distance, hence the small DP below.
import { tokenize } from "./query";

/** How many times as many documents a correction must reach to replace a word that only starts a few terms. */
export const MUCH_MORE_COMMON = 3;

/** One indexed term and in how many documents it occurs. */
export type VocabularyTerm = { term: string; docs: number };

/**
 * The index's terms, sorted, for prefix lookups and for the nearest-term scan. Terms
 * are stored diacritic-folded and in lower case, as FTS5's unicode61 tokenizer does.
 */
export class Vocabulary {
  private readonly terms: VocabularyTerm[];
  /** Every first letter a term starts with, for the candidates with a wrong first letter. */
  private readonly firstLetters: string[];

  constructor(terms: VocabularyTerm[], { sorted = false }: { sorted?: boolean } = {}) {
    this.terms = sorted ? terms : [...terms].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    this.firstLetters = [...new Set(this.terms.map((t) => firstLetter(t.term)))];
  }

  /**
   * This vocabulary with document counts moved by `deltas` (a term's count + its delta;
   * a term at 0 or below is gone, a new term with a positive delta comes in). One merge
   * of the sorted list, no sort of it.
   */
  withDeltas(deltas: ReadonlyMap<string, number>): Vocabulary {
    const changed = [...deltas.keys()].sort();
    const out: VocabularyTerm[] = [];
    const keep = (term: string, docs: number) => {
      if (docs > 0) out.push({ term, docs });
    };
    let k = 0;
    for (const entry of this.terms) {
      for (; k < changed.length && changed[k] < entry.term; k++) keep(changed[k], deltas.get(changed[k])!);
      if (changed[k] === entry.term) keep(entry.term, entry.docs + deltas.get(changed[k++])!);
      else out.push(entry);
    }
    for (; k < changed.length; k++) keep(changed[k], deltas.get(changed[k])!);
    return new Vocabulary(out, { sorted: true });
  }

  get size() {
    return this.terms.length;
  }

  /** The first index whose term is ≥ `value` (binary search). */
  private lowerBound(value: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid].term < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The terms starting with `prefix`: one contiguous run of the sorted list. */
  private startingWith(prefix: string): VocabularyTerm[] {
    const from = this.lowerBound(prefix);
    let to = from;
    while (to < this.terms.length && this.terms[to].term.startsWith(prefix)) to++;
    return this.terms.slice(from, to);
  }

  /** Does any term start with `prefix`? */
  hasPrefix(prefix: string): boolean {
    const at = this.lowerBound(prefix);
    return at < this.terms.length && this.terms[at].term.startsWith(prefix);
  }

  /**
   * For a word that is no term but only starts a few ("zorgg", the start of "zorggroep"):
   * a whole term within its typos that occurs in at least MUCH_MORE_COMMON times as many
   * documents as the terms the word starts ("zorg"), or null. Meilisearch, which matches
   * within a typo, would find that term's documents too.
   */
  muchMoreCommon(word: string): string | null {
    const allowed = typosAllowed(word);
    if (allowed === 0) return null;
    const started = this.startingWith(word);
    if (started.some((t) => t.term === word)) return null;
    const startedDocs = started.reduce((n, t) => n + t.docs, 0);
    let best: VocabularyTerm | null = null;
    for (const candidate of this.startingWith(firstLetter(word))) {
      if (candidate.term.startsWith(word) || candidate.term.length > word.length + allowed) continue;
      // The whole term, not a prefix of it: extra letters of the term count as typos.
      const typos = typoCount(word, candidate.term, allowed) + Math.max(0, candidate.term.length - word.length);
      if (typos === 0 || typos > allowed) continue;
      if (!best || candidate.docs > best.docs) best = candidate;
    }
    return best && best.docs >= MUCH_MORE_COMMON * startedDocs ? best.term : null;
  }

  /**
   * The closest term within the typos the word's length allows; more frequent terms win
   * ties. As a wrong first letter costs two typos, only terms with the same first letter
   * can be one typo away; a word allowed two may have its first letter as its only typo
   * (wrong, extra, missing, or swapped with the second), and those terms are found by
   * prefix. So the scan never leaves one letter's run of the vocabulary.
   */
  closest(word: string): string | null {
    const allowed = typosAllowed(word);
    if (allowed === 0) return null;
    const first = firstLetter(word);
    const rest = word.slice(first.length);
    const candidates = [this.startingWith(first)];
    if (allowed >= 2) {
      candidates.push(this.startingWith(rest));
      const second = firstLetter(rest);
      candidates.push(this.startingWith(second + first + rest.slice(second.length)));
      for (const letter of this.firstLetters) {
        if (letter === first) continue;
        candidates.push(this.startingWith(letter + rest), this.startingWith(letter + word));
      }
    }
    let best: { term: string; typos: number; docs: number } | null = null;
    for (const run of candidates) {
      for (const { term, docs } of run) {
        if (term.length < word.length - allowed) continue;
        const typos = typoCount(word, term, allowed);
        if (typos > allowed) continue;
        if (!best || typos < best.typos || (typos === best.typos && (docs > best.docs || (docs === best.docs && term.length < best.term.length)))) {
          best = { term, typos, docs };
        }
      }
    }
    return best?.term ?? null;
  }
}

function firstLetter(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Meilisearch's defaults (minWordSizeForTypos): one typo from 5 letters, two from 9.
 * The Meilisearch engine sends these same thresholds in its settings.
 */
export const TYPO_MIN_WORD_SIZE = { oneTypo: 5, twoTypos: 9 } as const;

export function typosAllowed(word: string): number {
  const length = [...word].length;
  return length >= TYPO_MIN_WORD_SIZE.twoTypos ? 2 : length >= TYPO_MIN_WORD_SIZE.oneTypo ? 1 : 0;
}

/** Lower case without diacritics, as the index stores its terms ("Cliënt" → "client"). */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Typos between `word` and the closest prefix of `term` (or the whole term): optimal
 * string alignment distance, plus one when the first letters differ. Stops as soon as
 * every path costs more than `max` and then returns max + 1.
 */
export function typoCount(word: string, term: string, max: number): number {
  const a = [...word];
  const b = [...term];
  const extra = a[0] === b[0] ? 0 : 1;
  const limit = max - extra;
  if (limit < 0) return max + 1;
  const width = Math.min(b.length, a.length + limit);
  // Three rows of the DP table: two back (for swaps), one back, and the current one.
  let twoBack = new Array<number>(width + 1).fill(0);
  let previous = Array.from({ length: width + 1 }, (_, j) => j);
  let current = new Array<number>(width + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return max + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  // The word against every prefix of the term: the last row's minimum.
  let best = Infinity;
  for (let j = Math.max(0, a.length - limit); j <= width; j++) best = Math.min(best, previous[j]);
  return best + extra > max ? max + 1 : best + extra;
}

/**
 * The search text with each unknown word replaced by its closest indexed term, or null
 * when no word needed correcting or one could not be corrected.
 */
export function suggestSpelling(text: string, vocabulary: Vocabulary): string | null {
  const words = tokenize(text).slice(0, 8);
  let changed = false;
  const corrected: string[] = [];
  for (const word of words) {
    const folded = foldWord(word);
    if (vocabulary.hasPrefix(folded)) {
      const common = vocabulary.muchMoreCommon(folded);
      if (common) changed = true;
      corrected.push(common ?? word);
      continue;
    }
    const closest = vocabulary.closest(folded);
    if (!closest) return null;
    corrected.push(closest);
    changed = true;
  }
  return changed ? corrected.join(" ") : null;
}

/** Typed words finding fewer results than this are searched corrected, when a correction exists. */
export const FALLBACK_BELOW = 3;
/**
 * Up to this many results still count as "very little" when a correction finds at least
 * MUCH_MORE times as many ("zorgg": the 5 internships of Zorggroep; "zorg": every care one).
 */
export const FEW_RESULTS = 10;
const MUCH_MORE = 3;

/** Whether typed words that found `typedTotal` results are worth correcting at all. */
export function mayPreferCorrection(typedTotal: number): boolean {
  return typedTotal < FEW_RESULTS;
}

/** Whether the search page shows the corrected words' results instead of the typed words' (issue: typos that find). */
export function prefersCorrection(typedTotal: number, correctedTotal: number): boolean {
  if (!mayPreferCorrection(typedTotal)) return false;
  return typedTotal < FALLBACK_BELOW ? correctedTotal > typedTotal : correctedTotal >= MUCH_MORE * typedTotal;
}
