import { isValidCoordinates, parsePlaceQuery, type PlaceQuery, type PlaceQueryError } from "~/domain/location";
import { addressCacheKey } from "~/domain/location/address";
import { db } from "~/utils/db.server";
import { geocoderEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";

// Where coordinates come from: PDOK Locatieserver v3.1 (the government's free geocoder
// over the BAG), behind an interface so search and the employer's forms never see HTTP.
// Answers are cached in GeocodeCache; an outage is "unavailable", never an exception.

export type GeocodeResult = { status: "found"; latitude: number; longitude: number; label: string } | { status: "not_found" } | { status: "unavailable" };

export type AddressQuery = { street: string; houseNumber?: string | null; postcode: string; city: string };

export interface Geocoder {
  lookupPlace(place: PlaceQuery): Promise<GeocodeResult>;
  lookupAddress(address: AddressQuery): Promise<GeocodeResult>;
}

export const DEFAULT_GEOCODER_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";
const TIMEOUT_MS = 2_500;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an answer is trusted: addresses and places rarely move; a miss may be a new street. */
export const CACHE_FOUND_MS = 180 * DAY_MS;
export const CACHE_NOT_FOUND_MS = DAY_MS;

/** The fields asked for; PDOK answers every field of the document otherwise. */
const FIELDS = "weergavenaam,type,centroide_ll,postcode,woonplaatsnaam,gemeentenaam";

type PdokDoc = { weergavenaam?: string; type?: string; centroide_ll?: string; postcode?: string; woonplaatsnaam?: string };

/** "POINT(4.89 52.37)" (longitude first) → coordinates, or null. */
export function parseCentroid(value: unknown): { latitude: number; longitude: number } | null {
  if (typeof value !== "string") return null;
  const m = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/.exec(value.trim());
  if (!m) return null;
  const c = { longitude: Number(m[1]), latitude: Number(m[2]) };
  return isValidCoordinates(c) ? c : null;
}

const compactPostcode = (p: string) => p.replace(/\s+/g, "").toUpperCase();

export class PdokGeocoder implements Geocoder {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  lookupPlace(place: PlaceQuery): Promise<GeocodeResult> {
    switch (place.kind) {
      case "postcode6":
        return this.free(compactPostcode(place.text), "type:postcode");
      case "postcode4":
        // PDOK has no four-digit areas: the first six-digit postcode of the area stands for it.
        return this.free(place.text, "type:postcode", (doc) => compactPostcode(doc.postcode ?? "").startsWith(place.text));
      case "place":
        return this.free(place.text, "type:(woonplaats OR gemeente OR wijk)");
    }
  }

  lookupAddress(address: AddressQuery): Promise<GeocodeResult> {
    const postcode = compactPostcode(address.postcode);
    // A result elsewhere (same street name in another town) is not this address.
    const samePostcode = (doc: PdokDoc) => compactPostcode(doc.postcode ?? "") === postcode;
    if (!address.houseNumber) return this.free(postcode, "type:postcode", samePostcode);
    return this.free(`${address.street} ${address.houseNumber} ${postcode} ${address.city}`, "type:adres", samePostcode);
  }

  private async free(q: string, fq: string, accept: (doc: PdokDoc) => boolean = () => true): Promise<GeocodeResult> {
    const url = new URL(`${this.baseUrl.replace(/\/+$/, "")}/free`);
    url.searchParams.set("q", q);
    url.searchParams.set("fq", fq);
    url.searchParams.set("rows", "1");
    url.searchParams.set("fl", FIELDS);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), headers: { Accept: "application/json" } });
      if (!response.ok) {
        // The query may be an address someone typed: log the kind of failure, not the text.
        logger().warn({ event: "geocoder.http_error", status: response.status, filter: fq }, "geocoder answered with an error");
        return { status: "unavailable" };
      }
      const body = (await response.json()) as { response?: { numFound?: number; docs?: PdokDoc[] } };
      if (!body?.response || !Array.isArray(body.response.docs)) {
        logger().warn({ event: "geocoder.bad_response", filter: fq }, "geocoder answer has no response.docs");
        return { status: "unavailable" };
      }
      const doc = body.response.docs.find((d) => accept(d));
      const point = doc ? parseCentroid(doc.centroide_ll) : null;
      if (!doc || !point) return { status: "not_found" };
      return { status: "found", ...point, label: doc.weergavenaam ?? q };
    } catch (error) {
      const reason = error instanceof Error ? error.name : "unknown";
      logger().warn({ event: "geocoder.unavailable", reason, filter: fq }, "geocoder could not be reached");
      return { status: "unavailable" };
    }
  }
}

/** Always unavailable: GEOCODER=off on machines without internet. */
export const offlineGeocoder: Geocoder = {
  lookupPlace: async () => ({ status: "unavailable" }),
  lookupAddress: async () => ({ status: "unavailable" }),
};

// Read when asked, not at start-up, so tests can point it at their fake.
export function currentGeocoder(): Geocoder {
  const { GEOCODER, GEOCODER_URL } = geocoderEnv();
  if (GEOCODER === "off") return offlineGeocoder;
  return new PdokGeocoder(GEOCODER_URL ?? DEFAULT_GEOCODER_URL);
}

async function cached(key: string, lookup: () => Promise<GeocodeResult>, now: Date): Promise<GeocodeResult> {
  const hit = await db.geocodeCache.findUnique({ where: { query: key } });
  if (hit) {
    const age = now.getTime() - hit.createdAt.getTime();
    if (hit.found && age < CACHE_FOUND_MS && hit.latitude !== null && hit.longitude !== null) {
      return { status: "found", latitude: hit.latitude, longitude: hit.longitude, label: hit.label ?? "" };
    }
    if (!hit.found && age < CACHE_NOT_FOUND_MS) return { status: "not_found" };
  }
  const result = await lookup();
  if (result.status === "unavailable") return result;
  const row =
    result.status === "found"
      ? { found: true, latitude: result.latitude, longitude: result.longitude, label: result.label, createdAt: now }
      : { found: false, latitude: null, longitude: null, label: null, createdAt: now };
  await db.geocodeCache.upsert({ where: { query: key }, create: { query: key, ...row }, update: row });
  return result;
}

/** A place (postcode or name) through the cache. */
export function geocodePlace(place: PlaceQuery, now = new Date(), geocoder = currentGeocoder()) {
  return cached(place.key, () => geocoder.lookupPlace(place), now);
}

/** A work address through the cache. */
export function geocodeAddress(address: AddressQuery, now = new Date(), geocoder = currentGeocoder()) {
  return cached(addressCacheKey(address), () => geocoder.lookupAddress(address), now);
}

export type ResolvedPlace = { status: "parse_error"; error: PlaceQueryError } | { status: "empty" } | ({ place: PlaceQuery } & GeocodeResult);

/** What the search service calls with the "near" field as typed. */
export async function resolvePlace(raw: string, now = new Date()): Promise<ResolvedPlace> {
  const parsed = parsePlaceQuery(raw);
  if (!parsed) return { status: "empty" };
  if ("error" in parsed) return { status: "parse_error", error: parsed.error };
  return { place: parsed, ...(await geocodePlace(parsed, now)) };
}
