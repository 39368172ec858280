declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** Set by the server when this address went over the POST rate limit. */
    rateLimited?: boolean;
  }
}
export {};
