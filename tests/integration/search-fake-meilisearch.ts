// A FAKE of an external service: a small HTTP server that answers like Meilisearch
// (v1.x, https://www.meilisearch.com/docs/reference/api) for the endpoints the
// `meilisearch` client uses here, and records every request that does not follow the
// documented API. Meilisearch itself cannot be installed on these machines; a live test
// against a real server runs when MEILI_HOST is set (search-meilisearch-live.test.ts).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Doc = Record<string, unknown>;
type Task = { taskUid: number; indexUid: string | null; status: string; type: string; enqueuedAt: string };

const SETTINGS_KEYS = new Set([
  "displayedAttributes",
  "searchableAttributes",
  "filterableAttributes",
  "sortableAttributes",
  "rankingRules",
  "stopWords",
  "synonyms",
  "distinctAttribute",
  "typoTolerance",
  "faceting",
  "pagination",
  "proximityPrecision",
  "separatorTokens",
  "nonSeparatorTokens",
  "dictionary",
  "searchCutoffMs",
  "localizedAttributes",
  "embedders",
  "facetSearch",
  "prefixSearch",
]);
const SEARCH_KEYS = new Set([
  "indexUid",
  "q",
  "matchingStrategy",
  "filter",
  "facets",
  "sort",
  "page",
  "hitsPerPage",
  "limit",
  "offset",
  "attributesToRetrieve",
]);

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export class FakeMeilisearch {
  readonly violations: string[] = [];
  readonly requests: string[] = [];
  private server: Server;
  private indexes = new Map<string, { primaryKey: string | null; docs: Map<string, Doc>; settings: Record<string, unknown> }>();
  private tasks: Task[] = [];
  down = false;

  constructor(private readonly apiKey: string) {
    this.server = createServer((req, res) => {
      void this.handle(req).then(
        ({ status, body }) => {
          res.writeHead(status, { "Content-Type": "application/json" });
          res.end(JSON.stringify(body));
        },
        (error) => {
          this.violations.push(String(error));
          res.writeHead(500).end();
        },
      );
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async body(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    if (!text) return undefined;
    if (!(req.headers["content-type"] ?? "").startsWith("application/json")) this.violations.push(`${req.method} ${req.url}: body without JSON content type`);
    return JSON.parse(text);
  }

  private enqueue(indexUid: string | null, type: string, apply: () => string | null): { status: number; body: Task } {
    const failure = apply();
    const task: Task & { error?: unknown } = {
      taskUid: this.tasks.length,
      indexUid,
      status: failure ? "failed" : "succeeded",
      type,
      enqueuedAt: new Date().toISOString(),
      ...(failure ? { error: { code: failure, message: failure, type: "invalid_request", link: "" } } : {}),
    };
    this.tasks.push(task);
    // The documented answer to a write is 202 with the task in the "enqueued" state.
    return { status: 202, body: { taskUid: task.taskUid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt } };
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const url = new URL(req.url ?? "/", "http://fake");
    const route = `${req.method} ${url.pathname}`;
    this.requests.push(route);
    if (this.down) return { status: 503, body: { message: "down" } };
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) this.violations.push(`${route}: missing or wrong Authorization header`);
    const body = await this.body(req);
    let m: RegExpMatchArray | null;

    if (route === "GET /health") return { status: 200, body: { status: "available" } };
    if (route === "POST /indexes") {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      if (typeof uid !== "string") this.violations.push("POST /indexes without uid");
      return this.enqueue(uid, "indexCreation", () => {
        if (this.indexes.has(uid)) return "index_already_exists";
        this.indexes.set(uid, { primaryKey: primaryKey ?? null, docs: new Map(), settings: {} });
        return null;
      });
    }
    if ((m = route.match(/^GET \/tasks\/(\d+)$/))) {
      const task = this.tasks[Number(m[1])];
      if (!task) return { status: 404, body: { code: "task_not_found" } };
      return { status: 200, body: { ...task, uid: task.taskUid, startedAt: task.enqueuedAt, finishedAt: task.enqueuedAt, duration: "PT0S" } };
    }
    if ((m = route.match(/^PATCH \/indexes\/([^/]+)\/settings$/))) {
      for (const key of Object.keys(body as object)) if (!SETTINGS_KEYS.has(key)) this.violations.push(`unknown setting ${key}`);
      return this.enqueue(m[1], "settingsUpdate", () => {
        const index = this.indexes.get(m![1]);
        if (!index) return "index_not_found";
        Object.assign(index.settings, body);
        return null;
      });
    }
    if ((m = route.match(/^POST \/indexes\/([^/]+)\/documents$/))) {
      if (!Array.isArray(body)) this.violations.push("documents must be an array");
      return this.enqueue(m[1], "documentAdditionOrUpdate", () => {
        const index = this.indexes.get(m![1]);
        if (!index) return "index_not_found";
        const key = url.searchParams.get("primaryKey") ?? index.primaryKey ?? "id";
        for (const doc of body as Doc[]) index.docs.set(String(doc[key]), doc);
        return null;
      });
    }
    if ((m = route.match(/^POST \/indexes\/([^/]+)\/documents\/delete-batch$/))) {
      if (!Array.isArray(body)) this.violations.push("delete-batch must be an array of ids");
      return this.enqueue(m[1], "documentDeletion", () => {
        for (const id of body as string[]) this.indexes.get(m![1])?.docs.delete(String(id));
        return null;
      });
    }
    if ((m = route.match(/^DELETE \/indexes\/([^/]+)\/documents$/))) {
      return this.enqueue(m[1], "documentDeletion", () => {
        this.indexes.get(m![1])?.docs.clear();
        return null;
      });
    }
    if ((m = route.match(/^GET \/indexes\/([^/]+)\/stats$/))) {
      return { status: 200, body: { numberOfDocuments: this.indexes.get(m[1])?.docs.size ?? 0, isIndexing: false, fieldDistribution: {} } };
    }
    if (route === "POST /multi-search") {
      const { queries } = body as { queries: Record<string, unknown>[] };
      return { status: 200, body: { results: queries.map((q) => this.search(q)) } };
    }
    this.violations.push(`undocumented request ${route}`);
    return { status: 404, body: { code: "not_found" } };
  }

  private search(query: Record<string, unknown>) {
    for (const key of Object.keys(query)) if (!SEARCH_KEYS.has(key)) this.violations.push(`unknown search parameter ${key}`);
    const index = this.indexes.get(String(query.indexUid));
    if (!index) {
      this.violations.push(`search in missing index ${String(query.indexUid)}`);
      return { hits: [], totalHits: 0 };
    }
    const settings = index.settings as { filterableAttributes?: string[]; sortableAttributes?: string[]; searchableAttributes?: string[] };
    const filterable = new Set(settings.filterableAttributes ?? []);
    const sortable = new Set(settings.sortableAttributes ?? []);
    const facets = (query.facets as string[] | undefined) ?? [];
    for (const f of facets) if (!filterable.has(f)) this.violations.push(`facet ${f} is not filterable`);
    const sort = (query.sort as string[] | undefined) ?? [];
    // `_geoPoint(lat, lng):asc` needs `_geo` sortable, as Meilisearch documents.
    for (const s of sort) if (!sortable.has(s.startsWith("_geoPoint(") ? "_geo" : s.split(":")[0])) this.violations.push(`sort ${s} is not sortable`);

    const words = fold(String(query.q ?? "")).match(/[\p{L}\p{N}]+/gu) ?? [];
    const searchable = settings.searchableAttributes ?? ["*"];
    // Only the "all" matching strategy is faked: every query word must match. The
    // default ("last") would drop words from the end until documents match.
    if (words.length > 1 && query.matchingStrategy !== "all") this.violations.push('the fake only implements matchingStrategy "all"');
    // Like Meilisearch (prefixSearch "indexingTime"), only the last query word matches
    // the start of a word; the others match whole words. Unlike Meilisearch, no typos.
    let docs = [...index.docs.values()].filter((doc) => {
      if (words.length === 0) return true;
      const text =
        fold(searchable.map((a) => (Array.isArray(doc[a]) ? (doc[a] as unknown[]).join(" ") : String(doc[a] ?? ""))).join(" ")).match(/[\p{L}\p{N}]+/gu) ?? [];
      return words.every((w, i) => text.some((t) => (i === words.length - 1 ? t.startsWith(w) : t === w)));
    });
    docs = docs.filter((doc) => this.matches(doc, query.filter, filterable));
    // Meilisearch's geo sort `_geoPoint(lat, lng):asc` orders by metres from the point
    // and adds `_geoDistance` (metres) to each hit, as documented.
    let geoPoint: [number, number] | null = null;
    for (const s of [...sort].reverse()) {
      const geo = /^_geoPoint\((-?[\d.]+), ?(-?[\d.]+)\):(asc|desc)$/.exec(s);
      if (geo) {
        const point: [number, number] = [Number(geo[1]), Number(geo[2])];
        geoPoint = point;
        const metres = (doc: Doc) => geoMetres(doc, point) ?? Infinity;
        docs.sort((a, b) => (Math.round(metres(a)) - Math.round(metres(b))) * (geo[3] === "desc" ? -1 : 1));
        continue;
      }
      const [field, dir] = s.split(":");
      docs.sort((a, b) => (Number(a[field]) - Number(b[field])) * (dir === "desc" ? -1 : 1));
    }
    if (geoPoint) {
      const point = geoPoint;
      docs = docs.map((doc) => ({ ...doc, _geoDistance: Math.round(geoMetres(doc, point) ?? 0) }));
    }
    const facetDistribution: Record<string, Record<string, number>> = {};
    for (const f of facets) {
      facetDistribution[f] = {};
      for (const doc of docs) {
        const value = doc[f];
        for (const v of Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]) {
          facetDistribution[f][String(v)] = (facetDistribution[f][String(v)] ?? 0) + 1;
        }
      }
    }
    const hitsPerPage = Number(query.hitsPerPage ?? 20);
    const page = Number(query.page ?? 1);
    return {
      indexUid: query.indexUid,
      query: query.q ?? "",
      processingTimeMs: 0,
      hits: docs.slice((page - 1) * hitsPerPage, page * hitsPerPage),
      hitsPerPage,
      page,
      totalPages: Math.ceil(docs.length / Math.max(1, hitsPerPage)),
      totalHits: docs.length,
      ...(facets.length ? { facetDistribution } : {}),
    };
  }

  /** The array filter form: outer array AND, inner array OR; each item `attribute = value`. */
  private matches(doc: Doc, filter: unknown, filterable: Set<string>): boolean {
    if (filter === undefined || filter === null) return true;
    if (!Array.isArray(filter)) {
      this.violations.push("filter must use the array form here");
      return true;
    }
    return filter.every((clause) => (Array.isArray(clause) ? clause.some((c) => this.condition(doc, c, filterable)) : this.condition(doc, clause, filterable)));
  }

  private condition(doc: Doc, expression: string, filterable: Set<string>): boolean {
    // `_geoRadius(lat, lng, metres)`: documents with a _geo within that many metres.
    const radius = /^_geoRadius\((-?[\d.]+), ?(-?[\d.]+), ?([\d.]+)\)$/.exec(expression);
    if (radius) {
      if (!filterable.has("_geo")) this.violations.push("_geoRadius without _geo filterable");
      const metres = geoMetres(doc, [Number(radius[1]), Number(radius[2])]);
      return metres !== null && metres <= Number(radius[3]);
    }
    // Meilisearch's comparison operators on numbers (`attribute >= 400`), as documented.
    const compare = /^(\w+) (>=|>|<=|<) (-?\d+(?:\.\d+)?)$/.exec(expression);
    if (compare) {
      const [, attribute, operator, raw] = compare;
      if (!filterable.has(attribute)) this.violations.push(`filter on ${attribute}, which is not filterable`);
      const actual = doc[attribute];
      if (typeof actual !== "number") return false;
      const limit = Number(raw);
      return operator === ">=" ? actual >= limit : operator === ">" ? actual > limit : operator === "<=" ? actual <= limit : actual < limit;
    }
    const m = /^(\w+) = (.+)$/.exec(expression);
    if (!m) {
      this.violations.push(`unsupported filter expression ${expression}`);
      return false;
    }
    const [, attribute, raw] = m;
    if (!filterable.has(attribute)) this.violations.push(`filter on ${attribute}, which is not filterable`);
    const value = raw === "true" ? true : raw === "false" ? false : raw.startsWith('"') ? JSON.parse(raw) : Number(raw);
    const actual = doc[attribute];
    const same = (a: unknown) => a === value || String(a) === String(value);
    return Array.isArray(actual) ? actual.some(same) : same(actual);
  }
}

/** Haversine in metres, as Meilisearch computes geo distances; null without a valid _geo. */
function geoMetres(doc: Doc, [lat, lng]: [number, number]): number | null {
  const geo = doc._geo as { lat?: unknown; lng?: unknown } | undefined;
  if (!geo || typeof geo.lat !== "number" || typeof geo.lng !== "number") return null;
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(geo.lat - lat) / 2) ** 2 + Math.cos(r(lat)) * Math.cos(r(geo.lat)) * Math.sin(r(geo.lng - lng) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
