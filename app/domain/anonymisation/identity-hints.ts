import { foldWithOffsets } from "./normalize";

/**
 * Passages in a motivation that tell who the student is without being contact
 * details: their age, their school, their origin. These are not removed (a
 * sentence about them is often the student's own story), only pointed out in
 * the preview so the student can decide before sending (DESIGN §3.3).
 */
export type IdentityHintKind = "age" | "school" | "origin";

export interface IdentityHint {
  kind: IdentityHintKind;
  start: number;
  end: number;
  text: string;
}

interface Span {
  kind: IdentityHintKind;
  start: number;
  end: number;
}

/** Every passage about age, school or origin, in text order and never overlapping. */
export function findIdentityHints(text: string): IdentityHint[] {
  const { folded, originStart, originEnd } = foldWithOffsets(text);
  const fromFolded = (kind: IdentityHintKind, start: number, end: number): Span => ({
    kind,
    start: originStart[start],
    end: originEnd[end - 1],
  });
  const found: Span[] = [
    ...matches(folded, AGE_PATTERNS).map(([start, end]) => fromFolded("age", start, end)),
    ...matches(folded, ORIGIN_PATTERNS).map(([start, end]) => fromFolded("origin", start, end)),
    // School names are matched on the original text: capitals tell a school
    // ("Nova College") from a lecture ("een college volgen").
    ...matches(text, SCHOOL_PATTERNS).map(([start, end]) => ({ kind: "school" as const, start, end })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const accepted: Span[] = [];
  for (const span of found) {
    const last = accepted.at(-1);
    if (last && span.start < last.end) {
      if (span.end > last.end && span.kind === last.kind) last.end = span.end;
      continue;
    }
    accepted.push({ ...span });
  }
  return accepted.map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
}

function matches(text: string, patterns: RegExp[]): [number, number][] {
  const out: [number, number][] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      // Trailing whitespace or punctuation is never part of the passage.
      const trimmed = m[0].replace(/[\s.,;:!?)]+$/u, "");
      if (trimmed.length > 0) out.push([m.index, m.index + trimmed.length]);
    }
  }
  return out;
}

const words = (list: string[]) => list.join("|");
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

// ───────────────────────── age ─────────────────────────

// Ages a student states: 12 to 29, also written out.
const AGE_NUMBER = String.raw`(?:1[2-9]|2\d|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeentwintig|drieentwintig|vierentwintig|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four))?)`;
const YEAR = String.raw`(?:19[89]\d|20[0-2]\d)`;
const MONTHS = String.raw`(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)`;

// "ik ben 20 uur beschikbaar", "ik ben 15 jaar bezig": a number, not an age.
const NOT_AN_AGE = String.raw`(?![\p{L}\p{N}])(?!\s*(?:uur|euro|minuten|keer|hours|weeks?|weken|maanden|months|dagen|days)(?![\p{L}\p{N}]))(?!\s*(?:jaar|years?)\s+(?:bezig|geleden|lang|werkzaam|in\s+dienst|ago|working))`;

const AGE_PATTERNS = [
  // "ik ben 17 jaar (oud)", "I am 17 (years old)", "ik word 18".
  new RegExp(
    String.raw`${B}(?:ik ben|ik word|i am|i'm|im)\s+(?:nu\s+|bijna\s+|already\s+|almost\s+)?${AGE_NUMBER}${NOT_AN_AGE}(?:\s*(?:jaar|jr\.?)(?:\s+oud)?|\s*years?(?:\s+old)?)?${E}`,
    "gu",
  ),
  // "17 jaar oud", "17-jarige", "a 17-year-old", "17 years old", "mijn leeftijd is 17".
  new RegExp(String.raw`${B}${AGE_NUMBER}\s*(?:jaar\s+oud|-?\s?jarige?|years?\s+old|-year-old)${E}`, "gu"),
  new RegExp(String.raw`${B}(?:mijn leeftijd is|my age is|leeftijd:|age:)\s*${AGE_NUMBER}${E}`, "gu"),
  // "geboren in 2008", "geboren op 3 mei 2008", "born in 2008", "born on 3 May 2008".
  new RegExp(
    String.raw`${B}(?:geboren|born)\s+(?:in|op|on)?\s*(?:\d{1,2}[-/.\s]+(?:\d{1,2}|${MONTHS})[-/.\s]+|${MONTHS}\s+(?:\d{1,2},?\s+)?)?${YEAR}${E}`,
    "gu",
  ),
  new RegExp(String.raw`${B}(?:geboortejaar|year of birth)\s*:?\s*${YEAR}${E}`, "gu"),
];

// ───────────────────────── school ─────────────────────────

// MBO schools (ROCs, vakscholen, AOCs) and names built on "college" or "lyceum".
const SCHOOL_NAMES = [
  "Grafisch Lyceum(?: Rotterdam| Utrecht)?",
  "Hout- en Meubileringscollege",
  "Mediacollege(?: Amsterdam)?",
  "Zadkine",
  "Albeda",
  "Summa(?: College)?",
  "Deltion",
  "Noorderpoort",
  "Scalda",
  "Curio",
  "Aventus",
  "Yuverta",
  "Firda",
  "Cibap",
  "Sint Lucas",
  "SintLucas",
  "Rijn IJssel",
  "Landstede",
  "Alfa-college",
  "MBO Rijnland",
  "MBO Utrecht",
  "MBO Amersfoort",
  "Techniek College Rotterdam",
  "Koning Willem I College",
  "Vista college",
  "Nimeto",
  "Wellant(?:college)?",
  "Clusius College",
  "Helicon",
  "Aeres(?: MBO)?",
  "STC",
  "Nova College",
  "Da Vinci College",
  "Horizon College",
  "Graafschap College",
  "Drenthe College",
  "Friesland College",
  "Zone\\.college",
  "Hoornbeeck",
  "Astrum College",
  "Cingel College",
];

// Lecture types that end in "college" and are no school.
const LECTURE = String.raw`(?:hoor|werk|gast|responsie|proef)college`;

const SCHOOL_PATTERNS = [
  // "ROC van Amsterdam", "ROC Flevoland", "ROC Nova College", "ROC TOP".
  new RegExp(String.raw`${B}(?:ROC|roc|Roc)(?:\s+(?:van|de|het)\s+|\s+)(?:\p{Lu}[\p{L}'-]*|[A-Z]{2,})(?:\s+(?:\p{Lu}[\p{L}'-]*|[A-Z]{2,})){0,2}${E}`, "gu"),
  new RegExp(String.raw`${B}(?:ROC|roc)${E}`, "gu"),
  new RegExp(String.raw`${B}(?:${words(SCHOOL_NAMES)})${E}`, "giu"),
  // "Mediacollege", "Wellantcollege", "Alfa-college" (not "hoorcollege").
  new RegExp(String.raw`${B}(?!${LECTURE}${E})\p{L}{3,}-?college${E}`, "giu"),
  // "Nova College", "Da Vinci College": a capitalised name before a capital "College".
  new RegExp(String.raw`${B}(?:\p{Lu}[\p{L}'-]*\s+){1,3}College${E}`, "gu"),
  new RegExp(String.raw`${B}(?:\p{Lu}[\p{L}'-]*\s+){1,2}Lyceum${E}`, "gu"),
];

// ───────────────────────── origin ─────────────────────────

// Adjectives of nationality and origin, folded (no accents), Dutch and English.
const ORIGIN_ADJECTIVES = [
  "marokkaanse?",
  "turkse?",
  "surinaamse?",
  "antilliaanse?",
  "arubaanse?",
  "curacaose?",
  "poolse?",
  "syrische?",
  "eritrese?",
  "eritrees",
  "somalische?",
  "afghaanse?",
  "iraakse?",
  "iraanse?",
  "ghanese?",
  "ghanees",
  "nigeriaanse?",
  "kaapverdische?",
  "indonesische?",
  "molukse?",
  "chinese?",
  "chinees",
  "bulgaarse?",
  "roemeense?",
  "egyptische?",
  "koerdische?",
  "bosnische?",
  "servische?",
  "kroatische?",
  "oekraiense?",
  "russische?",
  "indiase?",
  "indiaas",
  "hindoestaanse?",
  "pakistaanse?",
  "ethiopische?",
  "algerijnse?",
  "tunesische?",
  "soedanese?",
  "jemenitische?",
  "libanese?",
  "palestijnse?",
  "braziliaanse?",
  "colombiaanse?",
  "filipijnse?",
  "vietnamese?",
  "portugese?",
  "spaanse?",
  "italiaanse?",
  "griekse?",
  "hongaarse?",
  "litouwse?",
  "letse?",
  "slowaakse?",
  "tsjechische?",
  "keniaanse?",
  "congolese?",
  "angolese?",
  "senegalese?",
  "gambiaanse?",
  "guineese?",
  "arabische?",
  "berberse?",
  "nederlandse?",
  "duitse?",
  "belgische?",
  "britse?",
  "franse?",
  "amerikaanse?",
  "moroccan",
  "turkish",
  "surinamese",
  "antillean",
  "polish",
  "syrian",
  "eritrean",
  "somali",
  "afghan",
  "iraqi",
  "iranian",
  "ghanaian",
  "nigerian",
  "cape verdean",
  "indonesian",
  "moluccan",
  "chinese",
  "bulgarian",
  "romanian",
  "egyptian",
  "kurdish",
  "bosnian",
  "serbian",
  "croatian",
  "ukrainian",
  "russian",
  "indian",
  "pakistani",
  "ethiopian",
  "algerian",
  "tunisian",
  "sudanese",
  "yemeni",
  "lebanese",
  "palestinian",
  "brazilian",
  "colombian",
  "filipino",
  "vietnamese",
  "portuguese",
  "spanish",
  "italian",
  "greek",
  "hungarian",
  "lithuanian",
  "latvian",
  "slovak",
  "czech",
  "kenyan",
  "congolese",
  "angolan",
  "senegalese",
  "arab",
  "berber",
  "dutch",
  "german",
  "belgian",
  "british",
  "french",
  "american",
];

// Countries and regions of origin, folded, Dutch and English.
const COUNTRIES = [
  "marokko",
  "morocco",
  "turkije",
  "turkey",
  "turkiye",
  "suriname",
  "curacao",
  "aruba",
  "bonaire",
  "de antillen",
  "polen",
  "poland",
  "syrie",
  "syria",
  "eritrea",
  "somalie",
  "somalia",
  "afghanistan",
  "irak",
  "iraq",
  "iran",
  "ghana",
  "nigeria",
  "kaapverdie",
  "cape verde",
  "indonesie",
  "indonesia",
  "de molukken",
  "china",
  "bulgarije",
  "bulgaria",
  "roemenie",
  "romania",
  "egypte",
  "egypt",
  "koerdistan",
  "kurdistan",
  "bosnie",
  "bosnia",
  "servie",
  "serbia",
  "kroatie",
  "croatia",
  "oekraine",
  "ukraine",
  "rusland",
  "russia",
  "india",
  "pakistan",
  "ethiopie",
  "ethiopia",
  "algerije",
  "algeria",
  "tunesie",
  "tunisia",
  "soedan",
  "sudan",
  "jemen",
  "yemen",
  "libanon",
  "lebanon",
  "palestina",
  "palestine",
  "brazilie",
  "brazil",
  "colombia",
  "venezuela",
  "de filipijnen",
  "the philippines",
  "vietnam",
  "portugal",
  "spanje",
  "spain",
  "italie",
  "italy",
  "griekenland",
  "greece",
  "hongarije",
  "hungary",
  "litouwen",
  "lithuania",
  "letland",
  "latvia",
  "slowakije",
  "slovakia",
  "tsjechie",
  "kenia",
  "kenya",
  "congo",
  "angola",
  "senegal",
  "gambia",
  "guinee",
  "guinea",
  "sierra leone",
  "bangladesh",
  "sri lanka",
  "nepal",
  "irak",
  "saoedi-arabie",
  "saudi arabia",
  "duitsland",
  "germany",
  "belgie",
  "belgium",
  "frankrijk",
  "france",
  "engeland",
  "england",
  "amerika",
  "america",
];

const ADJ = String.raw`(?:(?:half\s+)?(?:${words(ORIGIN_ADJECTIVES)})(?:-(?:${words(ORIGIN_ADJECTIVES)}))?)`;
const COUNTRY = String.raw`(?:${words(COUNTRIES)})`;
const WHO = String.raw`(?:ik|wij|we|mijn (?:ouders|familie|vader|moeder|opa|oma|grootouders)|i|my (?:parents|family|father|mother|dad|mum|mom|grandparents))`;
const BE = String.raw`(?:ben|zijn|is|am|are|'m)`;
const COME = String.raw`(?:kom|komen|komt|kwam|kwamen|come|comes|came|am|is|are|ben|zijn)`;

const ORIGIN_PATTERNS = [
  // "ik ben Marokkaans", "mijn ouders zijn Turks", "I am Polish", "ik ben half Surinaams".
  new RegExp(String.raw`${B}${WHO}\s+${BE}\s+(?:een\s+|a\s+|an\s+)?${ADJ}${E}`, "gu"),
  // "mijn ouders komen uit Turkije", "ik kom oorspronkelijk uit Syrië", "my parents come from Morocco".
  new RegExp(String.raw`${B}${WHO}\s+${COME}\s+(?:\p{L}+\s+){0,2}?(?:uit|from)\s+${COUNTRY}${E}`, "gu"),
  // "van Marokkaanse afkomst", "of Turkish descent", "mijn Surinaamse roots", "Polish background".
  new RegExp(String.raw`${B}(?:van\s+|of\s+)?${ADJ}\s+(?:afkomst|origine|komaf|roots|achtergrond|descent|origin|background|heritage)${E}`, "gu"),
  // "geboren in Marokko", "born in Syria", "opgegroeid in Polen", "grew up in Turkey".
  new RegExp(String.raw`${B}(?:geboren|born|opgegroeid|grew up)\s+(?:en\s+(?:getogen|opgegroeid)\s+)?(?:in|op)\s+${COUNTRY}${E}`, "gu"),
];
