// Places and distances (distance search, the internship's work address). Pure: the
// geocoder that turns a place into coordinates lives in services; this module decides
// what a typed place means, how far two points are apart and what "within" means.

export type Coordinates = { latitude: number; longitude: number };

/** The distances a search can be limited to, in km; the first search with a place uses the default. */
export const DISTANCES_KM = [5, 10, 20, 50] as const;
export type DistanceKm = (typeof DISTANCES_KM)[number];
export const DEFAULT_DISTANCE_KM: DistanceKm = 10;
export const MAX_PLACE_LENGTH = 60;

export type PlaceQuery =
  /** Four digits: a postcode area ("1102"). */
  | { kind: "postcode4"; text: string; key: string }
  /** Four digits and two letters: one street side ("1102 AB"). */
  | { kind: "postcode6"; text: string; key: string }
  /** A place, district or street as typed ("Zaandam", "Amsterdam-Noord"). */
  | { kind: "place"; text: string; key: string };

export type PlaceQueryError = "too_long" | "invalid";

const POSTCODE4 = /^([1-9]\d{3})$/;
const POSTCODE6 = /^([1-9]\d{3})\s?([a-z]{2})$/i;
// Letters of any script, digits, spaces, hyphens, apostrophes, dots and commas: every
// Dutch place name ("'s-Hertogenbosch", "Nieuw-Vennep", "Sint Maarten") fits.
const PLACE = /^['’]?[\p{L}\p{N}][\p{L}\p{N}\s'’.,-]*$/u;

/**
 * What a visitor typed in the "near" field, normalised: postcodes in their usual
 * spelling ("1102ab" → "1102 AB"), places with single spaces. The key is what the
 * geocoder's answers are cached by. Null for an empty field.
 */
export function parsePlaceQuery(raw: string): PlaceQuery | { error: PlaceQueryError } | null {
  const text = raw.replace(/\s+/g, " ").trim();
  if (!text) return null;
  if (text.length > MAX_PLACE_LENGTH) return { error: "too_long" };
  const pc4 = POSTCODE4.exec(text);
  if (pc4) return { kind: "postcode4", text: pc4[1]!, key: `pc4:${pc4[1]}` };
  const pc6 = POSTCODE6.exec(text);
  if (pc6) {
    const normal = `${pc6[1]} ${pc6[2]!.toUpperCase()}`;
    return { kind: "postcode6", text: normal, key: `pc6:${normal.replace(" ", "")}` };
  }
  // Digits only but not a postcode ("123", "12345") is a mistake, not a place.
  if (/^\d+$/.test(text) || !PLACE.test(text)) return { error: "invalid" };
  return { kind: "place", text, key: `place:${text.toLocaleLowerCase("nl-NL")}` };
}

/** Parses a distance from a URL: one of DISTANCES_KM, else null. */
export function parseDistance(raw: string | null | undefined): DistanceKm | null {
  const n = Number(raw);
  return (DISTANCES_KM as readonly number[]).includes(n) ? (n as DistanceKm) : null;
}

// The mean earth radius (IUGG), in km; Meilisearch's _geoRadius uses the same formula.
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Within the radius, the edge included: an internship exactly 10 km away is "within 10 km". */
export function isWithin(origin: Coordinates, point: Coordinates, radiusKm: number): boolean {
  return distanceKm(origin, point) <= radiusKm;
}

/**
 * The latitude/longitude box around a circle, slightly larger than the circle: a cheap
 * prefilter on indexed columns before the exact distance is computed.
 */
export function boundingBox(origin: Coordinates, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI) * 1.001;
  const cos = Math.max(Math.cos(rad(origin.latitude)), 1e-6);
  const dLon = Math.min(180, dLat / cos);
  return {
    minLatitude: origin.latitude - dLat,
    maxLatitude: origin.latitude + dLat,
    minLongitude: origin.longitude - dLon,
    maxLongitude: origin.longitude + dLon,
  };
}

/** Coordinates that can be stored: finite, on earth, and in the WGS84 range. */
export function isValidCoordinates(c: { latitude?: number | null; longitude?: number | null } | null | undefined): c is Coordinates {
  return (
    !!c &&
    typeof c.latitude === "number" &&
    typeof c.longitude === "number" &&
    Number.isFinite(c.latitude) &&
    Number.isFinite(c.longitude) &&
    Math.abs(c.latitude) <= 90 &&
    Math.abs(c.longitude) <= 180
  );
}

/** A distance as shown: one decimal below 10 km ("3,4 km"), whole kilometres above. */
export function roundedDistance(km: number): number {
  return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
}
