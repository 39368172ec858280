import { health } from "~/services/platform/health.server";

// Public on purpose (load balancers ask without credentials): it reports no personal data.
export async function loader() {
  const report = await health();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
