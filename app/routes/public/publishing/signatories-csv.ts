import type { LoaderFunctionArgs } from "@remix-run/node";
import { signatoriesToCsv } from "~/domain/signatories";
import { getT } from "~/i18n/locale.server";
import { loadSignatories } from "~/services/signatories/signatories-public.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { year, lists } = await loadSignatories(request);
  const csv = signatoriesToCsv(lists.flatMap((l) => l.rows));
  const { t } = getT(request);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("common:file_name.signatories_csv", { year })}.csv"`,
      "Cache-Control": "public, max-age=300",
      // The file name follows the reader's language.
      Vary: "Accept-Language, Cookie",
    },
  });
}
