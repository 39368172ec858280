import type { LoaderFunctionArgs } from "@remix-run/node";
import { env } from "~/utils/env.server";
import { listOpenDataInternships } from "~/services/internships-public.server";

// Open data: published internships only, paginated, no personal data (the trainer's
// contact details stay on the page, not in bulk data).
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const page = Math.max(1, Math.floor(Number(url.searchParams.get("pagina") ?? url.searchParams.get("page")) || 1));
  const result = await listOpenDataInternships({ page });
  const link = (p: number) => `${env.APP_URL}/api/v1/stages?pagina=${p}`;
  return Response.json(
    {
      page: result.page,
      pageCount: result.pageCount,
      total: result.total,
      next: result.page < result.pageCount ? link(result.page + 1) : null,
      previous: result.page > 1 ? link(result.page - 1) : null,
      items: result.items.map((i) => ({ ...i, url: `${env.APP_URL}/stages/${i.id}` })),
    },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
