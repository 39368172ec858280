import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { createTurns, healthLane, takeTurns, turnTaker } from "../../server/turns.js";

// What Express hands a middleware: only the fields takeTurns reads.
const request = (path: string, { gone = false } = {}) => ({ path, socket: { destroyed: gone } }) as unknown as Request;
const response = {} as Response;
const turnOfTheLoop = () => new Promise((resolve) => setImmediate(resolve));

/** A fresh set of queues (not the process's shared one), a middleware on it, and the order in which requests started. */
function server() {
  const turns = createTurns();
  const middleware = takeTurns({ turns });
  const order: string[] = [];
  const arrive = (path: string, options?: { gone?: boolean }) => middleware(request(path, options), response, (() => order.push(path)) as NextFunction);
  const render = (name: string) => turnTaker(turns)().then(() => order.push(name));
  return { turns, order, arrive, render };
}

describe("work takes turns on the event loop (server/turns.js)", () => {
  it("starts no request at once and then one per turn of the loop, in the order they came", async () => {
    const { turns, order, arrive } = server();
    for (const path of ["/stages?q=a", "/stages?q=b", "/stages/c"]) arrive(path);
    expect(order).toEqual([]);
    expect(turns.size()).toBe(3);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=a"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=a", "/stages?q=b"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=a", "/stages?q=b", "/stages/c"]);
    expect(turns.size()).toBe(0);
  });

  it("serves the health check and the metrics in a lane of their own, never behind waiting pages", async () => {
    const { order, arrive } = server();
    for (const path of ["/stages?q=a", "/stages?q=b", "/stages?q=c", "/healthz", "/metrics"]) arrive(path);
    await turnOfTheLoop();
    expect(order).toEqual(["/healthz", "/stages?q=a"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/healthz", "/stages?q=a", "/metrics", "/stages?q=b"]);
  });

  it("serves a flood of health checks one per turn too", async () => {
    const { order, arrive } = server();
    for (let i = 0; i < 3; i++) arrive("/healthz");
    await turnOfTheLoop();
    expect(order).toEqual(["/healthz"]);
    await turnOfTheLoop();
    expect(order).toEqual(["/healthz", "/healthz"]);
  });

  it("renders at most one page per turn, before it starts another request", async () => {
    const { order, arrive, render } = server();
    arrive("/stages?q=a");
    arrive("/stages?q=b");
    void render("render 1");
    void render("render 2");
    await turnOfTheLoop();
    expect(order).toEqual(["render 1"]);
    await turnOfTheLoop();
    expect(order).toEqual(["render 1", "render 2"]);
    await turnOfTheLoop();
    expect(order).toEqual(["render 1", "render 2", "/stages?q=a"]);
  });

  it.each([
    ["/healthz", true],
    ["/metrics", true],
    ["/stages", false],
    ["/healthz/extra", false],
    ["/", false],
  ])("%s has a lane of its own: %s", (path, own) => {
    expect(healthLane(request(path))).toBe(own);
  });

  it("does not start a request whose client left while it waited, and gives its turn to the next", async () => {
    const { order, arrive } = server();
    arrive("/stages?q=gone", { gone: true });
    arrive("/stages?q=here");
    await turnOfTheLoop();
    expect(order).toEqual(["/stages?q=here"]);
  });

  it("reads new requests between turns: one that comes while others wait goes behind them", async () => {
    const { order, arrive } = server();
    arrive("/a");
    arrive("/b");
    await turnOfTheLoop();
    arrive("/c");
    await turnOfTheLoop();
    await turnOfTheLoop();
    expect(order).toEqual(["/a", "/b", "/c"]);
  });

  it("shares one set of queues in a process when none is given, as server.js and the server build do", async () => {
    const order: string[] = [];
    const middleware = takeTurns();
    middleware(request("/stages"), response, (() => order.push("start")) as NextFunction);
    void turnTaker()().then(() => order.push("render"));
    await turnOfTheLoop();
    expect(order).toEqual(["render"]);
    await turnOfTheLoop();
    expect(order).toEqual(["render", "start"]);
  });
});
