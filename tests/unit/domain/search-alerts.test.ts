import { describe, expect, it } from "vitest";
import { digestWindow, inWindow, isDue, isExpiredPending, isoWeek, periodKey } from "~/domain/alerts";
import { saveSearchSchema, subscribeSearchSchema } from "~/schemas/search-alert";

describe("periodKey", () => {
  it.each([
    // Amsterdam is UTC+1 in winter: 23:30 UTC is already the next day there.
    ["daily", "2026-12-01T10:00:00Z", "2026-12-01"],
    ["daily", "2026-12-01T22:59:59Z", "2026-12-01"],
    ["daily", "2026-12-01T23:00:00Z", "2026-12-02"],
    // Summer time, UTC+2.
    ["daily", "2026-06-30T21:59:00Z", "2026-06-30"],
    ["daily", "2026-06-30T22:00:00Z", "2026-07-01"],
    // DST change nights (29 March and 25 October 2026).
    ["daily", "2026-03-29T00:30:00Z", "2026-03-29"],
    ["daily", "2026-03-28T23:30:00Z", "2026-03-29"],
    ["daily", "2026-10-24T22:30:00Z", "2026-10-25"],
    ["daily", "2026-10-25T22:59:00Z", "2026-10-25"],
    ["daily", "2026-10-25T23:00:00Z", "2026-10-26"],
    // Year boundary: New Year in Amsterdam at 23:00 UTC.
    ["daily", "2026-12-31T23:00:00Z", "2027-01-01"],
    ["weekly", "2026-12-01T10:00:00Z", "2026-W49"],
    // Monday 00:00 Amsterdam is Sunday 23:00 UTC.
    ["weekly", "2026-12-06T22:59:00Z", "2026-W49"],
    ["weekly", "2026-12-06T23:00:00Z", "2026-W50"],
    // 1 January 2027 is a Friday: still week 53 of 2026.
    ["weekly", "2027-01-01T12:00:00Z", "2026-W53"],
    ["weekly", "2027-01-04T12:00:00Z", "2027-W01"],
    // 29 December 2025 (Monday) belongs to week 1 of 2026.
    ["weekly", "2025-12-29T12:00:00Z", "2026-W01"],
  ] as const)("%s at %s is %s", (frequency, at, key) => {
    expect(periodKey(frequency, new Date(at))).toBe(key);
  });

  it.each([
    [2024, 12, 30, 2025, 1],
    [2021, 1, 3, 2020, 53],
    [2026, 1, 1, 2026, 1],
    [2023, 1, 1, 2022, 52],
  ])("isoWeek(%i-%i-%i) is %i-W%i", (y, m, d, wy, w) => {
    expect(isoWeek(y, m, d)).toEqual({ year: wy, week: w });
  });
});

describe("isDue", () => {
  const confirmedAt = new Date("2026-11-20T10:00:00Z");
  const base = { status: "active", frequency: "daily", confirmedAt, lastSentAt: null as Date | null };
  const at = (iso: string) => new Date(iso);
  it.each([
    ["active, never sent, after 07:00", base, "2026-12-01T07:00:00Z", true],
    ["before 07:00 Amsterdam (05:59 UTC)", base, "2026-12-01T05:59:00Z", false],
    ["from 07:00 Amsterdam (06:00 UTC)", base, "2026-12-01T06:00:00Z", true],
    ["paused", { ...base, status: "paused" }, "2026-12-01T10:00:00Z", false],
    ["pending", { ...base, status: "pending", confirmedAt: null }, "2026-12-01T10:00:00Z", false],
    ["unknown frequency", { ...base, frequency: "hourly" }, "2026-12-01T10:00:00Z", false],
    ["sent earlier today", { ...base, lastSentAt: at("2026-12-01T06:30:00Z") }, "2026-12-01T15:00:00Z", false],
    ["sent yesterday", { ...base, lastSentAt: at("2026-11-30T06:30:00Z") }, "2026-12-01T15:00:00Z", true],
    ["weekly, sent Monday this week", { ...base, frequency: "weekly", lastSentAt: at("2026-11-30T06:30:00Z") }, "2026-12-05T15:00:00Z", false],
    ["weekly, sent last week", { ...base, frequency: "weekly", lastSentAt: at("2026-11-27T06:30:00Z") }, "2026-12-01T15:00:00Z", true],
  ])("%s", (_label, alert, now, due) => {
    expect(isDue(alert, at(now))).toBe(due);
  });
});

describe("digest window", () => {
  const createdAt = new Date("2026-11-01T00:00:00Z");
  const confirmedAt = new Date("2026-11-02T00:00:00Z");
  const lastSentAt = new Date("2026-11-10T00:00:00Z");
  const now = new Date("2026-11-11T00:00:00Z");
  it("starts at the last digest, else the confirmation, else the creation", () => {
    expect(digestWindow({ confirmedAt, lastSentAt }, createdAt, now)).toEqual({ after: lastSentAt, until: now });
    expect(digestWindow({ confirmedAt, lastSentAt: null }, createdAt, now)).toEqual({ after: confirmedAt, until: now });
    expect(digestWindow({ confirmedAt: null, lastSentAt: null }, createdAt, now)).toEqual({ after: createdAt, until: now });
  });
  it.each([
    ["exactly at the last digest", "2026-11-10T00:00:00Z", false],
    ["just after", "2026-11-10T00:00:01Z", true],
    ["at now", "2026-11-11T00:00:00Z", true],
    ["after now", "2026-11-11T00:00:01Z", false],
  ])("%s", (_label, published, inside) => {
    expect(inWindow(new Date(published), { after: lastSentAt, until: now })).toBe(inside);
  });
});

describe("pending expiry", () => {
  const createdAt = new Date("2026-11-01T12:00:00Z");
  it.each([
    ["pending, 6 days 23 hours", "pending", "2026-11-08T11:00:00Z", false],
    ["pending, 7 days", "pending", "2026-11-08T12:00:00Z", true],
    ["active, 30 days", "active", "2026-12-01T12:00:00Z", false],
  ])("%s", (_label, status, now, expired) => {
    expect(isExpiredPending({ status, createdAt }, new Date(now))).toBe(expired);
  });
});

describe("form schemas", () => {
  it.each([
    [{ name: "  Zorg in Noord ", frequency: "daily" }, true, undefined],
    [{ name: "", frequency: "daily" }, false, "alerts:errors.name_required"],
    [{ name: "   ", frequency: "weekly" }, false, "alerts:errors.name_required"],
    [{ name: "x".repeat(81), frequency: "weekly" }, false, "alerts:errors.name_too_long"],
    [{ name: "Zorg", frequency: "hourly" }, false, "alerts:errors.frequency_required"],
    [{ name: "Zorg" }, false, "alerts:errors.frequency_required"],
  ])("save %j", (input, ok, message) => {
    const result = saveSearchSchema.safeParse(input);
    expect(result.success).toBe(ok);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(message);
    else expect(result.data.name).toBe("Zorg in Noord");
  });
  it.each([
    [{ name: "Zorg", frequency: "daily", email: " Ana@Example.NL " }, true, undefined],
    [{ name: "Zorg", frequency: "daily", email: "ana" }, false, "forms:email_invalid"],
    [{ name: "Zorg", frequency: "daily" }, false, "alerts:errors.email_required"],
  ])("subscribe %j", (input, ok, message) => {
    const result = subscribeSearchSchema.safeParse(input);
    expect(result.success).toBe(ok);
    if (!result.success) expect(result.error.issues[0]?.message).toBe(message);
    else expect(result.data.email).toBe("ana@example.nl");
  });
});
