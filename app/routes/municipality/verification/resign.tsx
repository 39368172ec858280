import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listMustResign } from "~/services/pact/pact-resign.server";
import { requireOfficer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  // Scoped to the officer's own municipality: the list is read for that id only.
  const { municipalityId } = await requireOfficer(request, "verify:organisation:municipality");
  const { t } = getT(request);
  const { current, rows } = await listMustResign(municipalityId, new Date());
  return {
    title: t("resign:meta.title"),
    currentVersion: current?.version ?? null,
    rows: rows.map((r) => ({ ...r, resignBy: r.resignBy.toISOString() })),
  };
}

export default function ResignList() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { rows } = useLoaderData<typeof loader>();
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <div className="space-y-6">
      <p>
        <Link to="/gemeente/verificatie">{t("verification:queue.title")}</Link>
      </p>
      <h1>{t("resign:list.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("resign:list.intro")}</p>
      {rows.length === 0 ? (
        <p className="card">{t("resign:list.none")}</p>
      ) : (
        <>
          <p className="font-semibold">{t("resign:list.summary", { count: rows.length, overdue })}</p>
          <TableScroll label={t("resign:list.caption")} className="card p-0">
            <table className="table">
              <caption className="sr-only">{t("resign:list.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("resign:list.organisation")}</th>
                  <th scope="col">{t("resign:list.old_version")}</th>
                  <th scope="col">{t("resign:list.deadline")}</th>
                  <th scope="col">{t("resign:list.state")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.organisationId}>
                    <td>
                      <Link to={`/gemeente/verificatie/${r.organisationId}`}>{r.organisation}</Link>
                    </td>
                    <td>{t("resign:list.version", { version: r.oldVersion })}</td>
                    <td>{formatDate(r.resignBy, locale)}</td>
                    <td className={r.overdue ? "font-semibold text-red-800" : undefined}>{r.overdue ? t("resign:list.overdue") : t("resign:list.open")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
