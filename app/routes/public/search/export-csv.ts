import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/search/formats";
import { allResults, queryFromUrl } from "~/services/search-public.server";
import { appUrl } from "~/utils/env.server";

// The results of a search as CSV (open data): the same filters as /stages, published only.
export async function loader({ request }: LoaderFunctionArgs) {
  const query = queryFromUrl(new URL(request.url));
  const csv = toCsv(await allResults(query), appUrl());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="stagepact-stages.csv"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
