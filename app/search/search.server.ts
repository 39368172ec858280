// Search for the public pages, the feed, the CSV export and the open-data API.
// Picks the engine: Meilisearch when MEILI_HOST is set, the embedded FTS5 engine
// otherwise, and the embedded engine whenever Meilisearch does not answer.
import { publishedIdsSql } from "~/search/documents.server";
import { EmbeddedSearchEngine, databaseFileFromUrl } from "~/search/embedded.server";
import type { PlaceAnswer, SearchEngine, SearchOptions, SearchResult } from "~/search/engine";
import { MeilisearchEngine } from "~/search/meilisearch.server";
import { ALLOWANCE_THRESHOLDS, type SearchQuery } from "~/search/query";
import { rebuildSearchIndex, type RebuildProgress } from "~/search/rebuild.server";
import { RELAY_BATCH, relaySearchOutbox } from "~/search/relay.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { metrics } from "~/utils/metrics.server";
import { resolvePlace } from "~/services/locations/geocoder.server";
import { allowanceThresholdsInForce } from "~/services/pay-code/rules.server";

type Engines = { embedded: EmbeddedSearchEngine; meili: MeilisearchEngine | null; built?: Promise<void> };
const g = globalThis as unknown as { __stagepactSearch?: Engines & { url: string } };

function engines(): Engines {
  // Keyed on the database URL, so each test file (its own database) gets its own index connection.
  if (!g.__stagepactSearch || g.__stagepactSearch.url !== env.DATABASE_URL) {
    g.__stagepactSearch = {
      url: env.DATABASE_URL,
      embedded: new EmbeddedSearchEngine(databaseFileFromUrl(env.DATABASE_URL)),
      meili: env.MEILI_HOST ? new MeilisearchEngine(env.MEILI_HOST, env.MEILI_API_KEY) : null,
    };
  }
  return g.__stagepactSearch;
}

/** Every engine the index lives in: the embedded one always (it is the fallback), Meilisearch when configured. */
export function indexEngines(): SearchEngine[] {
  const { embedded, meili } = engines();
  return meili ? [embedded, meili] : [embedded];
}

/**
 * Builds the embedded index on first use when it was never built (a fresh database
 * before `npm run search:rebuild`), so search works on a new machine without a step.
 */
export function ensureSearchIndex(): Promise<void> {
  const e = engines();
  e.built ??= (async () => {
    if (await e.embedded.builtAt()) return;
    await rebuildSearchIndex(db, e.embedded);
  })().catch((error) => {
    e.built = undefined;
    throw error;
  });
  return e.built;
}

/** Loads the embedded engine's facet columns and spelling vocabulary ahead of the first search (a server about to listen). */
export async function warmSearch(): Promise<void> {
  const { embedded } = engines();
  if (await embedded.builtAt()) embedded.warm();
}

export async function searchInternships(query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
  const { query: located, place } = await locateQuery(query);
  const allowanceThresholds = options.allowanceThresholds ?? (options.facets === false ? [] : await currentAllowanceThresholds(located, new Date()));
  const result = await onlyPublished(await searchIndex(located, { ...options, allowanceThresholds }));
  return place ? { ...result, place } : result;
}

/**
 * Looks up the place a search is near (through the geocoder and its cache), once: the
 * query comes back with `origin` set, coordinates or null, and what became of the place.
 * A query already located, or without a place, comes back as it is.
 */
export async function locateQuery(query: SearchQuery, now = new Date()): Promise<{ query: SearchQuery; place: PlaceAnswer | null }> {
  if (!query.near) return { query: { ...query, origin: null }, place: null };
  if (query.origin !== undefined && query.place) return { query, place: query.place };
  const answer = await resolvePlace(query.near, now);
  const text = query.near;
  const place: PlaceAnswer =
    answer.status === "found"
      ? { status: "found", text: answer.place.text, label: answer.label }
      : answer.status === "parse_error"
        ? { status: answer.error, text }
        : answer.status === "empty"
          ? { status: "invalid", text }
          : { status: answer.status, text };
  const origin = answer.status === "found" ? { latitude: answer.latitude, longitude: answer.longitude } : null;
  return { query: { ...query, origin, place }, place };
}

/**
 * The allowance filter's choices from the rules in force, plus the amount in the URL when
 * it is not one of them, so a link made before a rule changed still shows what it filters on.
 */
async function currentAllowanceThresholds(query: SearchQuery, now: Date): Promise<number[]> {
  const thresholds = await allowanceThresholdsInForce(now);
  const offered = thresholds.length ? thresholds : [...ALLOWANCE_THRESHOLDS];
  if (query.minAllowance !== null && !offered.includes(query.minAllowance)) offered.push(query.minAllowance);
  return offered.sort((a, b) => a - b);
}

async function searchIndex(query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
  const { embedded, meili } = engines();
  if (meili) {
    try {
      return await meili.search(query, options);
    } catch (error) {
      metrics().searchFallbacks.inc();
      console.warn(`search: Meilisearch did not answer, using the embedded engine (${error instanceof Error ? error.message : error})`);
    }
  }
  await ensureSearchIndex();
  return embedded.search(query, options);
}

/**
 * The index follows the database a relay cycle later, or longer while Meilisearch was
 * away; an internship taken offline in the meantime must not be shown, linked, fed or
 * exported. So the hits are checked against the database (one lookup by primary key
 * per hit, never the status index: see publishedIdsSql); counts may lag by those few until the relay catches up.
 */
async function onlyPublished(result: SearchResult): Promise<SearchResult> {
  if (result.hits.length === 0) return result;
  const published = await db.$queryRaw<{ id: string }[]>(publishedIdsSql(result.hits.map((h) => h.id)));
  if (published.length === result.hits.length) return result;
  const live = new Set(published.map((p) => p.id));
  return { ...result, hits: result.hits.filter((h) => live.has(h.id)) };
}

/**
 * "Did you mean …?" when a text search found nothing. Only the embedded engine needs
 * it: Meilisearch forgives the same typos itself (typo tolerance), so when it finds
 * nothing there is no closer spelling to offer.
 */
export async function spellingSuggestion(text: string, answeredBy: SearchResult["engine"]): Promise<string | null> {
  if (!text || answeredBy !== "embedded") return null;
  await ensureSearchIndex();
  return engines().embedded.spellingSuggestion(text);
}

/** The job "relay-search-outbox". */
export function relayOutbox(now: Date) {
  return relaySearchOutbox(db, indexEngines(), now);
}

const WAKE_DEBOUNCE_MS = 20;
type Wake = { enabled: boolean; timer: NodeJS.Timeout | null; running: boolean; again: boolean };
const w = globalThis as unknown as { __stagepactRelayWake?: Wake };
// Like the scheduler: off in tests (they relay when they mean to) and where jobs are disabled.
const wake: Wake = (w.__stagepactRelayWake ??= { enabled: env.NODE_ENV !== "test" && !env.DISABLE_SCHEDULER, timer: null, running: false, again: false });

/** Turns the wake-up below on or off in this process (a test that checks it turns it on). */
export function enableSearchRelayWake(enabled = true) {
  wake.enabled = enabled;
}

/**
 * Wakes the outbox relay: a change recorded in the outbox reaches the index within a
 * few milliseconds after its transaction commits, rather than at the next tick of the
 * "relay-search-outbox" job (which stays, for retries and other servers' writes).
 * Called by enqueueSearchUpdate, usually inside the transaction: wake-ups within
 * WAKE_DEBOUNCE_MS share one relay run, and the run first waits for every transaction
 * open on the connection (the driver adapter runs them one at a time), so it reads
 * the outbox rows only once they are committed. Still through the outbox: a failed
 * relay leaves its rows for the job to retry.
 */
export function wakeSearchRelay() {
  if (!wake.enabled) return;
  if (wake.running) {
    wake.again = true;
    return;
  }
  if (wake.timer) return;
  wake.timer = setTimeout(() => void relayAfterCommit(), WAKE_DEBOUNCE_MS);
  wake.timer.unref();
}

async function relayAfterCommit() {
  wake.timer = null;
  wake.running = true;
  try {
    do {
      wake.again = false;
      // An empty transaction queues behind the one that wrote the outbox row.
      await db.$transaction(async () => undefined, { maxWait: 60_000 });
      // Drain: a relay run takes at most one batch.
      while ((await relayOutbox(new Date())).rows >= RELAY_BATCH);
    } while (wake.again);
  } catch (error) {
    console.warn(`search outbox: woken relay failed, the job will retry (${error instanceof Error ? error.message : error})`);
  } finally {
    wake.running = false;
  }
}

/** `npm run search:rebuild`: every configured engine (or the ones given) from scratch. */
export async function rebuildAll(onProgress?: (progress: RebuildProgress) => void, only: SearchEngine[] = indexEngines()) {
  const results = [];
  for (const engine of only) results.push(await rebuildSearchIndex(db, engine, { onProgress }));
  engines().built = Promise.resolve();
  return results;
}

/**
 * The engines whose index must be built from scratch (`npm start` asks): the embedded
 * one when it never was; Meilisearch when it holds a different number of internships
 * than the embedded index, which the same outbox keeps, so a new Meilisearch server or
 * MEILI_HOST set on an existing installation gets every internship, not only the ones
 * changed since. A Meilisearch that does not answer is left for later, with a warning:
 * search falls back to the embedded engine meanwhile.
 */
export async function enginesToBuild(): Promise<SearchEngine[]> {
  const { embedded, meili } = engines();
  const todo: SearchEngine[] = [];
  const embeddedBuilt = (await embedded.builtAt()) !== null;
  if (!embeddedBuilt) todo.push(embedded);
  if (meili) {
    const expected = embeddedBuilt ? await embedded.count() : await db.internship.count({ where: { status: "published" } });
    try {
      if ((await meili.count()) !== expected) todo.push(meili);
    } catch (error) {
      console.warn(`search: Meilisearch did not answer, its index is not checked now (${error instanceof Error ? error.message : error})`);
    }
  }
  return todo;
}

/**
 * The engine searches are answered by right now, for /healthz: Meilisearch when it is
 * configured and answers within a second, otherwise the embedded engine (the fallback).
 */
export async function searchEngineInUse(): Promise<{ configured: "meilisearch" | "embedded"; inUse: "meilisearch" | "embedded" }> {
  const { meili } = engines();
  if (!meili) return { configured: "embedded", inUse: "embedded" };
  const answered = await Promise.race([
    meili.count().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref()),
  ]);
  return { configured: "meilisearch", inUse: answered ? "meilisearch" : "embedded" };
}
