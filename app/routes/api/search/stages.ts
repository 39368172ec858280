import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataItem } from "~/search/formats";
import { searchHref } from "~/search/query";
import { queryFromUrl } from "~/search/search-public.server";
import { searchInternships } from "~/search/search.server";
import { appUrl } from "~/utils/env.server";

const PAGE_SIZE = 100;

// Open data: published internships only, paginated, with the same filters as /stages
// (?q=…&sector=…&pagina=2). No personal data: the trainer's contact details stay on the page.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const query = queryFromUrl(url);
  const result = await searchInternships(query, { pageSize: PAGE_SIZE, facets: false });
  const link = (page: number) => appUrl() + searchHref("/api/v1/stages", { ...query, page });
  return Response.json(
    {
      page: result.page,
      pageCount: result.pageCount,
      total: result.total,
      next: result.page < result.pageCount ? link(result.page + 1) : null,
      previous: result.page > 1 ? link(result.page - 1) : null,
      ...(result.place
        ? { place: { query: result.place.text, status: result.place.status, label: result.place.status === "found" ? result.place.label : null } }
        : {}),
      items: result.hits.map((d) => openDataItem(d, appUrl())),
    },
    { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } },
  );
}
