// The app's JSON logger: the same pino instance the HTTP server writes its request lines to.
// Log ids, counts and names of things; never an e-mail address, a query string, an address or a cookie.
export { logger } from "../../server/observability.js";
