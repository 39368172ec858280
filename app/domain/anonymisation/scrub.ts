import { foldWithOffsets, normalizeForMatch } from "./normalize";

/**
 * What replaces each kind of contact detail. Visible markers rather than silent
 * deletion: the student sees exactly what the employer will see (DESIGN §3.3)
 * and the UI can explain each marker. Kept in Dutch because the marker is part
 * of the stored text the employer reads, not a UI string.
 */
export const SCRUB_MARKERS = {
  email: "[e-mail]",
  phone: "[telefoon]",
  url: "[link]",
  name: "[naam]",
} as const;

export type ScrubKind = keyof typeof SCRUB_MARKERS;

export interface ScrubReplacement {
  kind: ScrubKind;
  original: string;
}

export interface ScrubResult {
  text: string;
  replacements: ScrubReplacement[];
}

export interface ScrubOptions {
  /** The student's own names: first name, "van der Berg", "Bakker-El Amrani", … */
  names: string[];
}

interface Span {
  start: number;
  end: number;
  kind: ScrubKind;
}

// When two findings overlap the more specific one wins: the domain inside an
// e-mail address is not a separate link, a name inside a URL is part of the link.
const PRIORITY: Record<ScrubKind, number> = { email: 0, url: 1, phone: 2, name: 3 };

export function scrubText(text: string, opts: ScrubOptions): ScrubResult {
  const candidates = [
    ...findEmails(text),
    ...findObfuscatedEmails(text),
    ...findUrls(text),
    ...findSocialHandles(text),
    ...findPhones(text),
    ...findSpelledPhones(text),
    ...findNames(text, opts.names),
  ].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);

  const accepted: Span[] = [];
  for (const span of candidates) {
    if (accepted.every((other) => span.end <= other.start || span.start >= other.end)) {
      accepted.push(span);
    }
  }
  accepted.sort((a, b) => a.start - b.start);

  let out = "";
  let cursor = 0;
  const replacements: ScrubReplacement[] = [];
  for (const span of accepted) {
    out += text.slice(cursor, span.start) + SCRUB_MARKERS[span.kind];
    replacements.push({ kind: span.kind, original: text.slice(span.start, span.end) });
    cursor = span.end;
  }
  out += text.slice(cursor);
  return { text: out, replacements };
}

// ───────────────────────── e-mail ─────────────────────────

// Also the common "jan (at) roc.nl" dodge: students who expect a filter try it.
const EMAIL =
  /(?<![\w.%+-])[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*(?:@|\s?[[(]\s?at\s?[\])]\s?)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?![\w-])/gi;

function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "email" as const,
  }));
}

// Deliberate obfuscation: "j a n @ gmail . com", "jan apenstaartje gmail punt
// com", "noa at gmail punt com", "jan (at) gmail (dot) com". The written-out
// "at" and "punt"/"dot" only count when a domain with a common mail TLD follows,
// so "ik werk graag at home" stays as it is. Spaced dots and spelled-out dots take
// only these TLDs: a sentence break followed by "de" or "me" is not a domain.
const OBFUSCATED_TLDS = ["com", "nl", "net", "org", "be", "eu", "info", "io", "live"];
const SPACED = (word: string) => word.split("").join(String.raw`\s?`);
const OBF_LABEL = String.raw`(?:[a-z0-9](?:\s[a-z0-9]){2,}|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`;
const OBF_LOCAL = String.raw`(?:[a-z0-9](?:\s[a-z0-9])+|[a-z0-9][a-z0-9._%+-]*)`;
const OBF_AT = String.raw`(?:\s*(?:@|[([{]\s*(?:at|apenstaartje)\s*[)\]}])\s*|\s+(?:at|apenstaartje)\s+)`;
const OBF_DOT = String.raw`(?:\s*(?:\.|[([{]\s*(?:dot|punt)\s*[)\]}])\s*|\s+(?:dot|punt)\s+)`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])${OBF_LOCAL}${OBF_AT}${OBF_LABEL}(?:${OBF_DOT}${OBF_LABEL})*?${OBF_DOT}(?:${OBFUSCATED_TLDS.map(SPACED).join("|")})(?![\w-])`,
  "gi",
);

function findObfuscatedEmails(text: string): Span[] {
  return [...text.matchAll(OBFUSCATED_EMAIL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "email" as const,
  }));
}

// ───────────────────────── URLs ─────────────────────────

// Bare domains ("example.nl/portfolio") are only recognised with a known
// top-level domain. Without that list every abbreviation with dots ("e.g.",
// "t.o.v.", "bv.") and every missing space after a full stop would look like a
// domain. The TLD must be lowercase for the same reason: "stage.De volgende…"
// is a typo, "stage.de" is a site. Known false positive: "socket.io" as a skill.
const BARE_TLDS = [
  "nl",
  "com",
  "org",
  "net",
  "io",
  "eu",
  "be",
  "de",
  "fr",
  "uk",
  "dev",
  "app",
  "me",
  "info",
  "co",
  "nu",
  "frl",
  "amsterdam",
  "online",
  "site",
  "page",
  "tech",
  "xyz",
  "ly",
  "gl",
  "gg",
  "link",
  "cloud",
  "design",
  "art",
  "studio",
  "tv",
  "ai",
  "biz",
  "edu",
  "portfolio",
  "blog",
  "email",
  "work",
  "website",
];

const SCHEME_URL = /\b(?:https?|ftp):\/\/[^\s<>"'`]+/gi;
const WWW_URL = /(?<![\w@./-])www\.[^\s<>"'`]+/gi;
const BARE_URL = new RegExp(
  String.raw`(?<![\w@./-])(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+(?:${BARE_TLDS.join("|")})` +
    // Not "jan.de" inside "jan.de.vries", not "site.nl" inside "site.nlx".
    String.raw`(?![\w-]|\.[\w-])(?:[/?#][^\s<>"'\`]*)?`,
  "g",
);

// A URL at the end of a sentence or inside brackets must not take the full
// stop or the closing bracket with it.
function trimUrlEnd(url: string): string {
  let result = url;
  for (;;) {
    const last = result.at(-1);
    if (last === undefined) return result;
    if (".,;:!?'\"".includes(last)) {
      result = result.slice(0, -1);
      continue;
    }
    if (last === ")" && count(result, "(") < count(result, ")")) {
      result = result.slice(0, -1);
      continue;
    }
    if (last === "]" && count(result, "[") < count(result, "]")) {
      result = result.slice(0, -1);
      continue;
    }
    return result;
  }
}

function count(s: string, char: string): number {
  return s.split(char).length - 1;
}

function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [SCHEME_URL, WWW_URL, BARE_URL]) {
    for (const m of text.matchAll(pattern)) {
      const url = trimUrlEnd(m[0]);
      if (url.length > 0) spans.push({ start: m.index, end: m.index + url.length, kind: "url" });
    }
  }
  return spans;
}

// ───────────────────────── social handles ─────────────────────────

// A handle is a link to a profile, so it gets the link marker: "@janjansen",
// "insta: janjansen", "snap janjansen", "mijn tiktok is janjansen".
const PLATFORMS = [
  "instagram",
  "insta",
  "ig",
  "snapchat",
  "snap",
  "tiktok",
  "tik tok",
  "twitter",
  "facebook",
  "fb",
  "discord",
  "telegram",
  "threads",
  "youtube",
  "twitch",
  "linkedin",
  "github",
  "bereal",
  "pinterest",
];

// Words that follow a platform name in ordinary sentences ("ik zit op Instagram
// en TikTok", "TikTok filmpjes maken"): after a platform without ":" or "@"
// these are never taken for a handle.
const NOT_A_HANDLE = new Set([
  "en",
  "of",
  "maar",
  "want",
  "omdat",
  "ook",
  "is",
  "ben",
  "was",
  "heb",
  "had",
  "zijn",
  "wordt",
  "werd",
  "om",
  "te",
  "op",
  "in",
  "met",
  "voor",
  "van",
  "de",
  "het",
  "een",
  "die",
  "dat",
  "waar",
  "wat",
  "als",
  "dan",
  "zo",
  "nog",
  "al",
  "wel",
  "niet",
  "veel",
  "vaak",
  "soms",
  "bij",
  "door",
  "naar",
  "sinds",
  "ik",
  "je",
  "jij",
  "we",
  "wij",
  "ze",
  "zij",
  "hun",
  "mijn",
  "onze",
  "jullie",
  "jouw",
  "er",
  "hier",
  "daar",
  "heel",
  "erg",
  "leuk",
  "gebruik",
  "gebruiken",
  "maken",
  "gemaakt",
  "bijhouden",
  "beheren",
  "posten",
  "plaatsen",
  "filmpjes",
  "filmpje",
  "video",
  "videos",
  "posts",
  "post",
  "account",
  "accounts",
  "pagina",
  "paginas",
  "kanaal",
  "content",
  "reels",
  "reel",
  "stories",
  "story",
  "berichten",
  "campagne",
  "campagnes",
  "marketing",
  "advertenties",
  "volgers",
  "and",
  "or",
  "but",
  "because",
  "also",
  "are",
  "the",
  "a",
  "an",
  "to",
  "for",
  "with",
  "on",
  "of",
  "at",
  "by",
  "from",
  "i",
  "my",
  "our",
  "your",
  "their",
  "it",
  "page",
  "pages",
  "channel",
  "ads",
  "followers",
  "influencers",
  "trends",
  "live",
  "groep",
  "groepen",
  "goed",
  "beter",
  "best",
  "dagelijks",
  "elke",
  "iedere",
  "altijd",
  "nooit",
  "bijna",
  "zakelijk",
  "populair",
  "belangrijk",
  "groot",
  "every",
  "daily",
  "well",
  "good",
  "too",
  "very",
  "really",
  "so",
]);

const PLATFORM_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PLATFORMS.map((p) => p.replace(" ", String.raw`\s?`)).join("|")})` +
    String.raw`(?:\s*(?:naam|name|account|handle))?(\s*(?:[:=]|\bis\b)?\s*)(@?)([a-z0-9_](?:[a-z0-9._]{0,28}[a-z0-9_])?)(?![\p{L}\p{N}_'-]|\.[a-z0-9])`,
  "gu",
);
const BARE_HANDLE = /(?<![\p{L}\p{N}_.@+-])@[a-z0-9_](?:[a-z0-9._]{0,28}[a-z0-9_])?(?![\p{L}\p{N}_@-]|\.[a-z0-9])/gu;

function findSocialHandles(text: string): Span[] {
  const { folded, originStart, originEnd } = foldWithOffsets(text);
  const toSpan = (start: number, end: number): Span => ({ start: originStart[start], end: originEnd[end - 1], kind: "url" });
  const spans: Span[] = [];
  for (const m of folded.matchAll(PLATFORM_HANDLE)) {
    const [whole, connector, at, handle] = m;
    const marked = /[:=]/.test(connector) || at === "@";
    if (!marked && (connector.length === 0 || NOT_A_HANDLE.has(handle))) continue;
    const end = m.index + whole.length;
    spans.push(toSpan(end - at.length - handle.length, end));
  }
  for (const m of folded.matchAll(BARE_HANDLE)) spans.push(toSpan(m.index, m.index + m[0].length));
  return spans;
}

// ───────────────────────── phone numbers ─────────────────────────

// A run of digit groups joined by single separators ("06 1234 5678",
// "+31(0)6-12345678", "(020) 123 4567"). Which part of the run is a phone number
// is decided afterwards by counting digits, because the run may also hold a
// year or a date next to the number.
const PHONE_GROUP = String.raw`(?:\(\d{1,4}\)|\d+)`;
const PHONE_SEPARATOR = String.raw`(?:[ \t]{0,3}[-./][ \t]{0,3}|[ \t]{1,3}|)`;
const PHONE_RUN = new RegExp(String.raw`(?<![\w+])(?:\+[ \t]?)?${PHONE_GROUP}(?:${PHONE_SEPARATOR}${PHONE_GROUP})*`, "g");
const PHONE_TOKEN = /\(\d+\)|\d+/g;

interface PhoneToken {
  text: string;
  digits: string;
  start: number;
  end: number;
  separatorBefore: string;
}

/**
 * Digit-count rules instead of a list of formats, so every spacing variant is
 * caught:
 * - Dutch national numbers have 10 digits starting with 0 (06…, 020…, 0475…);
 *   0800/090x service numbers have 8 to 11.
 * - International (+ or 00): 9 to 15 digits after the prefix (E.164 allows at
 *   most 15), exactly 11 for +31. The "(0)" in "+31(0)6…" is not dialled, so
 *   not counted.
 * Years, postcodes, crebo codes, amounts and hours never start with 0 or + and
 * never reach 10 digits, so they fall outside these rules.
 */
function isPhoneNumber(tokens: PhoneToken[], international: boolean): boolean {
  if (international) {
    return isInternationalNumber(
      tokens
        .filter((t, i) => !(i > 0 && t.text === "(0)"))
        .map((t) => t.digits)
        .join(""),
    );
  }
  const digits = tokens.map((t) => t.digits).join("");
  if (digits.startsWith("00")) return isInternationalNumber(digits.slice(2));
  if (!digits.startsWith("0")) return false;
  if (/^0(?:800|90\d)/.test(digits)) return digits.length >= 8 && digits.length <= 11;
  return digits.length === 10;
}

// Digits after + or 00. Dutch numbers are exactly 11 (31 + 9), which keeps a
// year written after the number ("+31 6 12345678 2024") out of it; for other
// countries the length varies, so the longest run up to 15 digits is taken.
function isInternationalNumber(digits: string): boolean {
  if (digits.startsWith("0")) return false;
  if (digits.startsWith("31")) return digits.length === 11;
  return digits.length >= 9 && digits.length <= 15;
}

// "01-03-2025 12:00" has ten digits and starts with 0. A leading day-month-year
// shape is a date, never a phone number.
function startsWithDate(tokens: PhoneToken[]): boolean {
  if (tokens.length < 3) return false;
  const [day, month, year] = tokens;
  const separator = month.separatorBefore.trim();
  return (
    /^\d{1,2}$/.test(day.text) &&
    /^\d{1,2}$/.test(month.text) &&
    /^\d{4}$/.test(year.text) &&
    Number(month.text) >= 1 &&
    Number(month.text) <= 12 &&
    separator.length === 1 &&
    "-./".includes(separator) &&
    year.separatorBefore.trim() === separator
  );
}

function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(PHONE_RUN)) {
    const runText = run[0];
    const plus = runText.startsWith("+");
    const tokens: PhoneToken[] = [];
    let previousEnd = plus ? 1 : 0;
    for (const t of runText.matchAll(PHONE_TOKEN)) {
      tokens.push({
        text: t[0],
        digits: t[0].replace(/\D/g, ""),
        start: run.index + t.index,
        end: run.index + t.index + t[0].length,
        separatorBefore: runText.slice(previousEnd, t.index),
      });
      previousEnd = t.index + t[0].length;
    }

    let i = 0;
    while (i < tokens.length) {
      const international = plus && i === 0;
      const first = tokens[i];
      const found = (international || first.digits.startsWith("0")) && !startsWithDate(tokens.slice(i)) ? longestPhoneFrom(tokens, i, international) : -1;
      if (found === -1) {
        i += 1;
        continue;
      }
      spans.push({ start: international ? run.index : first.start, end: tokens[found].end, kind: "phone" });
      i = found + 1;
    }
  }
  return spans;
}

/** Index of the last token of the longest phone number starting at `from`, or -1. */
function longestPhoneFrom(tokens: PhoneToken[], from: number, international: boolean): number {
  for (let last = tokens.length - 1; last >= from; last--) {
    if (isPhoneNumber(tokens.slice(from, last + 1), international)) return last;
  }
  return -1;
}

// A phone number written in words or with a word among the digits: "nul zes
// een twee drie vier vijf zes zeven acht", "zero six one two …". Nine digits or
// more in one run: counting aloud in a motivation never gets that far.
const DIGIT_WORDS: Record<string, string> = {
  nul: "0",
  zero: "0",
  een: "1",
  one: "1",
  twee: "2",
  two: "2",
  drie: "3",
  three: "3",
  vier: "4",
  four: "4",
  vijf: "5",
  five: "5",
  zes: "6",
  six: "6",
  zeven: "7",
  seven: "7",
  acht: "8",
  eight: "8",
  negen: "9",
  nine: "9",
};
const DIGIT_TOKEN = String.raw`(?:${Object.keys(DIGIT_WORDS).join("|")}|\d+)`;
const SPELLED_PHONE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\+\s?)?${DIGIT_TOKEN}(?:(?:\s*[-.,/]\s*|\s+)${DIGIT_TOKEN})+(?![\p{L}\p{N}])`, "gu");

function findSpelledPhones(text: string): Span[] {
  const { folded, originStart, originEnd } = foldWithOffsets(text);
  const spans: Span[] = [];
  for (const m of folded.matchAll(SPELLED_PHONE)) {
    const tokens = m[0].match(new RegExp(DIGIT_TOKEN, "gu")) ?? [];
    if (!tokens.some((t) => t in DIGIT_WORDS)) continue;
    const digits = tokens.map((t) => DIGIT_WORDS[t] ?? t).join("");
    if (digits.length < 9 || digits.length > 15) continue;
    spans.push({ start: originStart[m.index], end: originEnd[m.index + m[0].length - 1], kind: "phone" });
  }
  return spans;
}

// ───────────────────────── names ─────────────────────────

// Dutch (and a few other) name particles. "van der Berg" is replaced as a whole
// and "Berg" on its own, but "van" and "der" alone are ordinary words.
const NAME_PARTICLES = new Set([
  "van",
  "der",
  "den",
  "de",
  "het",
  "'t",
  "te",
  "ten",
  "ter",
  "in",
  "op",
  "'s",
  "aan",
  "bij",
  "uit",
  "voor",
  "onder",
  "over",
  "la",
  "le",
  "du",
  "da",
  "di",
  "del",
  "della",
  "dos",
  "das",
  "do",
  "von",
  "zu",
  "el",
  "al",
  "d'",
  "l'",
  "y",
  "e",
]);

/**
 * Every form in which a student's name may appear on its own: the names as
 * given, each part of a double name ("Bakker-El Amrani" → "Bakker",
 * "El Amrani"), and each word that is not a particle ("Berg", "Amrani",
 * "Souza" from "D'Souza", "Hart" from "'t Hart"). Derived parts need three
 * letters so that fragments like "El" or "Li" of a longer name do not wipe out
 * ordinary words; names given in full need two.
 */
export function nameVariants(names: string[]): string[] {
  const variants = new Set<string>();
  for (const raw of names) {
    const name = normalizeForMatch(raw).trim().replace(/\s+/g, " ");
    if (name.length < 2) continue;
    variants.add(name);
    const derived = [...name.split(/\s*-\s*/), ...name.split(/[\s-]+/), ...name.split(/[\s-]+/).flatMap((word) => word.split("'"))];
    for (const part of derived) {
      const trimmed = part.trim();
      if (trimmed.length >= 3 && !NAME_PARTICLES.has(trimmed)) variants.add(trimmed);
    }
  }
  // Longest first, so "van der berg" wins over "berg" at the same position.
  return [...variants].sort((a, b) => b.length - a.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function namePattern(variant: string): string {
  return variant
    .split(/\s*-\s*/)
    .map((part) =>
      part
        .split(" ")
        .map(escapeRegExp)
        .join(String.raw`\s+`),
    )
    .join(String.raw`\s*-\s*`);
}

function findNames(text: string, names: string[]): Span[] {
  const variants = nameVariants(names);
  if (variants.length === 0) return [];
  const { folded, originStart, originEnd } = foldWithOffsets(text);
  // Whole words only: "Jan" must not hit "Januari", but "jan." is still Jan.
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${variants.map(namePattern).join("|")})(?![\p{L}\p{N}])`, "gu");
  return [...folded.matchAll(pattern)].map((m) => ({
    start: originStart[m.index],
    end: originEnd[m.index + m[0].length - 1],
    kind: "name" as const,
  }));
}
