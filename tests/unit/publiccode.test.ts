// publiccode.yml at the repository root follows the Standard for Public Code (v0.4 core
// keys, tests/schemas/publiccode-0.4.schema.json) and agrees with the code it describes.
import { readdirSync, readFileSync } from "node:fs";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import schema from "../schemas/publiccode-0.4.schema.json";

const root = new URL("../../", import.meta.url);
type PublicCode = {
  softwareVersion: string;
  softwareType: string;
  description: Record<string, { shortDescription: string; longDescription: string }>;
  legal?: { license: string };
  developmentStatus: string;
  categories: string[];
  maintenance: { type: string };
  localisation: { availableLanguages: string[] };
  dependsOn: { open: { name: string; versionMin?: string }[] };
};
const publiccode = parse(readFileSync(new URL("publiccode.yml", root), "utf8")) as PublicCode;
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string; engines: { node: string }; license?: string };

function validate(document: unknown) {
  const ajv = new Ajv({ allErrors: true });
  const valid = ajv.validate(schema, document);
  return { valid, errors: (ajv.errors ?? []).map((e) => `${e.dataPath || "/"} ${e.message}`) };
}

describe("publiccode.yml", () => {
  it("is valid against the publiccode.yml v0.4 schema", () => {
    const { valid, errors } = validate(publiccode);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it("the schema refuses what the standard refuses", () => {
    const broken = structuredClone(publiccode);
    delete broken.legal;
    broken.developmentStatus = "finished";
    broken.categories = ["internships"];
    broken.description.en.shortDescription = "x".repeat(151);
    broken.description.nl.longDescription = "too short";
    broken.maintenance = { type: "internal" };
    const { errors } = validate(broken);
    expect(errors.join("\n")).toMatch(/should have required property 'legal'/);
    for (const path of [".developmentStatus", ".categories[0]", "['en'].shortDescription", "['nl'].longDescription", ".maintenance"]) {
      expect(
        errors.some((e) => e.startsWith(path) || e.includes(path)),
        path,
      ).toBe(true);
    }
  });

  it("describes the software as it is: version, Node.js, languages and a web application in Dutch and English", () => {
    expect(publiccode.softwareVersion).toBe(pkg.version);
    expect(pkg.engines.node).toBe(`>=${publiccode.dependsOn.open.find((d) => d.name === "Node.js")?.versionMin}`);
    const locales = readdirSync(new URL("app/i18n/locales/", root));
    for (const language of publiccode.localisation.availableLanguages) expect(locales).toContain(language);
    expect(publiccode.localisation.availableLanguages).toEqual(expect.arrayContaining(["nl", "en"]));
    expect(Object.keys(publiccode.description).sort()).toEqual(["en", "nl"]);
    expect(publiccode.softwareType).toBe("standalone/web");
    if (pkg.license) expect(publiccode.legal?.license).toBe(pkg.license);
  });
});
