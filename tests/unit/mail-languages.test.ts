// Every e-mail template, in both languages: each Dutch template has an English twin, and
// neither holds words of the other language. Templates are the i18n keys under a `mail`
// key (or a key ending in `_mail`), as the mail services call them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve("app/i18n/locales");

type Tree = { [key: string]: string | Tree };

function mailTemplates(locale: "nl" | "en"): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(path.join(ROOT, locale)).filter((f) => f.endsWith(".json"))) {
    const ns = file.slice(0, -5);
    const walk = (node: string | Tree, keys: string[], inMail: boolean) => {
      if (typeof node === "string") {
        if (inMail) out.set(`${ns}:${keys.join(".")}`, node);
        return;
      }
      for (const [k, v] of Object.entries(node)) walk(v, [...keys, k], inMail || k === "mail" || k.endsWith("_mail"));
    };
    walk(JSON.parse(readFileSync(path.join(ROOT, locale, file), "utf8")) as Tree, [], false);
  }
  return out;
}

// Placeholders out, so that only the words written in the template are judged.
const words = (template: string) =>
  ` ${template
    .replace(/\{\{[^}]+\}\}/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .toLowerCase()} `;

const DUTCH = [
  "de",
  "het",
  "een",
  "je",
  "jouw",
  "uw",
  "sollicitatie",
  "stage",
  "werkgever",
  "gemeente",
  "bekijk",
  "niet",
  "voor",
  "naar",
  "wordt",
  "kandidaat",
  "uitnodiging",
  "wachtwoord",
  "ondertekenen",
  "zodra",
];
const ENGLISH = [
  "the",
  "your",
  "you",
  "application",
  "internship",
  "employer",
  "municipality",
  "view",
  "please",
  "with",
  "from",
  "has",
  "have",
  "will",
  "candidate",
  "invitation",
  "password",
  "sign",
];

const found = (text: string, list: string[]) => list.filter((w) => new RegExp(`[^\\p{L}]${w}[^\\p{L}]`, "u").test(text));

const nl = mailTemplates("nl");
const en = mailTemplates("en");

describe("e-mail templates in both languages", () => {
  it("finds the templates", () => {
    expect(nl.size).toBeGreaterThan(40);
  });

  it("has an English template for every Dutch one and the other way round", () => {
    expect([...nl.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !nl.has(k))).toEqual([]);
  });

  it.each([...en.keys()])("the English %s holds no Dutch", (key) => {
    expect(found(words(en.get(key)!), DUTCH)).toEqual([]);
  });

  it.each([...nl.keys()])("the Dutch %s holds no English", (key) => {
    expect(found(words(nl.get(key)!), ENGLISH)).toEqual([]);
  });

  it("names the same placeholders in both languages", () => {
    const names = (t: string) => [...t.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
    const differing = [...nl.keys()].filter((k) => en.has(k) && names(nl.get(k)!).join() !== names(en.get(k)!).join());
    expect(differing).toEqual([]);
  });
});
