import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  checkbox,
  choice,
  dateOnly,
  dateString,
  email,
  id,
  optionalEmail,
  optionalPhone,
  optionalPostcode,
  optionalText,
  requiredCheckbox,
  text,
  wholeNumber,
} from "~/schemas/fields";

// Every form field is built from these; one table per builder, each row an input and
// either the value the form gets or the i18n key shown next to the field.

type Row = [description: string, input: unknown, expected: { value: unknown } | { error: string }];

function check(schema: z.ZodTypeAny, rows: Row[]) {
  it.each(rows)("%s", (_description, input, expected) => {
    const result = schema.safeParse(input);
    if ("value" in expected) {
      expect(result.success ? result.data : result.error.issues[0]?.message).toEqual(expected.value);
    } else {
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(expected.error);
    }
  });
}

describe("text: trimmed, required, with a maximum length", () => {
  check(text(5), [
    ["keeps what was typed, trimmed", "  abc ", { value: "abc" }],
    ["exactly the maximum is fine", "abcde", { value: "abcde" }],
    ["one over the maximum is too long", "abcdef", { error: "forms:too_long" }],
    ["only spaces is empty", "   ", { error: "forms:required" }],
    ["a missing field is required", undefined, { error: "forms:required" }],
  ]);
  describe("with its own keys and a minimum", () => {
    check(text(10, { required: "x:missing", min: 3, tooShort: "x:short", tooLong: "x:long" }), [
      ["missing says its own key", undefined, { error: "x:missing" }],
      ["too short says its own key", "ab", { error: "x:short" }],
      ["too long says its own key", "abcdefghijk", { error: "x:long" }],
      ["in range is kept", "abc", { value: "abc" }],
    ]);
  });
  describe("a minimum without its own key says the required key", () => {
    check(text(10, { min: 2 }), [["one letter", "a", { error: "forms:required" }]]);
  });
});

describe("optionalText: empty becomes undefined", () => {
  check(optionalText(5), [
    ["missing is undefined", undefined, { value: undefined }],
    ["an empty string is undefined", "", { value: undefined }],
    ["only spaces is undefined", "   ", { value: undefined }],
    ["text is trimmed", " ab ", { value: "ab" }],
    ["too long", "abcdef", { error: "forms:too_long" }],
  ]);
});

describe("email: lower-cased and checked", () => {
  check(email(), [
    ["lower-cased and trimmed", " Anna@Example.NL ", { value: "anna@example.nl" }],
    ["not an address", "anna", { error: "forms:email_invalid" }],
    ["missing is required", undefined, { error: "forms:required" }],
    ["longer than 254 characters", `${"a".repeat(250)}@x.nl`, { error: "forms:too_long" }],
  ]);
  describe("with its own required key", () => {
    check(email({ required: "alerts:errors.email_required" }), [["missing", undefined, { error: "alerts:errors.email_required" }]]);
  });
  describe("optional", () => {
    check(optionalEmail(), [
      ["missing is fine", undefined, { value: undefined }],
      ["only spaces count as left out", "   ", { value: undefined }],
      ["given, trimmed and lower-cased", " Naam@Voorbeeld.NL ", { value: "naam@voorbeeld.nl" }],
      ["still checked when given", "nope", { error: "forms:email_invalid" }],
    ]);
  });
});

describe("optionalPhone", () => {
  check(optionalPhone(), [
    ["a Dutch mobile number", "06 1234 5678", { value: "06 1234 5678" }],
    ["an international number", "+31 (0)20-1234567", { value: "+31 (0)20-1234567" }],
    ["missing is undefined", undefined, { value: undefined }],
    ["empty is undefined", "", { value: undefined }],
    ["letters are refused", "call me", { error: "forms:phone_invalid" }],
    ["too short", "0612", { error: "forms:phone_invalid" }],
    ["a plus in the middle is refused", "06+12345678", { error: "forms:phone_invalid" }],
  ]);
});

describe("choice: one of a domain list", () => {
  const colours = ["red", "green"] as const;
  check(choice(colours), [
    ["a value in the list", "red", { value: "red" }],
    ["a value outside the list", "blue", { error: "forms:choose_option" }],
    ["missing", undefined, { error: "forms:choose_option" }],
  ]);
  describe("with its own key", () => {
    check(choice(colours, "reports:choose_subject"), [["outside the list", "pink", { error: "reports:choose_subject" }]]);
  });
});

describe("checkbox and requiredCheckbox", () => {
  check(checkbox(), [
    ["ticked", "on", { value: true }],
    ["not ticked", undefined, { value: false }],
    ["anything else is refused", "yes", { error: 'Invalid literal value, expected "on"' }],
  ]);
  describe("required", () => {
    check(requiredCheckbox("forms:accept_terms"), [
      ["ticked", "on", { value: "on" }],
      ["not ticked", undefined, { error: "forms:accept_terms" }],
    ]);
  });
});

describe("wholeNumber: a whole number in a range", () => {
  check(wholeNumber({ min: 1, max: 10, message: "x:range" }), [
    ["typed digits", "7", { value: 7 }],
    ["typed digits with spaces", " 7 ", { value: 7 }],
    ["a number", 10, { value: 10 }],
    ["below the range", "0", { error: "x:range" }],
    ["above the range", "11", { error: "x:range" }],
    ["a decimal amount is not a whole number", "7.5", { error: "x:range" }],
    ["an amount with a euro sign", "€7", { error: "x:range" }],
    ["missing is required", undefined, { error: "forms:required" }],
  ]);
  describe("with a separate range key", () => {
    check(wholeNumber({ min: 1, max: 10_000, message: "validation:allowance_whole_euros", rangeMessage: "rules:errors.minimum_range" }), [
      ["not whole euros", "400,50", { error: "validation:allowance_whole_euros" }],
      ["out of range", "0", { error: "rules:errors.minimum_range" }],
    ]);
  });
});

describe("dates", () => {
  check(dateString("x:date"), [
    ["a date input's value", "2026-09-01", { value: "2026-09-01" }],
    ["a Dutch written date", "1-9-2026", { error: "x:date" }],
  ]);
  describe("as a Date", () => {
    check(dateOnly("x:date"), [
      ["midnight UTC", "2026-09-01", { value: new Date("2026-09-01T00:00:00Z") }],
      ["a month that does not exist", "2026-13-01", { error: "x:date" }],
      ["missing", undefined, { error: "forms:required" }],
    ]);
  });
});

describe("optionalPostcode", () => {
  check(optionalPostcode(), [
    ["normalised", "1012ab", { value: "1012 AB" }],
    ["missing is undefined", undefined, { value: undefined }],
    ["empty is undefined", " ", { value: undefined }],
    ["not a postcode", "ABCD 12", { error: "validation:postcode_invalid" }],
  ]);
});

describe("id", () => {
  check(id("forms:choose_option"), [
    ["an id", "ams", { value: "ams" }],
    ["empty", "", { error: "forms:choose_option" }],
    ["missing", undefined, { error: "forms:choose_option" }],
  ]);
});
