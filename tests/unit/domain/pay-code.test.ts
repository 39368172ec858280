import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  applicableRuleKinds,
  checkPay,
  compareWithCode,
  comparisonMessage,
  hoursPerWeekSchema,
  monthlyAllowanceSchema,
  PayInputError,
  payFieldsSchema,
  requiredAmount,
  ruleKindLabelKey,
  selectRules,
  type CheckedPay,
  type OrganisationKind,
  type PayCheckInput,
  type PayRule,
} from "../../../app/domain/pay-code";
import enPaycode from "../../../app/i18n/locales/en/paycode.json";
import nlPaycode from "../../../app/i18n/locales/nl/paycode.json";
import enValidation from "../../../app/i18n/locales/en/validation.json";
import nlValidation from "../../../app/i18n/locales/nl/validation.json";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const rule = (over: Partial<PayRule>): PayRule => ({
  id: "r",
  municipalityId: "ams",
  kind: "pact",
  monthlyMinimum: 400,
  hourlyMinimumCents: null,
  version: 1,
  validFrom: d("2025-01-01"),
  validUntil: null,
  ...over,
});

// Amsterdam: pact €400 until 2027, then €425 (version 2); municipal code €500.
// Almere: pact €450, code €520, and in its own data a 38-hour full-time week.
// Lelystad: code €380, lower than the pact, so the pact still decides for its own departments.
const RULES: PayRule[] = [
  rule({ id: "ams-pact-1", kind: "pact", monthlyMinimum: 400, validUntil: d("2027-01-01") }),
  rule({ id: "ams-pact-2", kind: "pact", monthlyMinimum: 425, version: 2, validFrom: d("2027-01-01") }),
  rule({ id: "ams-code-1", kind: "municipal_code", monthlyMinimum: 500 }),
  rule({ id: "alm-pact-1", municipalityId: "alm", kind: "pact", monthlyMinimum: 450 }),
  rule({ id: "alm-code-1", municipalityId: "alm", kind: "municipal_code", monthlyMinimum: 520 }),
  rule({ id: "lel-pact-1", municipalityId: "lel", kind: "pact", monthlyMinimum: 400 }),
  rule({ id: "lel-code-1", municipalityId: "lel", kind: "municipal_code", monthlyMinimum: 380 }),
];

const FULL_TIME: Record<string, number> = { ams: 36, alm: 38, lel: 36, amf: 36 };

const check = (over: Partial<PayCheckInput> = {}) => {
  const municipalityId = over.municipalityId ?? "ams";
  return checkPay({
    organisationKind: "private",
    hoursPerWeek: 36,
    monthlyAllowance: 400,
    fullTimeHours: FULL_TIME[municipalityId],
    municipalityId,
    rules: RULES,
    at: d("2026-06-01"),
    ...over,
  });
};

const checked = (over: Partial<PayCheckInput> = {}): CheckedPay => {
  const result = check(over);
  if (result.status !== "checked" || result.unit !== "month") throw new Error(`expected a checked monthly result, got ${result.status}`);
  return result;
};

function i18nFor(lng: "en" | "nl") {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    initAsync: false,
    resources: {
      en: { paycode: enPaycode, validation: enValidation },
      nl: { paycode: nlPaycode, validation: nlValidation },
    },
    ns: ["paycode", "validation"],
    defaultNS: "paycode",
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}

describe("which rules apply to an organisation", () => {
  it.each<[OrganisationKind, string[]]>([
    ["private", ["pact"]],
    ["municipality", ["municipal_code", "pact"]],
    ["subsidised", ["municipal_code", "pact"]],
  ])("a %s organisation is held to %j", (kind, kinds) => {
    expect(applicableRuleKinds(kind)).toEqual(kinds);
  });

  it.each([
    ["the last millisecond before version 2", new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)), ["ams-pact-1"]],
    ["the first instant of version 2", d("2027-01-01"), ["ams-pact-2"]],
    ["the instant the first rules start", d("2025-01-01"), ["ams-pact-1"]],
    ["the instant before any rule", new Date(d("2025-01-01").getTime() - 1), []],
  ])("at %s only the rule valid at that instant is selected", (_when, at, ids) => {
    expect(selectRules(RULES, "ams", ["pact"], at).map((r) => r.id)).toEqual(ids);
  });

  it("rules of another municipality are never selected", () => {
    expect(selectRules(RULES, "alm", ["pact", "municipal_code"], d("2026-06-01")).map((r) => r.id)).toEqual(["alm-pact-1", "alm-code-1"]);
  });
});

describe("the pay check", () => {
  type Row = {
    name: string;
    kind: OrganisationKind;
    hours: number;
    allowance: number;
    at?: string;
    municipality?: string;
    compliant: boolean;
    required: number;
    shortfall: number;
    ruleId: string;
  };
  it.each<Row>([
    {
      name: "a private employer paying the pact minimum for 36 hours complies",
      kind: "private",
      hours: 36,
      allowance: 400,
      compliant: true,
      required: 400,
      shortfall: 0,
      ruleId: "ams-pact-1",
    },
    {
      name: "a private employer paying more than the minimum complies",
      kind: "private",
      hours: 36,
      allowance: 450,
      compliant: true,
      required: 400,
      shortfall: 0,
      ruleId: "ams-pact-1",
    },
    {
      name: "a private employer one euro short falls short by one euro",
      kind: "private",
      hours: 36,
      allowance: 399,
      compliant: false,
      required: 400,
      shortfall: 1,
      ruleId: "ams-pact-1",
    },
    {
      name: "a private employer paying €350 for 36 hours falls short by €50",
      kind: "private",
      hours: 36,
      allowance: 350,
      compliant: false,
      required: 400,
      shortfall: 50,
      ruleId: "ams-pact-1",
    },
    {
      name: "no allowance at all falls short by the whole minimum",
      kind: "private",
      hours: 36,
      allowance: 0,
      compliant: false,
      required: 400,
      shortfall: 400,
      ruleId: "ams-pact-1",
    },
    {
      name: "the municipality itself must pay the municipal code of €500",
      kind: "municipality",
      hours: 36,
      allowance: 500,
      compliant: true,
      required: 500,
      shortfall: 0,
      ruleId: "ams-code-1",
    },
    {
      name: "the municipality paying only the pact minimum falls short of its own code",
      kind: "municipality",
      hours: 36,
      allowance: 400,
      compliant: false,
      required: 500,
      shortfall: 100,
      ruleId: "ams-code-1",
    },
    {
      name: "a subsidised institution one euro under the code falls short",
      kind: "subsidised",
      hours: 36,
      allowance: 499,
      compliant: false,
      required: 500,
      shortfall: 1,
      ruleId: "ams-code-1",
    },
    {
      name: "20 hours at a €400 minimum asks €223, rounded up",
      kind: "private",
      hours: 20,
      allowance: 223,
      compliant: true,
      required: 223,
      shortfall: 0,
      ruleId: "ams-pact-1",
    },
    {
      name: "20 hours at €222 is one euro short",
      kind: "private",
      hours: 20,
      allowance: 222,
      compliant: false,
      required: 223,
      shortfall: 1,
      ruleId: "ams-pact-1",
    },
    {
      name: "24 hours at a €500 code asks €334, rounded up",
      kind: "subsidised",
      hours: 24,
      allowance: 334,
      compliant: true,
      required: 334,
      shortfall: 0,
      ruleId: "ams-code-1",
    },
    {
      name: "8 hours, the fewest allowed, asks €89 at a €400 minimum",
      kind: "private",
      hours: 8,
      allowance: 89,
      compliant: true,
      required: 89,
      shortfall: 0,
      ruleId: "ams-pact-1",
    },
    {
      name: "40 hours does not raise the requirement above the full-time minimum",
      kind: "private",
      hours: 40,
      allowance: 400,
      compliant: true,
      required: 400,
      shortfall: 0,
      ruleId: "ams-pact-1",
    },
    {
      name: "the day before a new rule version starts, the old version counts",
      kind: "private",
      hours: 36,
      allowance: 400,
      at: "2026-12-31",
      compliant: true,
      required: 400,
      shortfall: 0,
      ruleId: "ams-pact-1",
    },
    {
      name: "the day a new rule version starts, it counts",
      kind: "private",
      hours: 36,
      allowance: 400,
      at: "2027-01-01",
      compliant: false,
      required: 425,
      shortfall: 25,
      ruleId: "ams-pact-2",
    },
    {
      name: "Almere's own minimum of €450 applies in Almere",
      kind: "private",
      hours: 38,
      allowance: 450,
      municipality: "alm",
      compliant: true,
      required: 450,
      shortfall: 0,
      ruleId: "alm-pact-1",
    },
    {
      name: "Almere's 38-hour week makes 36 hours part time there",
      kind: "private",
      hours: 36,
      allowance: 426,
      municipality: "alm",
      compliant: false,
      required: 427,
      shortfall: 1,
      ruleId: "alm-pact-1",
    },
    {
      name: "half of Almere's 38-hour week asks half of €450",
      kind: "private",
      hours: 19,
      allowance: 225,
      municipality: "alm",
      compliant: true,
      required: 225,
      shortfall: 0,
      ruleId: "alm-pact-1",
    },
    {
      name: "a subsidised institution in Almere follows Almere's code",
      kind: "subsidised",
      hours: 38,
      allowance: 500,
      municipality: "alm",
      compliant: false,
      required: 520,
      shortfall: 20,
      ruleId: "alm-code-1",
    },
    {
      name: "where a municipal code is below the pact, the pact minimum still holds",
      kind: "municipality",
      hours: 36,
      allowance: 390,
      municipality: "lel",
      compliant: false,
      required: 400,
      shortfall: 10,
      ruleId: "lel-pact-1",
    },
  ])("$name", ({ kind, hours, allowance, at, municipality, compliant, required, shortfall, ruleId }) => {
    const result = checked({
      organisationKind: kind,
      hoursPerWeek: hours,
      monthlyAllowance: allowance,
      at: d(at ?? "2026-06-01"),
      municipalityId: municipality ?? "ams",
    });
    expect({ compliant: result.compliant, required: result.requiredAmount, shortfall: result.shortfall, ruleId: result.ruleId }).toEqual({
      compliant,
      required,
      shortfall,
      ruleId,
    });
  });

  it("records which rule, which version and when, to store with the published internship", () => {
    const at = d("2027-02-01");
    expect(checked({ organisationKind: "private", monthlyAllowance: 500, at })).toMatchObject({
      status: "checked",
      ruleId: "ams-pact-2",
      ruleKind: "pact",
      ruleVersion: 2,
      monthlyMinimum: 425,
      hoursPerWeek: 36,
      monthlyAllowance: 500,
      fullTimeHours: 36,
      checkedAt: at,
    });
  });

  it("names the municipal code when it asks the same as the pact", () => {
    const tie = [rule({ id: "p", kind: "pact", monthlyMinimum: 450 }), rule({ id: "c", kind: "municipal_code", monthlyMinimum: 450 })];
    expect(checked({ organisationKind: "municipality", rules: tie }).ruleId).toBe("c");
  });

  it("takes the newest version when an admin left two versions of one kind overlapping", () => {
    const overlapping = [rule({ id: "v1", version: 1, monthlyMinimum: 400 }), rule({ id: "v2", version: 2, monthlyMinimum: 410, validFrom: d("2026-01-01") })];
    expect(checked({ rules: overlapping })).toMatchObject({ ruleId: "v2", requiredAmount: 410 });
  });

  it.each([
    ["a municipality with no rules at all", { municipalityId: "amf" }],
    ["a date before any rule was in force", { at: d("2024-06-01") }],
    ["an empty rule list", { rules: [] as PayRule[] }],
  ])("reports that no rule applies for %s, so nothing can be published", (_case, over) => {
    const result = check({ monthlyAllowance: 900, ...over });
    expect(result).toMatchObject({ status: "no_rule", compliant: false, message: { key: "paycode:no_rule" } });
  });

  it("ignores another municipality's rules even when they are the only ones in force", () => {
    const almereOnly = RULES.filter((r) => r.municipalityId === "alm");
    expect(check({ municipalityId: "ams", fullTimeHours: 36, rules: almereOnly }).status).toBe("no_rule");
  });

  it.each([
    ["7 hours, below the minimum of 8", { hoursPerWeek: 7 }, "hoursPerWeek", "out_of_range", "validation:hours_range"],
    ["41 hours, above the maximum of 40", { hoursPerWeek: 41 }, "hoursPerWeek", "out_of_range", "validation:hours_range"],
    ["36.5 hours", { hoursPerWeek: 36.5 }, "hoursPerWeek", "not_whole", "validation:hours_whole"],
    ["an hours value that is not a number", { hoursPerWeek: Number.NaN }, "hoursPerWeek", "not_whole", "validation:hours_whole"],
    ["a negative allowance", { monthlyAllowance: -1 }, "monthlyAllowance", "negative", "validation:allowance_negative"],
    ["an allowance in cents", { monthlyAllowance: 400.5 }, "monthlyAllowance", "not_whole", "validation:allowance_whole_euros"],
    ["a full-time week of zero hours", { fullTimeHours: 0 }, "fullTimeHours", "invalid", "validation:full_time_hours_invalid"],
  ] as const)("refuses %s", (_case, over, field, code, messageKey) => {
    let error: unknown;
    try {
      check(over);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PayInputError);
    expect(error).toMatchObject({ field, code, messageKey });
  });

  it.each([
    [400, 36, 36, 400],
    [400, 20, 36, 223],
    [500, 24, 36, 334],
    [400, 18, 36, 200],
    [450, 36, 38, 427],
    [500, 40, 36, 500],
    [437, 33, 36, 401],
  ])("requires ceil(%d × %d ÷ %d) = %d without float error", (min, hours, ft, expected) => {
    expect(requiredAmount(min, hours, ft)).toBe(expected);
  });
});

describe("the sentence a person can act on", () => {
  const sentences = [
    ["en", "short.pact", { monthlyAllowance: 350 }, "€350 for 36 hours; the code asks at least €400: raise it by €50."],
    ["nl", "short.pact", { monthlyAllowance: 350 }, "€350 voor 36 uur; de code vraagt minstens €400: verhoog met €50."],
    ["en", "compliant.pact", { monthlyAllowance: 450 }, "€450 for 36 hours meets the Stagepact minimum of €400."],
    ["nl", "compliant.pact", { monthlyAllowance: 450 }, "€450 voor 36 uur voldoet aan het Stagepact-minimum van €400."],
    [
      "en",
      "compliant.municipal_code",
      { organisationKind: "municipality", monthlyAllowance: 500 },
      "€500 for 36 hours meets the municipal internship code of €500.",
    ],
    [
      "nl",
      "short.municipal_code",
      { organisationKind: "subsidised", monthlyAllowance: 450 },
      "€450 voor 36 uur; de gemeentelijke stagecode vraagt minstens €500: verhoog met €50.",
    ],
    [
      "en",
      "short.pact_part_time",
      { hoursPerWeek: 20, monthlyAllowance: 200 },
      "€200 for 20 hours; the code asks at least €223 (€400 for 36 hours, pro rata): raise it by €23.",
    ],
    [
      "nl",
      "compliant.municipal_code_part_time",
      { organisationKind: "municipality", hoursPerWeek: 24, monthlyAllowance: 334 },
      "€334 voor 24 uur voldoet: de gemeentelijke stagecode vraagt bij 24 van 36 uur minstens €334.",
    ],
  ] as const;
  it.each(sentences)("in %s, %s reads as a complete sentence", (lng, key, over, sentence) => {
    const result = checked(over);
    expect(result.message.key).toBe(`paycode:${key}`);
    expect(i18nFor(lng).t(result.message.key, result.message.params)).toBe(sentence);
  });

  it.each(["en", "nl"] as const)("in %s, a missing rule is explained", (lng) => {
    const result = check({ rules: [] });
    expect(i18nFor(lng).t(result.message.key, result.message.params)).not.toBe("no_rule");
  });
});

describe("comparing an allowance with the code on an internship page", () => {
  it.each([
    [450, 400, "above"],
    [401, 400, "above"],
    [400, 400, "at"],
    [399, 400, "below"],
  ] as const)("€%d against a required €%d is %s", (allowance, required, expected) => {
    expect(compareWithCode({ offered: allowance, requiredAmount: required })).toBe(expected);
  });

  it.each([
    ["en", { monthlyAllowance: 450 }, "€450 a month — above the Stagepact minimum of €400 for 36 hours"],
    ["nl", { monthlyAllowance: 450 }, "€450 per maand — boven het Stagepact-minimum van €400 voor 36 uur"],
    ["en", { monthlyAllowance: 400 }, "€400 a month — exactly the Stagepact minimum for 36 hours"],
    ["en", { organisationKind: "municipality", monthlyAllowance: 550 }, "€550 a month — above the municipal internship code of €500 for 36 hours"],
    ["nl", { organisationKind: "municipality", monthlyAllowance: 500 }, "€500 per maand — precies de gemeentelijke stagecode voor 36 uur"],
  ] as const)("in %s a student reads %j as a comparison sentence", (lng, over, sentence) => {
    const message = comparisonMessage(checked(over));
    expect(i18nFor(lng).t(message.key, message.params)).toBe(sentence);
  });

  it.each([
    ["en", "pact", "Stagepact minimum"],
    ["nl", "municipal_code", "gemeentelijke stagecode"],
  ] as const)("in %s the %s rule has a name for tables", (lng, kind, label) => {
    expect(i18nFor(lng).t(ruleKindLabelKey(kind))).toBe(label);
  });
});

describe("the pay fields of a form or API request", () => {
  it.each([
    ["36", 36],
    [" 8 ", 8],
    [40, 40],
  ])("hours %j are read as %d", (input, expected) => {
    expect(hoursPerWeekSchema.parse(input)).toBe(expected);
  });

  it.each([
    ["7", "validation:hours_range"],
    ["41", "validation:hours_range"],
    ["36.5", "validation:hours_whole"],
    ["36 uur", "validation:hours_whole"],
    [undefined, "forms:required"],
  ])("hours %j are refused with %s", (input, key) => {
    const result = hoursPerWeekSchema.safeParse(input);
    expect(result.error?.issues[0].message).toBe(key);
  });

  it.each([
    ["450", 450],
    ["0", 0],
    [500, 500],
  ])("an allowance of %j is read as %d euros", (input, expected) => {
    expect(monthlyAllowanceSchema.parse(input)).toBe(expected);
  });

  it.each([
    ["€450", "validation:allowance_whole_euros"],
    ["450,-", "validation:allowance_whole_euros"],
    ["450.50", "validation:allowance_whole_euros"],
    ["400-500", "validation:allowance_whole_euros"],
    ["400 (18+: 500)", "validation:allowance_whole_euros"],
    [-10, "validation:allowance_negative"],
    [45000, "validation:allowance_too_high"],
  ])("free text or a wrong amount such as %j is refused with %s", (input, key) => {
    const result = monthlyAllowanceSchema.safeParse(input);
    expect(result.error?.issues[0].message).toBe(key);
  });

  it.each([
    ["an age tier", { allowanceUnder18: 300 }],
    ["a level tier", { allowanceByLevel: { 2: 300, 4: 450 } }],
  ])("a request that adds %s is refused", (_case, extra) => {
    const result = payFieldsSchema.safeParse({ hoursPerWeek: 36, monthlyAllowance: 400, ...extra });
    expect(result.error?.issues[0].message).toBe("validation:pay_fields_unknown");
  });

  it("a request with only hours and one allowance is accepted", () => {
    expect(payFieldsSchema.parse({ hoursPerWeek: "36", monthlyAllowance: "400" })).toEqual({ hoursPerWeek: 36, monthlyAllowance: 400 });
  });
});

describe("the message files", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

  it.each([
    ["paycode", enPaycode, nlPaycode],
    ["validation", enValidation, nlValidation],
  ])("%s has the same keys in Dutch and English", (_ns, en, nl) => {
    expect(keys(nl).sort()).toEqual(keys(en).sort());
  });

  it.each([
    ["en", enPaycode],
    ["nl", nlPaycode],
  ] as const)("every %s pay-code sentence uses only parameters the check provides", (_lng, file) => {
    const provided = new Set(["allowance", "hours", "required", "minimum", "fullTime", "shortfall"]);
    const used = JSON.stringify(file).match(/{{\s*(\w+)\s*}}/g) ?? [];
    expect(used.map((u) => u.replace(/[{}\s]/g, "")).filter((p) => !provided.has(p))).toEqual([]);
  });
});
