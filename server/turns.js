// Work on the event loop takes turns: one request starts, and one page render starts, per
// turn of the loop, in the order they came (issue 15; ADR 038).
//
// Rendering a page is synchronous work of 20–40 ms, and its database calls resolve without
// giving the loop back. Without turns, every request that arrived in one poll of the loop
// was handled back to back, and React's renders, each scheduled with setImmediate, ran back
// to back in the loop's check phase, before the loop looked at its sockets again: at 50
// connections on the search page, /healthz got no answer within 10 s and the slowest
// searches waited longest (p99 9.0 s against p50 1.4 s). With turns, waiting work sits in a
// queue here, which costs nothing, and the loop reads its sockets between pages. Health
// checks and metrics skip the queue: a load balancer must hear from a busy server that it
// is alive.

/**
 * A queue served one entry per turn of the event loop (setImmediate: after the loop has
 * polled its sockets). An entry is a function that returns false when it had nothing to
 * do (its client left), so the turn goes to the next one.
 */
function turnQueue() {
  const waiting = [];
  let scheduled = false;
  const turn = () => {
    scheduled = false;
    for (let run = waiting.shift(); run !== undefined; run = waiting.shift()) if (run()) break;
    if (waiting.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };
  return {
    add(run) {
      waiting.push(run);
      schedule();
    },
    size: () => waiting.length,
  };
}

/**
 * Express middleware: a request waits for its turn; `skip(req)` requests go at once. A
 * request whose client has gone while it waited is not started.
 */
export function takeTurns({ skip = () => false } = {}) {
  const queue = turnQueue();
  const middleware = (req, _res, next) => {
    if (skip(req)) return next();
    queue.add(() => {
      if (req.socket.destroyed) return false;
      next();
      return true;
    });
  };
  /** Requests waiting for their turn now: for tests. */
  middleware.waiting = queue.size;
  return middleware;
}

/** What skips the queue: the health check and the metrics, which a busy server must still answer. */
export const skipsTurns = (req) => req.path === "/healthz" || req.path === "/metrics";

/**
 * A function that resolves in its turn, one call per turn of the loop, in call order: the
 * page renders (app/entry.server.tsx) wait for it, so React never renders two pages in one
 * turn of the loop.
 */
export function turnTaker() {
  const queue = turnQueue();
  return () =>
    new Promise((resolve) =>
      queue.add(() => {
        resolve();
        return true;
      }),
    );
}
