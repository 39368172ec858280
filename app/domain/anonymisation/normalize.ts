// Letters that Unicode does not decompose into "base + accent", so NFD alone
// would leave them unmatched against the plain spelling a student types.
const EXTRA_FOLDS: Record<string, string> = {
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ı: "i",
};

// Apostrophe look-alikes: phones and word processors turn ' into ’, and a name
// like D'Souza must match however it was typed.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u00B4`]/g;

/**
 * Folds one character the way names are compared: lowercase, accents removed.
 * Lowercasing first matters: "İ".toLowerCase() yields "i" plus a combining dot,
 * which the mark-stripping step then removes.
 */
function foldChar(char: string): string {
  const folded = char.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(APOSTROPHES, "'");
  return EXTRA_FOLDS[folded] ?? folded;
}

/** Case- and accent-insensitive form of a string: "José Özil" → "jose ozil". */
export function normalizeForMatch(s: string): string {
  let out = "";
  for (const char of s) out += foldChar(char);
  return out;
}

/**
 * Normalised text together with, for every normalised UTF-16 unit, the range of
 * the original text it came from. Matching happens on the normalised text and
 * replacements on the original, so the rest of the text stays byte-for-byte.
 */
export interface FoldedText {
  folded: string;
  originStart: number[];
  originEnd: number[];
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = "";
  const originStart: number[] = [];
  const originEnd: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    // A loose combining accent (text already in NFD) folds to nothing; attach it
    // to the letter before so a replaced name does not leave the accent behind.
    if (piece === "" && originEnd.length > 0) originEnd[originEnd.length - 1] = index + char.length;
    for (let i = 0; i < piece.length; i++) {
      originStart.push(index);
      originEnd.push(index + char.length);
    }
    folded += piece;
    index += char.length;
  }
  return { folded, originStart, originEnd };
}
