// The process's Prometheus metrics, shared with the HTTP server (server/observability.js).
export { metrics } from "../../server/observability.js";
