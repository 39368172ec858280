// Every text of the reporting point exists in all five of its languages, with the same
// placeholders, and Turkish, Arabic and Polish exist for the reporting point only.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_LANGUAGES } from "~/i18n/report-point";

const root = path.resolve("app/i18n/locales");
const read = (lng: string) => JSON.parse(readFileSync(path.join(root, lng, "report-point.json"), "utf8")) as Record<string, unknown>;

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === "string") out.set(name, child);
    else for (const [k, v] of flatten(child, name)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const dutch = flatten(read("nl"));
const others = REPORT_LANGUAGES.map((l) => l.code).filter((c) => c !== "nl");

describe("the reporting point's translations", () => {
  it("has all five languages, Arabic right to left", () => {
    expect(REPORT_LANGUAGES.map((l) => l.code)).toEqual(["nl", "en", "tr", "ar", "pl"]);
    expect(REPORT_LANGUAGES.filter((l) => l.dir === "rtl").map((l) => l.code)).toEqual(["ar"]);
  });

  it.each(others)("%s has exactly the Dutch keys, none empty, with the same placeholders", (lng) => {
    const texts = flatten(read(lng));
    expect([...texts.keys()].sort()).toEqual([...dutch.keys()].sort());
    for (const [key, text] of texts) {
      expect(text.trim(), `${lng} ${key}`).not.toBe("");
      expect(placeholders(text), `${lng} ${key}`).toEqual(placeholders(dutch.get(key)!));
    }
  });

  it.each(["tr", "ar", "pl"])("%s is translated, not copied from Dutch or English", (lng) => {
    const texts = flatten(read(lng));
    const english = flatten(read("en"));
    // Codes and examples may be the same in every language; sentences may not.
    const copied = [...texts].filter(([key, text]) => text.length > 20 && (text === dutch.get(key) || text === english.get(key)));
    expect(copied).toEqual([]);
  });

  it.each(["tr", "ar", "pl"])("%s has no other namespace: the rest of the site stays Dutch and English", (lng) => {
    expect(readdirSync(path.join(root, lng))).toEqual(["report-point.json"]);
  });

  it("covers every form message the reporting point's schemas can return", () => {
    const schemas = readFileSync(path.resolve("app/schemas/reports.ts"), "utf8").split("export const assignSchema")[0];
    const routes = ["report.tsx", "report-add.tsx"].map((f) => readFileSync(path.resolve("app/routes/public/publishing", f), "utf8")).join("\n");
    const keys = new Set([...`${schemas}\n${routes}`.matchAll(/"((?:forms|reports):[a-z_.]+)"/g)].map((m) => m[1]));
    expect(keys.size).toBeGreaterThan(5);
    for (const key of keys) expect(dutch.has(`errors.${key.replace(":", ".")}`), key).toBe(true);
  });
});
