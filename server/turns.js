// Work on the event loop takes turns (issue 15; ADR 038). In each turn of the loop, one
// piece of page work goes, in the order it came: a page render that is ready, or else a
// request's start; beside it one health check or metrics request.
//
// Rendering a page is synchronous work of 20–40 ms, and its database calls resolve without
// giving the loop back. Without turns, every request that arrived in one poll of the loop
// was handled back to back, and React's renders, each scheduled with setImmediate, ran back
// to back in the loop's check phase, before the loop looked at its sockets again, so under
// load /healthz and every later request waited for the whole burst. With turns, waiting work sits in a
// queue here, which costs nothing, and the loop reads its sockets between pages. Renders
// go before new requests: they finish work already begun. Health checks and metrics have a
// lane of their own: a load balancer must hear from a busy server that it is alive, and a
// flood of them must not hold the loop either.
//
// server.js and the server build (app/entry.server.tsx) each load this file, so the queues
// live on globalThis: both take turns in the same ones.

/**
 * Queues served per turn of the event loop (setImmediate: after the loop has polled its
 * sockets). An entry is a function that returns false when it had nothing to do (its
 * client left), so the turn goes to the next one.
 */
export function createTurns() {
  const queues = { health: [], render: [], start: [] };
  let scheduled = false;
  const size = () => queues.health.length + queues.render.length + queues.start.length;
  const serve = (queue) => {
    for (let run = queue.shift(); run !== undefined; run = queue.shift()) if (run()) return true;
    return false;
  };
  const turn = () => {
    scheduled = false;
    serve(queues.health);
    if (!serve(queues.render)) serve(queues.start);
    if (size() > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };
  return {
    /** Adds work to a queue: "health", "render" or "start". */
    add(queue, run) {
      queues[queue].push(run);
      schedule();
    },
    /** Entries waiting now, in all queues: for tests. */
    size,
  };
}

const KEY = Symbol.for("stagepact.turns");
const shared = () => (globalThis[KEY] ??= createTurns());

/** What has a lane of its own: the health check and the metrics, which a busy server must still answer. */
export const healthLane = (req) => req.path === "/healthz" || req.path === "/metrics";

/**
 * Express middleware: a request waits for its turn to start, in the health lane when
 * healthLane(req). A request whose client has gone while it waited is not started.
 */
export function takeTurns({ turns = shared() } = {}) {
  return (req, _res, next) => {
    turns.add(healthLane(req) ? "health" : "start", () => {
      if (req.socket.destroyed) return false;
      next();
      return true;
    });
  };
}

/**
 * A function that resolves in its turn: the page renders (app/entry.server.tsx) wait for
 * it, so React renders at most one page per turn of the loop, and renders go before new
 * requests start.
 */
export function turnTaker(turns = shared()) {
  return () =>
    new Promise((resolve) =>
      turns.add("render", () => {
        resolve();
        return true;
      }),
    );
}
