import { describe, expect, it } from "vitest";
import { boundingBox, distanceKm, isValidCoordinates, isWithin, parseDistance, parsePlaceQuery, roundedDistance } from "~/domain/location";

const DAM = { latitude: 52.3731, longitude: 4.8926 };
/** A point `km` due north or east of a point, on the sphere the domain uses. */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const north = (p: typeof DAM, km: number) => ({ latitude: p.latitude + km / KM_PER_DEGREE, longitude: p.longitude });

describe("parsePlaceQuery", () => {
  it.each([
    ["1102", { kind: "postcode4", text: "1102", key: "pc4:1102" }],
    [" 1102 ", { kind: "postcode4", text: "1102", key: "pc4:1102" }],
    ["1102AB", { kind: "postcode6", text: "1102 AB", key: "pc6:1102AB" }],
    ["1102 ab", { kind: "postcode6", text: "1102 AB", key: "pc6:1102AB" }],
    ["1102  ab", { kind: "postcode6", text: "1102 AB", key: "pc6:1102AB" }],
    ["Zaandam", { kind: "place", text: "Zaandam", key: "place:zaandam" }],
    ["  Amsterdam   Noord ", { kind: "place", text: "Amsterdam Noord", key: "place:amsterdam noord" }],
    ["'s-Hertogenbosch", { kind: "place", text: "'s-Hertogenbosch", key: "place:'s-hertogenbosch" }],
    ["Nieuw-Vennep", { kind: "place", text: "Nieuw-Vennep", key: "place:nieuw-vennep" }],
    ["Damrak 1, Amsterdam", { kind: "place", text: "Damrak 1, Amsterdam", key: "place:damrak 1, amsterdam" }],
    ["", null],
    ["   ", null],
    ["0123", { error: "invalid" }],
    ["123", { error: "invalid" }],
    ["12345", { error: "invalid" }],
    ["<script>", { error: "invalid" }],
    ["-Zaandam", { error: "invalid" }],
    ["a".repeat(61), { error: "too_long" }],
  ])("%j → %j", (raw, expected) => {
    expect(parsePlaceQuery(raw)).toEqual(expected);
  });
});

describe("parseDistance", () => {
  it.each([
    ["5", 5],
    ["10", 10],
    ["20", 20],
    ["50", 50],
    ["15", null],
    ["0", null],
    ["-10", null],
    ["10.5", null],
    ["", null],
    [null, null],
    ["abc", null],
  ])("%j → %j", (raw, expected) => {
    expect(parseDistance(raw)).toBe(expected);
  });
});

describe("distanceKm and isWithin", () => {
  it.each([
    // Known distances (great circle, mean earth radius), to 0.5 % or better.
    ["Dam to Amsterdam Centraal", DAM, { latitude: 52.3791, longitude: 4.9003 }, 0.82],
    ["Amsterdam to Zaandam", DAM, { latitude: 52.4389, longitude: 4.8258 }, 8.52],
    ["Amsterdam to Utrecht", DAM, { latitude: 52.0907, longitude: 5.1214 }, 35.1],
    ["Amsterdam to Rotterdam", DAM, { latitude: 51.9244, longitude: 4.4777 }, 57.4],
    ["the same point", DAM, DAM, 0],
  ])("%s", (_name, a, b, km) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, km < 1 ? 1 : 0);
    expect(distanceKm(b, a)).toBe(distanceKm(a, b));
  });

  it.each([
    [9.99, 10, true],
    [10, 10, true],
    [10.01, 10, false],
    [4.999, 5, true],
    [5.001, 5, false],
    [49.9, 50, true],
    [50.1, 50, false],
    [0, 5, true],
  ])("a point %s km away is within %s km: %s", (away, radius, expected) => {
    const point = north(DAM, away);
    // The edge itself: exactly the radius counts as within (rounding may land a hair over).
    const measured = distanceKm(DAM, point);
    expect(isWithin(DAM, point, radius)).toBe(away === radius ? measured <= radius : expected);
    if (away !== radius) expect(measured).toBeCloseTo(away, 6);
  });
});

describe("boundingBox", () => {
  it.each([5, 10, 20, 50])("holds every point of the %s km circle", (radius) => {
    const box = boundingBox(DAM, radius);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // Points on the circle: stepped along the bearing until exactly at the radius.
      const rad = (bearing * Math.PI) / 180;
      const lat = DAM.latitude + (radius / KM_PER_DEGREE) * Math.cos(rad);
      const lon = DAM.longitude + ((radius / KM_PER_DEGREE) * Math.sin(rad)) / Math.cos((DAM.latitude * Math.PI) / 180);
      const scale = radius / distanceKm(DAM, { latitude: lat, longitude: lon });
      const p = { latitude: DAM.latitude + (lat - DAM.latitude) * scale, longitude: DAM.longitude + (lon - DAM.longitude) * scale };
      if (!isWithin(DAM, p, radius)) continue;
      expect(p.latitude).toBeGreaterThanOrEqual(box.minLatitude);
      expect(p.latitude).toBeLessThanOrEqual(box.maxLatitude);
      expect(p.longitude).toBeGreaterThanOrEqual(box.minLongitude);
      expect(p.longitude).toBeLessThanOrEqual(box.maxLongitude);
    }
  });
});

describe("isValidCoordinates and roundedDistance", () => {
  it.each([
    [{ latitude: 52.37, longitude: 4.89 }, true],
    [{ latitude: 90, longitude: 180 }, true],
    [{ latitude: 90.1, longitude: 4 }, false],
    [{ latitude: 52, longitude: -181 }, false],
    [{ latitude: null, longitude: 4.89 }, false],
    [{ latitude: Number.NaN, longitude: 4.89 }, false],
    [{}, false],
    [null, false],
  ])("%j → %s", (c, expected) => {
    expect(isValidCoordinates(c)).toBe(expected);
  });

  it.each([
    [0.04, 0],
    [3.44, 3.4],
    [3.45, 3.5],
    [9.94, 9.9],
    [10.4, 10],
    [12.5, 13],
    [49.6, 50],
  ])("%s km is shown as %s km", (km, shown) => {
    expect(roundedDistance(km)).toBe(shown);
  });
});
