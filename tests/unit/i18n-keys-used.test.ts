// Every Dutch text key is used somewhere in the app (or the seed), and English has exactly
// the same keys: a key nothing reads is dead text that translators would keep paying for.
// A key counts as used when its name appears as a string ("stage.title", "search:stage.title"),
// or when it starts with a key built at run time (`legal:${page}.sections` …).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES = "app/i18n/locales";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "locales" ? [] : sources(file);
    return /\.(ts|tsx)$/.test(name) ? [readFileSync(file, "utf8")] : [];
  });
}

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const code = [...sources("app"), ...sources("seed")].join("\n");
const strings = new Set(Array.from(code.matchAll(/["'`]([A-Za-z0-9_:.-]+)["'`]/g), (m) => m[1]));
const dynamicPrefixes = Array.from(code.matchAll(/`([A-Za-z0-9_:.-]{3,})\$\{/g), (m) => m[1]);
const namespaces = readdirSync(path.join(LOCALES, "nl")).map((file) => file.replace(/\.json$/, ""));
const read = (locale: string, ns: string) => JSON.parse(readFileSync(path.join(LOCALES, locale, `${ns}.json`), "utf8")) as unknown;

describe("text keys", () => {
  it.each(namespaces)("every key in %s is read by the app", (ns) => {
    const unused = keysOf(read("nl", ns)).filter((key) => {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, "");
      if (strings.has(base) || strings.has(`${ns}:${base}`)) return false;
      return !dynamicPrefixes.some((p) => `${ns}:${base}`.startsWith(p) || base.startsWith(p));
    });
    expect(unused).toEqual([]);
  });

  it.each(namespaces)("English has the same keys as Dutch in %s", (ns) => {
    expect(keysOf(read("en", ns)).sort()).toEqual(keysOf(read("nl", ns)).sort());
  });
});
