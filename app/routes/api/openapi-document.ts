// The OpenAPI 3.1 description of the open-data API (/api/v1, DESIGN §3.6), following the
// Dutch REST-API Design Rules: the major version in the path, JSON, public and without
// personal data. Parameter names and value lists come from the query parser and the
// domain, so the description follows the code; tests/integration/openapi.test.ts calls
// every documented path on the real app and compares the answers with the schemas.
import { KEURMERK_TYPES } from "~/domain/keurmerk";
import { organisationKinds, sectors } from "~/domain/organisation";
import { HOURS_BANDS, MAX_ALLOWANCE_FILTER, PARAM, ROUTES, SORT_PARAM, SORTS } from "~/search/query";
import { DEFAULT_DISTANCE_KM, DISTANCES_KM, MAX_PLACE_LENGTH } from "~/domain/location";
import { PAY_RULE_KINDS } from "~/domain/pay-code";

export const API_VERSION = "1.0.0";

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const date = { type: "string", format: "date" };
const dateTime = { type: "string", format: "date-time" };

/** A repeatable filter: `?sector=care&sector=retail` or `?sector=care,retail`. */
const many = (name: string, description: string, items: Record<string, unknown>) => ({
  name,
  in: "query",
  description: `${description} Repeatable, or comma-separated.`,
  schema: { type: "array", items },
  style: "form",
  explode: true,
});
const one = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: "query", description, schema });
const flag = (name: string, description: string) => one(name, `${description} \`1\` to filter.`, { type: "string", enum: ["1"] });

const internshipParameters = [
  one(PARAM.text, "Words to search for in title, description, organisation and qualification (at most 100 characters).", { type: "string", maxLength: 100 }),
  many(PARAM.sectors, "Sector of the organisation.", { type: "string", enum: [...sectors] }),
  many(PARAM.qualifications, "Qualification id (see `qualificationId` in the items).", { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" }),
  many(PARAM.levels, "MBO level.", { type: "integer", minimum: 1, maximum: 4 }),
  many(PARAM.municipalities, "Municipality slug, for example `amsterdam`.", { type: "string" }),
  many(PARAM.districts, "District slug, for example `nieuw-west`.", { type: "string" }),
  many(PARAM.hours, "Hours per week.", { type: "string", enum: HOURS_BANDS.map((b) => b.key) }),
  one(PARAM.minAllowance, "Monthly allowance (BOL) of at least this many whole euros; work-based (BBL) places have no allowance and do not match.", {
    type: "integer",
    minimum: 1,
    maximum: MAX_ALLOWANCE_FILTER,
  }),
  one(PARAM.route, "Only school-based internships with an allowance (BOL) or work-based places with an hourly wage (BBL).", {
    type: "string",
    enum: [...ROUTES],
  }),
  flag(PARAM.meetsCode, "Leave out internships below a raised minimum during the period the employer has to raise it."),
  many(PARAM.marks, "Active quality mark (keurmerk) of the organisation.", { type: "string", enum: [...KEURMERK_TYPES] }),
  flag(PARAM.pact, "Only organisations that signed the Stagepact."),
  many(PARAM.startMonths, "Month the internship starts.", { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" }),
  flag(PARAM.shortage, "Only sectors with a shortage of workers."),
  flag(PARAM.districtInternship, "Only district internships."),
  one(
    PARAM.near,
    "A place or postcode (`1102`, `1102 AB`, `Zaandam`): only internships within `afstand` km of it. A place that cannot be found is ignored and the answer says so in `place`.",
    {
      type: "string",
      maxLength: MAX_PLACE_LENGTH,
    },
  ),
  one(PARAM.distance, `Distance in km from \`bij\`, the edge included; ${DEFAULT_DISTANCE_KM} when \`bij\` is given without it.`, {
    type: "integer",
    enum: [...DISTANCES_KM],
    default: DEFAULT_DISTANCE_KM,
  }),
  one(PARAM.sort, "Order: best match (only with words), newest first (the default without words), highest allowance, or nearest first (only with `bij`).", {
    type: "string",
    enum: SORTS.map((s) => SORT_PARAM[s]),
  }),
  one(PARAM.page, "Page number, 100 items a page.", { type: "integer", minimum: 1, default: 1 }),
];

const internship = {
  type: "object",
  description: "A published internship. The workplace trainer's contact details are not part of the open data.",
  required: [
    "id",
    "url",
    "title",
    "organisation",
    "sector",
    "organisationKind",
    "qualification",
    "qualificationId",
    "crebo",
    "level",
    "route",
    "hoursPerWeek",
    "monthlyAllowance",
    "hourlyWage",
    "requiredByCode",
    "codeRule",
    "payCheck",
    "raiseBy",
    "startDate",
    "durationWeeks",
    "municipality",
    "district",
    "city",
    "latitude",
    "longitude",
    "distanceKm",
    "pactSignatory",
    "pactSignatorySince",
    "keurmerken",
    "shortageSector",
    "districtInternship",
    "publishedAt",
  ],
  properties: {
    id: { type: "string" },
    url: { type: "string", format: "uri", description: "The internship's page." },
    title: { type: "string" },
    organisation: { type: "string" },
    sector: { type: "string", enum: [...sectors] },
    organisationKind: { type: "string", enum: [...organisationKinds] },
    qualification: nullable("string", { description: "Name of the MBO qualification (Dutch)." }),
    qualificationId: nullable("string"),
    crebo: nullable("string", { description: "Crebo code, where it was verified." }),
    level: { type: "integer", minimum: 1, maximum: 4 },
    route: {
      type: "string",
      enum: [...ROUTES],
      description: "School-based (BOL, a monthly allowance) or work-based (BBL, an employment contract with an hourly wage).",
    },
    hoursPerWeek: { type: "integer", minimum: 8, maximum: 40 },
    monthlyAllowance: nullable("integer", { description: "Monthly allowance in whole euros (BOL); null for BBL." }),
    hourlyWage: nullable("number", { description: "Gross hourly wage in euros, two decimals (BBL); null for BOL." }),
    requiredByCode: nullable("number", { description: "What the pay code requires: whole euros a month for these hours (BOL), or euros an hour (BBL)." }),
    codeRule: nullable("string", { enum: [...PAY_RULE_KINDS, null], description: "The pay rule the pay was checked against." }),
    payCheck: {
      type: "string",
      enum: ["meets_code", "below_new_minimum"],
      description:
        "below_new_minimum: a rule raised after publishing asks more (requiredByCode); the employer must raise the pay by raiseBy or the internship goes offline.",
    },
    raiseBy: nullable("string", { format: "date", description: "The day a below_new_minimum internship goes offline unless raised; null otherwise." }),
    startDate: date,
    durationWeeks: { type: "integer" },
    municipality: { type: "string" },
    district: nullable("string"),
    city: { type: "string" },
    latitude: nullable("number", { minimum: -90, maximum: 90, description: "Where the work is (WGS84), from PDOK Locatieserver; null while unknown." }),
    longitude: nullable("number", { minimum: -180, maximum: 180 }),
    distanceKm: nullable("number", { minimum: 0, description: "Km from the place in `bij`, to 0.1 km; null without `bij` or when it was not found." }),
    pactSignatory: { type: "boolean" },
    pactSignatorySince: nullable("string"),
    keurmerken: { type: "array", items: { type: "string", enum: [...KEURMERK_TYPES] } },
    shortageSector: { type: "boolean" },
    districtInternship: { type: "boolean" },
    publishedAt: dateTime,
  },
};

const pageLink = (what: string) => nullable("string", { format: "uri", description: `Address of the ${what} page with the same filters, or null.` });

const internshipsPage = {
  type: "object",
  required: ["page", "pageCount", "total", "next", "previous", "items"],
  properties: {
    page: { type: "integer", minimum: 1 },
    pageCount: { type: "integer", minimum: 0 },
    total: { type: "integer", minimum: 0, description: "Internships that match, on every page." },
    next: pageLink("next"),
    previous: pageLink("previous"),
    place: {
      type: "object",
      description: "Only with `bij`: whether the place was found. Anything but found means the items are those of the search without distance.",
      required: ["query", "status", "label"],
      properties: {
        query: { type: "string" },
        status: { type: "string", enum: ["found", "not_found", "unavailable", "invalid", "too_long"] },
        label: nullable("string", { description: "The place found, as PDOK names it." }),
      },
    },
    items: { type: "array", items: { $ref: "#/components/schemas/Internship" } },
  },
};

const signatory = {
  type: "object",
  required: ["name", "sector", "municipality", "district", "signedOn", "marks"],
  properties: {
    name: { type: "string" },
    sector: { type: "string", enum: [...sectors] },
    municipality: { type: "string" },
    district: nullable("string"),
    signedOn: date,
    marks: { type: "array", items: { type: "string", enum: [...KEURMERK_TYPES] } },
  },
};

const signatoryLists = {
  type: "object",
  required: ["year", "years", "lists"],
  properties: {
    year: { type: "integer" },
    years: { type: "array", items: { type: "integer" }, description: "Years for which a list exists." },
    lists: {
      type: "array",
      items: {
        type: "object",
        required: ["municipality", "published", "publishedAt", "signatories"],
        properties: {
          municipality: { type: "string" },
          published: { type: "boolean", description: "False for the current year's live list, true once the municipality froze it." },
          publishedAt: nullable("string", { format: "date-time" }),
          signatories: { type: "array", items: { $ref: "#/components/schemas/Signatory" } },
        },
      },
    },
  },
};

const cors = { "Access-Control-Allow-Origin": { description: "`*`: usable from any web page.", schema: { type: "string" } } };

/** The description, with the server address this installation is reached at. */
export function openApiDocument(appUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Stagepact open data",
      version: API_VERSION,
      description:
        "Published internships and the yearly list of Stagepact signatories, without an account and without personal data. The same data is on /stages, /stages.csv, /stages.atom and /stagepact/ondertekenaars(.csv).",
      contact: { name: "Stagepact", url: `${appUrl}/open-data` },
    },
    servers: [{ url: `${appUrl}/api/v1`, description: "This installation" }],
    tags: [{ name: "internships" }, { name: "signatories" }, { name: "description" }],
    paths: {
      "/stages": {
        get: {
          operationId: "listInternships",
          tags: ["internships"],
          summary: "Published internships, 100 a page, with the filters of /stages",
          description: "Unknown or malformed filter values are ignored, never an error.",
          parameters: internshipParameters,
          responses: {
            "200": {
              description: "One page of internships.",
              headers: cors,
              content: { "application/json": { schema: { $ref: "#/components/schemas/InternshipsPage" } } },
            },
          },
        },
      },
      "/ondertekenaars": {
        get: {
          operationId: "listSignatories",
          tags: ["signatories"],
          summary: "The signatory list of a year, per municipality",
          parameters: [one("jaar", "Year of the list; the current year when left out.", { type: "integer", minimum: 1000, maximum: 9999 })],
          responses: {
            "200": {
              description: "The lists of that year.",
              headers: cors,
              content: { "application/json": { schema: { $ref: "#/components/schemas/SignatoryLists" } } },
            },
            "400": { description: "`jaar` is not a four-digit year." },
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDescription",
          tags: ["description"],
          summary: "This description",
          responses: {
            "200": {
              description: "The OpenAPI 3.1 description of this API.",
              headers: cors,
              content: { "application/json": { schema: { type: "object", required: ["openapi", "info", "paths"] } } },
            },
          },
        },
      },
    },
    components: { schemas: { Internship: internship, InternshipsPage: internshipsPage, Signatory: signatory, SignatoryLists: signatoryLists } },
  };
}
