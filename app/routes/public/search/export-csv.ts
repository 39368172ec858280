import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/locale.server";
import { toCsv } from "~/search/formats";
import { allResults, queryFromUrl } from "~/search/search-public.server";
import { appUrl } from "~/utils/env.server";

// The results of a search as CSV (open data): the same filters as /stages, published only.
export async function loader({ request }: LoaderFunctionArgs) {
  const query = queryFromUrl(new URL(request.url));
  const csv = toCsv(await allResults(query), appUrl());
  const { t } = getT(request);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("common:file_name.internships_csv")}.csv"`,
      "Cache-Control": "public, max-age=300",
      // The file name follows the reader's language.
      Vary: "Accept-Language, Cookie",
    },
  });
}
