declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address as the server sees it; rate limits count per address. */
    clientAddress?: string;
    /** The request id in the log lines and the X-Request-Id response header. */
    requestId?: string;
  }
}
export {};
