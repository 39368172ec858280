// The OpenAPI description of the open-data API is valid OpenAPI, and it describes what the
// real app answers: every documented path answers 200, and every answer (and every item in
// it) has exactly the documented fields with the documented types, so the two cannot drift.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpApp, type HttpApp } from "../helpers/http-app";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  format?: string;
};
type Document = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: { parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: Schema }> }> } }>;
  components: { schemas: Record<string, Schema> };
};

async function getJson(path: string) {
  const response = await fetch(app.base + path);
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: (await response.json()) as unknown };
}

const typeOf = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value;

/** Where `value` differs from `schema`: missing or undocumented fields, wrong types, values outside an enum. */
function differences(doc: Document, schema: Schema, value: unknown, at: string): string[] {
  if (schema.$ref) return differences(doc, doc.components.schemas[schema.$ref.split("/").at(-1)!], value, at);
  const out: string[] = [];
  const types = schema.type === undefined ? null : [schema.type].flat();
  const actual = typeOf(value);
  if (types && !types.includes(actual) && !(actual === "integer" && types.includes("number"))) return [`${at}: ${actual}, documented ${types.join("|")}`];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.format === "date-time" && typeof value === "string" && Number.isNaN(Date.parse(value))) out.push(`${at}: not a date-time`);
  if (schema.format === "date" && typeof value === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) out.push(`${at}: not a date`);
  if (actual === "array" && schema.items) (value as unknown[]).forEach((item, i) => out.push(...differences(doc, schema.items!, item, `${at}[${i}]`)));
  if (actual === "object" && schema.properties) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) out.push(`${at}.${key}: documented, missing in the answer`);
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties[key];
      if (!property) out.push(`${at}.${key}: in the answer, not documented`);
      else out.push(...differences(doc, property, v, `${at}.${key}`));
    }
  }
  return out;
}

describe("the OpenAPI description at /api/v1/openapi.json", () => {
  it("is served publicly as JSON and is a valid OpenAPI 3.1 document", async () => {
    const { status, type, body } = await getJson("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(type).toContain("application/json");
    expect((body as Document).openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(body as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("keeps the major version in the path and documents the internships and the signatories", async () => {
    const doc = (await getJson("/api/v1/openapi.json")).body as Document;
    expect(new URL(doc.servers[0].url).pathname).toBe("/api/v1");
    expect(Object.keys(doc.paths).sort()).toEqual(["/ondertekenaars", "/openapi.json", "/stages"]);
    const names = doc.paths["/stages"].get.parameters!.map((p) => p.name);
    for (const name of [
      "q",
      "sector",
      "opleiding",
      "niveau",
      "gemeente",
      "stadsdeel",
      "uren",
      "vergoeding",
      "keurmerk",
      "pact",
      "start",
      "sorteer",
      "pagina",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("every documented path answers 200 on the real app with exactly the documented fields", async () => {
    const doc = (await getJson("/api/v1/openapi.json")).body as Document;
    const prefix = new URL(doc.servers[0].url).pathname;
    for (const [path, item] of Object.entries(doc.paths)) {
      const { status, type, body } = await getJson(prefix + path);
      expect(status, path).toBe(200);
      expect(type, path).toContain("application/json");
      const schema = item.get.responses["200"].content!["application/json"].schema;
      expect(differences(doc, schema, body, path), path).toEqual([]);
    }
  });

  it("the answers checked carry data: items, signatories and a next page", async () => {
    const stages = (await getJson("/api/v1/stages")).body as { items: unknown[]; next: string | null };
    expect(stages.items.length).toBe(100);
    expect(stages.next).toMatch(/\/api\/v1\/stages\?pagina=2$/);
    const signatories = (await getJson("/api/v1/ondertekenaars")).body as { lists: { signatories: unknown[] }[] };
    expect(signatories.lists.some((l) => l.signatories.length > 0)).toBe(true);
  });

  it("a filtered page and a later page match the schema too, and a bad year is the documented 400", async () => {
    const doc = (await getJson("/api/v1/openapi.json")).body as Document;
    const schema = doc.paths["/stages"].get.responses["200"].content!["application/json"].schema;
    for (const query of ["?q=kok&pact=1", "?sector=care&niveau=3&sorteer=vergoeding", "?pagina=2&keurmerk=fair_hospitality,inclusive_employer"]) {
      const { status, body } = await getJson(`/api/v1/stages${query}`);
      expect(status, query).toBe(200);
      expect(differences(doc, schema, body, query), query).toEqual([]);
    }
    expect(Object.keys(doc.paths["/ondertekenaars"].get.responses)).toContain("400");
    expect((await fetch(`${app.base}/api/v1/ondertekenaars?jaar=twintig`)).status).toBe(400);
  });
});
