import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, accountLock, afterFailedSignIn, countAttempt, minutesLeft, type ThrottleState } from "../../../app/domain/throttle";

const t0 = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe("per-address window", () => {
  const policy = { limit: 3, windowMs: MIN };
  it.each([
    ["the first attempt", null, 0, 1, true],
    ["the third attempt in the window", { count: 2, windowStart: t0, lockedUntil: null }, 30_000, 3, true],
    ["the fourth attempt in the window", { count: 3, windowStart: t0, lockedUntil: null }, 59_999, 4, false],
    ["an attempt once the window has passed", { count: 9, windowStart: t0, lockedUntil: null }, MIN, 1, true],
  ] as [string, ThrottleState | null, number, number, boolean][])("%s", (_name, state, offset, count, allowed) => {
    const result = countAttempt(state, at(offset), policy);
    expect(result.state.count).toBe(count);
    expect(result.allowed).toBe(allowed);
  });
});

describe("per-account lock after failed sign-ins", () => {
  function failures(n: number, spacingMs: number) {
    let state: ThrottleState | null = null;
    for (let i = 0; i < n; i++) state = afterFailedSignIn(state, at(i * spacingMs));
    return state!;
  }

  it.each([
    ["four quick failures do not lock", 4, 1000, false],
    ["the fifth failure within 15 minutes locks", 5, 1000, true],
    ["five failures spread over more than 15 minutes do not lock", 5, 4 * MIN, false],
  ])("%s", (_name, n, spacing, locked) => {
    const state = failures(n, spacing);
    expect(accountLock(state, at((n - 1) * spacing)).locked).toBe(locked);
  });

  it("the lock lasts 15 minutes from the failure that started it, then counting starts again", () => {
    const state = failures(5, 1000);
    const lockedAt = at(4000);
    expect(state.lockedUntil).toEqual(new Date(lockedAt.getTime() + ACCOUNT_POLICY.lockMs));
    expect(accountLock(state, new Date(lockedAt.getTime() + ACCOUNT_POLICY.lockMs - 1)).locked).toBe(true);
    const after = new Date(lockedAt.getTime() + ACCOUNT_POLICY.lockMs);
    expect(accountLock(state, after).locked).toBe(false);
    const next = afterFailedSignIn(state, after);
    expect(next).toEqual({ count: 1, windowStart: after, lockedUntil: null });
  });

  it.each([
    [15 * MIN, 15],
    [61_000, 2],
    [1, 1],
  ])("%i ms left reads as %i minutes", (ms, minutes) => {
    expect(minutesLeft(at(ms), t0)).toBe(minutes);
  });
});
