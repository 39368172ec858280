import { describe, expect, it } from "vitest";
import { dateTimeFormat, formatDate, formatDistance, formatEuro, formatWage, numberFormat, type Locale } from "~/i18n/config";

// Intl's output uses narrow no-break spaces in places; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("amounts, distances and dates as shown", () => {
  it.each<[string, (locale: Locale) => string, string, string]>([
    ["a monthly allowance", (l) => formatEuro(500, l), "€ 500", "€500"],
    ["a large allowance", (l) => formatEuro(1250, l), "€ 1.250", "€1,250"],
    ["an hourly wage in cents", (l) => formatWage(1450, l), "€ 14,50", "€14.50"],
    ["a distance under 10 km", (l) => formatDistance(3.44, l), "3,4", "3.4"],
    ["a distance from 10 km", (l) => formatDistance(12.6, l), "13", "13"],
    ["a date, in Amsterdam's time zone", (l) => formatDate("2026-02-28T23:30:00Z", l), "1 maart 2026", "1 March 2026"],
  ])("%s", (_, format, nl, en) => {
    expect(plain(format("nl"))).toBe(nl);
    expect(plain(format("en"))).toBe(en);
    // Formatted twice, from the formatter made the first time: the same text.
    expect(plain(format("nl"))).toBe(nl);
  });

  it("makes one formatter per locale and options, and reuses it", () => {
    expect(numberFormat("nl", { maximumFractionDigits: 1 })).toBe(numberFormat("nl", { maximumFractionDigits: 1 }));
    expect(numberFormat("nl", { maximumFractionDigits: 1 })).not.toBe(numberFormat("en", { maximumFractionDigits: 1 }));
    expect(numberFormat("nl", { maximumFractionDigits: 1 })).not.toBe(numberFormat("nl", { maximumFractionDigits: 2 }));
    expect(dateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(new Date("2026-03-15T00:00:00Z"))).toBe("March");
  });
});
