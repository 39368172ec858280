// The judgements of npm run bench:relevance and how a result list is scored against
// them. Pure: no database, no engine; the runner (scripts/bench-relevance.ts) feeds it
// the seed's published internships and each engine's results.

/** A judgement: what a student typing the query expects, as a predicate over an internship's structure. */
export type Expectation = {
  sector?: string[];
  /** Qualification keys as in seed/data/qualifications.json ("kok", "mbo-verpleegkundige"). */
  qualification?: string[];
  level?: number[];
  municipality?: string[];
  district?: string[];
  /** A case-insensitive regular expression on the internship's title. */
  title?: string;
  /** Holds when one of these holds (next to the other keys, which must hold too). */
  anyOf?: Expectation[];
};

export type JudgedQuery = { q: string; group: string; expect: Expectation; why: string };

/** What a judgement may look at: the structure of one published internship. */
export type InternshipFacts = {
  id: string;
  sector: string;
  qualification: string | null;
  level: number;
  municipality: string;
  district: string | null;
  title: string;
};

const KEYS = new Set(["sector", "qualification", "level", "municipality", "district", "title", "anyOf"]);

/** Throws on a judgement that could silently match everything or nothing (a misspelt key, an empty list). */
export function checkExpectation(expect: Expectation, where: string): void {
  const keys = Object.keys(expect);
  if (keys.length === 0) throw new Error(`${where}: an empty judgement would expect every internship`);
  for (const key of keys) {
    if (!KEYS.has(key)) throw new Error(`${where}: unknown key "${key}"`);
    const value = (expect as Record<string, unknown>)[key];
    if (key === "title") {
      if (typeof value !== "string" || value === "") throw new Error(`${where}: title must be a regular expression`);
      new RegExp(value, "i");
    } else if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: ${key} must be a non-empty list`);
  }
  expect.anyOf?.forEach((e, i) => checkExpectation(e, `${where}.anyOf[${i}]`));
}

export function matchesExpectation(expect: Expectation, facts: InternshipFacts): boolean {
  const within = <T>(list: T[] | undefined, value: T | null) => list === undefined || (value !== null && list.includes(value));
  return (
    within(expect.sector, facts.sector) &&
    within(expect.qualification, facts.qualification) &&
    within(expect.level, facts.level) &&
    within(expect.municipality, facts.municipality) &&
    within(expect.district, facts.district) &&
    (expect.title === undefined || new RegExp(expect.title, "i").test(facts.title)) &&
    (expect.anyOf === undefined || expect.anyOf.some((e) => matchesExpectation(e, facts)))
  );
}

export type Score = {
  expected: number;
  returned: number;
  /** Expected internships among all results. */
  found: number;
  /** found ÷ expected. */
  recall: number;
  /** Expected internships among the first ten results ÷ the results shown there (at most ten); 0 when nothing is shown. */
  precisionAt10: number;
};

/** Scores one ranked result list (every page, best first) against the expected ids. */
export function scoreResults(expected: ReadonlySet<string>, ranked: readonly string[]): Score {
  const results = new Set(ranked);
  const found = [...expected].filter((id) => results.has(id)).length;
  const top = ranked.slice(0, 10);
  const relevantTop = top.filter((id) => expected.has(id)).length;
  return {
    expected: expected.size,
    returned: results.size,
    found,
    recall: expected.size === 0 ? 0 : found / expected.size,
    precisionAt10: top.length === 0 ? 0 : relevantTop / top.length,
  };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
