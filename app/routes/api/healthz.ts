import { checkDatabase } from "~/services/health.server";

export async function loader() {
  const database = await checkDatabase();
  const ok = database.ok;
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
