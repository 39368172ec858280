// A FAKE of PDOK Locatieserver v3.1 (https://api.pdok.nl/bzk/locatieserver/search/v3_1),
// a government service outside this machine that tests and offline e2e runs cannot reach.
// It serves /free only, checks each request against the documented API (unknown
// parameters or a missing q → 400, as the real Solr front end answers), and answers in
// the documented shape from a small gazetteer: the seed's addresses, postcodes and places
// plus a few more. It records requests and can be told to fail (HTTP 500) or hang.
//
// Standalone: npx tsx tests/helpers/fake-pdok.ts --port 3102
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

type SeedAddress = { street: string; houseNumber: string; postcode: string; city: string; municipality: string; latitude: number; longitude: number };
type SeedPlace = { name: string; type: string; municipality: string; latitude: number; longitude: number };
const seedFile = <T>(name: string): T => JSON.parse(readFileSync(fileURLToPath(new URL(`../../seed/data/${name}`, import.meta.url)), "utf8")) as T;

export type PdokDoc = {
  id: string;
  type: "adres" | "postcode" | "woonplaats" | "gemeente" | "wijk";
  weergavenaam: string;
  centroide_ll: string;
  postcode?: string;
  huisnummer?: number;
  huis_nlt?: string;
  straatnaam?: string;
  woonplaatsnaam?: string;
  gemeentenaam?: string;
};

/** The parameters of the /free endpoint as documented for v3.1. */
export const FREE_PARAMETERS = ["q", "fq", "fl", "rows", "start", "sort", "df", "bq", "lat", "lon", "wt", "indent"] as const;
const TYPES = [
  "adres",
  "postcode",
  "woonplaats",
  "gemeente",
  "weg",
  "provincie",
  "buurt",
  "wijk",
  "waterschapsgrens",
  "appartementsrecht",
  "perceel",
  "hectometerpaal",
];

const point = (latitude: number, longitude: number) => `POINT(${Number(longitude.toFixed(6))} ${Number(latitude.toFixed(6))})`;
const compact = (s: string) => s.replace(/\s+/g, "").toUpperCase();

/** Addresses that are not seed organisations: sign-ups and form changes in the tests. */
export const EXTRA_ADDRESSES = [
  { street: "Gustav Mahlerlaan", houseNumber: "10", postcode: "1082 PP", city: "Amsterdam", municipality: "Amsterdam", latitude: 52.3375, longitude: 4.8712 },
  { street: "Damrak", houseNumber: "1", postcode: "1012 LG", city: "Amsterdam", municipality: "Amsterdam", latitude: 52.3766, longitude: 4.8983 },
  { street: "Zuidplein", houseNumber: "36", postcode: "1077 XV", city: "Amsterdam", municipality: "Amsterdam", latitude: 52.3389, longitude: 4.8748 },
  { street: "Grote Markt", houseNumber: "2", postcode: "1315 JG", city: "Almere", municipality: "Almere", latitude: 52.3716, longitude: 5.2226 },
];

export function gazetteer(): PdokDoc[] {
  const docs: PdokDoc[] = [];
  const organisations = seedFile<SeedAddress[]>("organisations.json");
  const places = seedFile<SeedPlace[]>("places.json");
  const addresses = [...organisations.map((o) => ({ ...o, municipality: o.municipality === "almere" ? "Almere" : "Amsterdam" })), ...EXTRA_ADDRESSES];
  const postcodes = new Set<string>();
  for (const a of addresses) {
    const pc = compact(a.postcode);
    docs.push({
      id: `adr-${pc}-${a.houseNumber}`,
      type: "adres",
      weergavenaam: `${a.street} ${a.houseNumber}, ${pc} ${a.city}`,
      centroide_ll: point(a.latitude, a.longitude),
      postcode: pc,
      huisnummer: Number.parseInt(a.houseNumber, 10),
      huis_nlt: a.houseNumber,
      straatnaam: a.street,
      woonplaatsnaam: a.city,
      gemeentenaam: a.municipality,
    });
    if (postcodes.has(pc)) continue;
    postcodes.add(pc);
    docs.push({
      id: `pcd-${pc}`,
      type: "postcode",
      weergavenaam: `${a.street}, ${pc} ${a.city}`,
      centroide_ll: point(a.latitude + 0.0002, a.longitude - 0.0003),
      postcode: pc,
      straatnaam: a.street,
      woonplaatsnaam: a.city,
      gemeentenaam: a.municipality,
    });
  }
  for (const p of places) {
    docs.push({
      id: `${p.type}-${p.name}`,
      type: p.type as PdokDoc["type"],
      weergavenaam: p.type === "gemeente" ? `Gemeente ${p.name}` : `${p.name}, ${p.municipality}`,
      centroide_ll: point(p.latitude, p.longitude),
      woonplaatsnaam: p.type === "woonplaats" ? p.name : undefined,
      gemeentenaam: p.municipality,
    });
  }
  return docs;
}

/** "type:adres", "type:(woonplaats OR gemeente)" → the types, or null when it is not a type filter we know. */
function typesOf(fq: string): string[] | null {
  const m = /^type:(?:\(([^)]+)\)|(\w+))$/.exec(fq.trim());
  if (!m) return null;
  const types = m[1] ? m[1].split(/\s+OR\s+/) : [m[2]!];
  return types.every((t) => TYPES.includes(t)) ? types : null;
}

function matches(doc: PdokDoc, q: string): boolean {
  const text = q.trim().toLowerCase();
  switch (doc.type) {
    case "adres": {
      // Postcode and house number identify an address, as in the BAG.
      const tokens = text.split(/[\s,]+/);
      return compact(text).includes(doc.postcode!) && tokens.includes(String(doc.huis_nlt).toLowerCase());
    }
    case "postcode":
      return compact(text) === doc.postcode || (/^\d{4}$/.test(text) && doc.postcode!.startsWith(text));
    default:
      return text === (doc.woonplaatsnaam ?? doc.gemeentenaam ?? "").toLowerCase() || text === doc.weergavenaam.toLowerCase();
  }
}

export type RecordedRequest = { path: string; params: URLSearchParams };

export class FakePdok {
  readonly requests: RecordedRequest[] = [];
  /** "ok" answers; "error" answers 500; "hang" never answers (a timeout). */
  mode: "ok" | "error" | "hang" = "ok";
  private server: Server | null = null;
  private readonly docs = gazetteer();
  private readonly hanging = new Set<ServerResponse>();

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  reset() {
    this.requests.length = 0;
    this.mode = "ok";
  }

  async stop() {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    this.requests.push({ path: url.pathname, params: url.searchParams });
    if (this.mode === "hang") {
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    if (this.mode === "error") return send(res, 500, { error: "internal" });
    if (req.method !== "GET" || url.pathname !== "/free") return send(res, 404, { error: "not found" });
    const unknown = [...url.searchParams.keys()].filter((k) => !(FREE_PARAMETERS as readonly string[]).includes(k));
    if (unknown.length) return send(res, 400, { error: `unknown parameter: ${unknown.join(", ")}` });
    const q = url.searchParams.get("q");
    if (!q) return send(res, 400, { error: "missing parameter q" });
    const rowsRaw = url.searchParams.get("rows") ?? "10";
    const rows = Number(rowsRaw);
    if (!Number.isInteger(rows) || rows < 0 || rows > 100) return send(res, 400, { error: "rows must be 0–100" });
    let types: string[] | null = null;
    const fqs = url.searchParams.getAll("fq");
    for (const fq of fqs) {
      types = typesOf(fq);
      if (!types) return send(res, 400, { error: `invalid fq: ${fq}` });
    }
    const found = this.docs.filter((d) => (!types || types.includes(d.type)) && matches(d, q));
    const fl = url.searchParams
      .get("fl")
      ?.split(/[\s,]+/)
      .filter(Boolean);
    const docs = found.slice(0, rows).map((d) => (fl ? Object.fromEntries(Object.entries(d).filter(([k]) => fl.includes(k))) : d));
    send(res, 200, { response: { numFound: found.length, start: 0, maxScore: found.length ? 10 : 0, numFoundExact: true, docs } });
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--port");
  const port = i >= 0 ? Number(process.argv[i + 1]) : 0;
  const fake = new FakePdok();
  void fake.start(port).then((url) => console.info(`fake PDOK Locatieserver on ${url}`));
  const stop = () => void fake.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
