import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { turnTaker } from "../server/turns.js";
import { startScheduler } from "./jobs/scheduler.server";
import { warmSearch } from "./search/search.server";
import { withoutNulBytes } from "./utils/html-stream.server";
import { logger } from "./utils/logger.server";
import { NonceProvider } from "./utils/nonce";

const ABORT_DELAY = 5_000;

/** One page render starts per turn of the event loop (server/turns.js). */
const renderTurn = turnTaker();

startScheduler();

/**
 * Called by server.js before it listens (production): what the first searches would
 * otherwise read on the request path, where it holds every other request for a second.
 */
export async function warmUp(): Promise<void> {
  await warmSearch().catch((error: unknown) => logger().warn({ err: error }, "search warm-up failed; the first searches load the index"));
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  const callbackName = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  await renderTurn();

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [callbackName]: () => {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1000);
  });
}

// Errors are logged without the request's query string or body: those may hold personal data.
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  const path = new URL(request.url).pathname;
  logger().error(
    { requestId: context.requestId, method: request.method, path, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    "request failed",
  );
};
