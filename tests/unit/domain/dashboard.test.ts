import { describe, expect, it } from "vitest";
import { allowancePerFullTime, handlingDays, median, medianAllowancePerFullTime, medianHandlingDays, medianHourlyWage } from "../../../app/domain/dashboard";

describe("median", () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[400], 400],
    [[500, 400], 450],
    [[600, 400, 500], 500],
    [[400, 400, 1000, 450], 425],
  ])("of %j is %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("an allowance per full-time equivalent", () => {
  it.each<[number, number, number, number]>([
    // allowance, hours, full-time hours, per full time
    [500, 36, 36, 500],
    [250, 18, 36, 500],
    [250, 16, 36, 562.5],
    [400, 32, 36, 450],
    [300, 20, 38, 570],
    [100, 24, 36, 150],
    [333, 35, 36, 342.51], // to the cent
    [500, 40, 36, 500], // more than full time counts as full time: not lowered
    [500, 38, 38, 500],
    [0, 20, 36, 0],
  ])("€%i for %i hours with a %i-hour week is €%s", (allowance, hours, fullTime, expected) => {
    expect(allowancePerFullTime(allowance, hours, fullTime)).toBe(expected);
  });

  it("refuses hours that cannot be", () => {
    expect(() => allowancePerFullTime(400, 0, 36)).toThrow(RangeError);
  });

  it("the median compares like with like and leaves out BBL posts without a monthly allowance", () => {
    const internships = [
      { monthlyAllowance: 250, hoursPerWeek: 16 }, // 562.50
      { monthlyAllowance: 500, hoursPerWeek: 36 }, // 500
      { monthlyAllowance: 400, hoursPerWeek: 36 }, // 400
      { monthlyAllowance: null, hoursPerWeek: 36 }, // BBL
    ];
    expect(medianAllowancePerFullTime(internships, 36)).toBe(500);
    // Raw, the same three would give 400.
    expect(median([250, 500, 400])).toBe(400);
    expect(medianAllowancePerFullTime([{ monthlyAllowance: null, hoursPerWeek: 36 }], 36)).toBeNull();
  });
});

describe("the BBL hourly wage median", () => {
  it.each<[(number | null)[], number | null]>([
    [[], null],
    [[null], null],
    [[1900], 1900],
    [[1900, 1450, null], 1675],
    [[1200, 1900, 2500], 1900],
  ])("of %j cents is %s", (wages, expected) => {
    expect(medianHourlyWage(wages.map((hourlyWageCents) => ({ hourlyWageCents })))).toBe(expected);
  });
});

describe("report handling time", () => {
  const at = (s: string) => new Date(s);
  it.each<[string, string | null, number | null]>([
    ["2026-11-01T10:00:00Z", null, null],
    ["2026-11-01T10:00:00Z", "2026-11-01T10:00:00Z", 0],
    ["2026-11-01T10:00:00Z", "2026-11-03T10:00:00Z", 2],
    ["2026-11-01T10:00:00Z", "2026-11-01T22:00:00Z", 0.5],
  ])("from %s to %s is %s days", (created, closed, expected) => {
    expect(handlingDays(at(created), closed ? at(closed) : null)).toBe(expected);
  });

  it("the median counts closed reports only, to one decimal", () => {
    const reports = [
      { createdAt: at("2026-11-01T00:00:00Z"), closedAt: at("2026-11-02T00:00:00Z") }, // 1
      { createdAt: at("2026-11-01T00:00:00Z"), closedAt: at("2026-11-05T08:00:00Z") }, // 4.33
      { createdAt: at("2026-11-01T00:00:00Z"), closedAt: null },
    ];
    expect(medianHandlingDays(reports)).toBe(2.7);
    expect(medianHandlingDays([{ createdAt: at("2026-11-01T00:00:00Z"), closedAt: null }])).toBeNull();
  });
});
