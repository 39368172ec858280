import type { LoaderFunctionArgs } from "@remix-run/node";
import { signatoriesToCsv } from "~/domain/signatories";
import { loadSignatories } from "./signatories.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { year, lists } = await loadSignatories(request);
  const csv = signatoriesToCsv(lists.flatMap((l) => l.rows));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stagepact-ondertekenaars-${year}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
