// The words of search, for both engines (DESIGN §4): tokens, Dutch and English stems,
// stop words, level phrases and Dutch compounds. Pure: what a document indexes and
// what a query asks for are made here, so the embedded engine and Meilisearch stem,
// split and ignore the same words.
//
// Stems come from the Snowball stemmers (@orama/stemmers). The language of a word is
// not known (an internship is written in Dutch, its qualification names also in
// English), so every word is indexed with both its Dutch and its English stem:
// "koks" → kok, "koken" → kok, "cooking" → cook.
import { stemmer as dutchStemmer } from "@orama/stemmers/dutch";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import workWords from "./work-words.json";

/** Lower case without diacritics, as FTS5's unicode61 tokenizer stores terms ("Cliënt" → "client"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Folded words of letters and digits, each once, in order; everything else separates words. */
export function words(text: string): string[] {
  return [...new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? [])];
}

const isNumber = (word: string) => /^\p{N}+$/u.test(word);

// Memo tables: an index of 200,000 internships has a few thousand distinct words, each
// stemmed and split once instead of once per occurrence. Emptied when they grow large.
const MEMO_LIMIT = 100_000;
function remember<V>(memo: Map<string, V>, key: string, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}
const stemMemo = new Map<string, string[]>();

/** The Dutch and the English stem of a folded word (one when they agree); a number is its own stem. */
export function stemsOf(word: string): string[] {
  if (isNumber(word) || word.length < 3) return [word];
  return remember(stemMemo, word, () => {
    const dutch = dutchStemmer(word);
    const english = englishStemmer(word);
    return dutch === english ? [dutch] : [dutch, english];
  });
}

/**
 * One stem to stand for a word where only one fits (Meilisearch's query, which has no
 * OR): the Dutch stem when the Dutch stemmer changed the word, else the English one.
 * It is always one of stemsOf(word), so it meets every document with that word.
 */
export function searchKey(word: string): string {
  const [dutch, english] = stemsOf(word);
  return dutch !== word || english === undefined ? dutch : english;
}

/**
 * Words that do not narrow a search for internships: every result is a "stage", and
 * articles and prepositions are in every description. "mbo" is the level of every
 * internship here ("mbo 4" becomes the level filter, see extractLevels).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "stage",
  "stages",
  "stageplek",
  "stageplaats",
  "internship",
  "internships",
  "mbo",
  "in",
  "de",
  "het",
  "een",
  "bij",
  "voor",
  "van",
  "op",
  "met",
  "en",
  "als",
  "the",
  "a",
  "an",
  "at",
  "of",
  "for",
  "and",
  "to",
]);

export const isStopWord = (word: string) => STOP_WORDS.has(word);

// "mbo 4", "niveau 2", "level 3", "mbo-4", "niveau2": a level, not words to match.
const LEVEL_PHRASE = /(?<![\p{L}\p{N}])(?:mbo|niveau|level)[\s-]*([1-4])(?![\p{L}\p{N}])/giu;

/** The levels named in a text ("niveau 2 kok" → [2]) and the text without them ("kok"). */
export function extractLevels(text: string): { text: string; levels: number[] } {
  const levels = new Set<number>();
  const rest = text.replace(LEVEL_PHRASE, (_, level: string) => {
    levels.add(Number(level));
    return " ";
  });
  return { text: rest.replace(/\s+/g, " ").trim(), levels: [...levels].sort((a, b) => a - b) };
}

const MIN_PART = 3;

/** The words compounds are split into, with a memo of the splits made with them. */
export type Lexicon = { has(word: string): boolean; readonly splits: Map<string, string[] | null> };

const lexiconOf = (set: ReadonlySet<string>): Lexicon => ({ has: (w) => set.has(w), splits: new Map() });

/** The base lexicon for splitting compounds: common work words (work-words.json). */
export const BASE_LEXICON: Lexicon = lexiconOf(new Set(workWords.words.map(fold)));

const lexiconMemo = new Map<string, Lexicon>();

/**
 * The base lexicon with more words (a document's keywords and qualification names).
 * Internships of one qualification share theirs, so each is made once.
 */
export function lexiconWith(texts: string[]): Lexicon {
  const extra = [...new Set(texts.flatMap(words).filter((w) => w.length >= MIN_PART && !isNumber(w)))].sort();
  if (extra.length === 0) return BASE_LEXICON;
  return remember(lexiconMemo, extra.join(" "), () => {
    const own = new Set(extra);
    return { has: (w) => own.has(w) || BASE_LEXICON.has(w), splits: new Map() };
  });
}

/**
 * The known parts of a Dutch compound ("keukenmedewerker" → keuken, medewerker), or
 * null. A word in the lexicon is not split. First the fewest lexicon words that make
 * up the whole word (a linking "s" between parts allowed: "veiligheidsmedewerker");
 * failing that, a known last part (the head of a Dutch compound) after a remainder of
 * at least three letters ("restaurantkeuken" → restaurant, keuken), or else a known
 * first part before a remainder of at least four ("pizzamaker" → pizza, maker).
 */
export function splitCompound(word: string, lexicon: Lexicon = BASE_LEXICON): string[] | null {
  if (word.length < 2 * MIN_PART || isNumber(word)) return null;
  return remember(lexicon.splits, word, () => split(word, lexicon));
}

function split(word: string, lexicon: Lexicon): string[] | null {
  if (lexicon.has(word)) return null;
  // best[i]: the fewest parts that make up word.slice(0, i).
  const best: (string[] | null)[] = new Array(word.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i + MIN_PART; j <= word.length; j++) {
      const part = word.slice(i, j);
      if (!lexicon.has(part)) continue;
      for (const end of j < word.length - 1 && word[j] === "s" ? [j, j + 1] : [j]) {
        const next = [...before, part];
        if (!best[end] || best[end]!.length > next.length) best[end] = next;
      }
    }
  }
  const whole = best[word.length];
  if (whole && whole.length >= 2) return whole;
  for (let i = MIN_PART; i <= word.length - MIN_PART - 1; i++) {
    const head = word.slice(i);
    if (lexicon.has(head)) return [word.slice(0, i).replace(/s$/, "") || word.slice(0, i), head];
  }
  for (let i = word.length - MIN_PART - 1; i >= MIN_PART; i--) {
    const first = word.slice(0, i);
    if (lexicon.has(first)) return [first, word.slice(word[i] === "s" && word.length - i > MIN_PART + 1 ? i + 1 : i)];
  }
  return null;
}

/** What a document's text fields are, for its stems. */
export type StemSource = {
  title: string;
  description: string;
  organisationName: string;
  qualificationNl: string | null;
  qualificationEn: string | null;
  keywords: string[];
};

const WORD = /[\p{L}\p{N}]+/gu;
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** A word's stems, its compound parts and their stems. */
function termsOf(word: string, parts: string[] | null): readonly string[] {
  const terms = new Set(stemsOf(word));
  for (const part of parts ?? []) {
    terms.add(part);
    for (const stem of stemsOf(part)) terms.add(stem);
  }
  return [...terms];
}

const baseTermsMemo = new Map<string, readonly string[]>();
const sameParts = (a: string[] | null, b: string[] | null) => a === b || (a !== null && b !== null && a.length === b.length && a.every((p, i) => p === b[i]));

/**
 * What one folded word adds to the stems column: its stems, its compound parts and their
 * stems. Remembered per lexicon; a word split as the base lexicon splits it (nearly every
 * word) shares the base list, so a lexicon's memo costs a map entry per word, not a list.
 */
function wordTerms(word: string, lexicon: Lexicon, memo: Map<string, readonly string[]>): readonly string[] {
  return remember(memo, word, () => {
    const base = remember(baseTermsMemo, word, () => termsOf(word, splitCompound(word)));
    if (lexicon === BASE_LEXICON) return base;
    const parts = word.length < 2 * MIN_PART || isNumber(word) ? null : split(word, lexicon);
    return sameParts(parts, splitCompound(word)) ? base : termsOf(word, parts);
  });
}

/** The words of a text as the text columns hold them (`typed`) and the terms they add to the stems column (`terms`). */
function collect(text: string, lexicon: Lexicon, memo: Map<string, readonly string[]>, typed: Set<string>, terms: Set<string>, known?: ReadonlySet<string>) {
  const folded = fold(text);
  if (folded.includes("-")) for (const hyphenated of folded.match(HYPHENATED) ?? []) for (const stem of stemsOf(hyphenated.replace(/-/g, ""))) terms.add(stem);
  for (const word of folded.match(WORD) ?? []) {
    if (typed.has(word) || known?.has(word)) continue;
    typed.add(word);
    for (const term of wordTerms(word, lexicon, memo)) terms.add(term);
  }
}

/**
 * What the internships of one qualification and sector share: the lexicon for their
 * compounds, the words and terms of the qualification names and keywords, and a memo of
 * the terms of each word (so a word is stemmed and split once per lexicon).
 */
type SharedStems = { lexicon: Lexicon; memo: Map<string, readonly string[]>; typed: Set<string>; terms: Set<string> };
const sharedMemo = new Map<string, SharedStems>();
/** The terms of each word per lexicon (qualifications with the same words share one). */
const termsPerLexicon = new WeakMap<Lexicon, Map<string, readonly string[]>>();

function sharedStems(d: StemSource): SharedStems {
  const texts = [d.qualificationNl ?? "", d.qualificationEn ?? "", ...(d.keywords ?? [])];
  return remember(sharedMemo, texts.join("\u0001"), () => {
    const lexicon = lexiconWith(texts);
    let memo = termsPerLexicon.get(lexicon);
    if (!memo) termsPerLexicon.set(lexicon, (memo = new Map()));
    const shared: SharedStems = { lexicon, memo, typed: new Set(), terms: new Set() };
    for (const text of texts) collect(text, shared.lexicon, shared.memo, shared.typed, shared.terms);
    return shared;
  });
}

/**
 * The stems column of a document: the stems of every word of its title, description,
 * organisation, qualification names and keywords; the parts of its compounds with
 * their stems; and the joined form of its hyphenated words ("ICT-support" → ictsupport),
 * whose parts the tokenizer already separates. A term that is itself one of the
 * document's words is left out: the text columns hold it already, and a query looks for
 * stems in every column (see ftsMatchExpression). Space-separated, each term once.
 */
export function documentStems(d: StemSource): string {
  const shared = sharedStems(d);
  const typed = new Set<string>();
  const terms = new Set<string>();
  for (const text of [d.title, d.description, d.organisationName]) collect(text, shared.lexicon, shared.memo, typed, terms, shared.typed);
  const out: string[] = [];
  for (const term of shared.terms) if (!shared.typed.has(term) && !typed.has(term)) out.push(term);
  for (const term of terms) if (!shared.typed.has(term) && !typed.has(term) && !shared.terms.has(term)) out.push(term);
  return out.join(" ");
}

/** One word of a query: as typed (folded), its stems, and its compound parts if any. */
export type QueryTerm = { word: string; stems: string[]; parts: { word: string; stems: string[] }[] };

export const MAX_QUERY_WORDS = 8;

/**
 * Heads of compounds that say "someone who works" and nothing about the work: in a typed
 * "horecamedewerker" the student asks for work in horeca, whatever the internship's
 * title calls the person, so only the other parts are required.
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "medewerker",
  "medewerkster",
  "medewerkers",
  "werker",
  "assistent",
  "stagiair",
  "stagiaire",
  "kracht",
  "hulp",
]);

/** A typed compound's parts that narrow the search: generic heads dropped while another part remains. */
function narrowingParts(word: string): string[] {
  const parts = splitCompound(word) ?? [];
  const specific = parts.filter((part) => !GENERIC_HEADS.has(part));
  return specific.length > 0 ? specific : parts;
}

/** The words of a query that narrow it: stop words dropped, at most eight, compounds split. */
export function queryTerms(text: string): QueryTerm[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => ({
      word,
      stems: stemsOf(word),
      parts: narrowingParts(word).map((part) => ({ word: part, stems: stemsOf(part) })),
    }));
}
