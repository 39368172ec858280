import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { skipsTurns, takeTurns, turnTaker } from "../../server/turns.js";

// What Express hands a middleware: only the fields takeTurns reads.
const request = (path: string, { gone = false } = {}) => ({ path, socket: { destroyed: gone } }) as unknown as Request;
const response = {} as Response;
const turnOfTheLoop = () => new Promise((resolve) => setImmediate(resolve));

function started(paths: string[], options?: Parameters<typeof takeTurns>[0], gone: string[] = []) {
  const middleware = takeTurns(options);
  const order: string[] = [];
  for (const path of paths) middleware(request(path, { gone: gone.includes(path) }), response, (() => order.push(path)) as NextFunction);
  return { middleware, order };
}

describe("requests take turns on the event loop (server/turns.js)", () => {
  it("starts none at once and then one per turn of the loop, in the order they came", async () => {
    const { middleware, order } = started(["/stages?q=a", "/stages?q=b", "/stages/c"]);
    expect(order).toEqual([]);
    expect(middleware.waiting()).toBe(3);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=a"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=a", "/stages?q=b"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=a", "/stages?q=b", "/stages/c"]);
    expect(middleware.waiting()).toBe(0);
  });

  it("lets the health check and the metrics go at once, ahead of waiting pages", async () => {
    const { order } = started(["/stages?q=a", "/healthz", "/stages?q=b", "/metrics"], { skip: skipsTurns });
    expect(order).toEqual(["/healthz", "/metrics"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/healthz", "/metrics", "/stages?q=a"]);
  });

  it.each([
    ["/healthz", true],
    ["/metrics", true],
    ["/stages", false],
    ["/healthz/extra", false],
    ["/", false],
  ])("%s skips the queue: %s", (path, skips) => {
    expect(skipsTurns(request(path))).toBe(skips);
  });

  it("does not start a request whose client left while it waited, and gives its turn to the next", async () => {
    const { order } = started(["/stages?q=gone", "/stages?q=here"], {}, ["/stages?q=gone"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=here"]);
  });

  it("reads new requests between turns: one that comes while others wait goes behind them", async () => {
    const { middleware, order } = started(["/a", "/b"]);
    await turnOfTheLoop();
    middleware(request("/c"), response, (() => order.push("/c")) as NextFunction);
    await turnOfTheLoop();
    await turnOfTheLoop();
    expect(order).toEqual(["/a", "/b", "/c"]);
  });

  it("lets page renders start one per turn of the loop, in the order they asked", async () => {
    const renderTurn = turnTaker();
    const order: string[] = [];
    const renders = ["first", "second", "third"].map((name) => renderTurn().then(() => order.push(name)));
    expect(order).toEqual([]);
    await turnOfTheLoop();
    expect(order).toEqual(["first"]);
    await turnOfTheLoop();
    expect(order).toEqual(["first", "second"]);
    await Promise.all(renders);
    expect(order).toEqual(["first", "second", "third"]);
  });
});
