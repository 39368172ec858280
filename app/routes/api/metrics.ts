import type { LoaderFunctionArgs } from "@remix-run/node";
import { metricsAccess, renderMetrics } from "~/services/platform/metrics.server";

// For the operators' Prometheus: behind METRICS_TOKEN; without one configured the page does not exist.
export async function loader({ request }: LoaderFunctionArgs) {
  const access = metricsAccess(request);
  if (access === "absent") return new Response("Not Found", { status: 404 });
  if (access === "denied") {
    return new Response("Unauthorized", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" } });
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
