import { describe, expect, it } from "vitest";
import { getI18n, type Locale } from "~/i18n/config";

describe("how many internships a search found", () => {
  it.each<[Locale, number, string]>([
    ["nl", 1, "1 stage gevonden"],
    ["nl", 160, "160 stages gevonden"],
    ["nl", 13858, "13.858 stages gevonden"],
    ["en", 1, "1 internship found"],
    ["en", 200160, "200,160 internships found"],
  ])("%s, %d: %j", (locale, count, expected) => {
    expect(getI18n(locale).t("search:count", { count })).toBe(expected);
  });
});
