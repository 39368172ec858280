import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TableScroll } from "~/components/data-table";
import { dateTimeFormat, formatDate, formatEuro, formatWage, numberFormat, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listResponsiveness } from "~/services/applications/application-response.server";
import { getDashboard } from "~/services/dashboard/dashboard.server";
import { notFound, requireOfficer } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "read:dashboard:municipality");
  const now = new Date();
  const dashboard = await getDashboard(municipalityId, now);
  if (!dashboard) notFound();
  const { t } = getT(request);
  const responsiveness = await listResponsiveness(municipalityId, now);
  return { title: t("oversight:dashboard.title"), now: now.toISOString(), dashboard, responsiveness };
}

function percent(share: number | null, locale: Locale) {
  if (share === null) return null;
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

function days(value: number, locale: Locale) {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

function monthLabel(key: string, locale: Locale) {
  const [y, m] = key.split("-").map(Number);
  return dateTimeFormat(locale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 15)));
}

export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { dashboard: d, now, responsiveness } = useLoaderData<typeof loader>();
  const na = t("oversight:dashboard.not_applicable");
  const tiles = [
    { key: "internships_published", value: String(d.internshipsPublished), detail: null },
    {
      key: "above_code",
      value: percent(d.aboveCode.share, locale) ?? na,
      detail: t("oversight:dashboard.above_code_detail", { count: d.aboveCode.count, total: d.aboveCode.total }),
    },
    {
      key: "invitation_rate",
      value: percent(d.invitation.rate, locale) ?? na,
      detail: t("oversight:dashboard.invitation_detail", { invited: d.invitation.invited, total: d.invitation.total }),
    },
    { key: "signatures_pending", value: String(d.signaturesPending), detail: null },
    { key: "below_code", value: String(d.belowCode.count), detail: t("oversight:dashboard.below_code_detail") },
    {
      key: "must_resign",
      value: String(d.mustResign.count),
      detail: t("oversight:dashboard.must_resign_detail", { overdue: d.mustResign.overdue }),
    },
    {
      key: "report_handling",
      value: d.reportHandling.medianDays === null ? na : t("oversight:dashboard.report_handling_value", { days: days(d.reportHandling.medianDays, locale) }),
      detail: t("oversight:dashboard.report_handling_detail", { count: d.reportHandling.closed }),
    },
    {
      key: "allowance_fte",
      value: d.allowancePerFullTime.median === null ? na : formatEuro(Math.round(d.allowancePerFullTime.median), locale),
      detail: t("oversight:dashboard.allowance_fte_detail", { count: d.allowancePerFullTime.internships, hours: d.fullTimeHours }),
    },
    {
      key: "bbl_wage",
      value: d.bblHourlyWage.medianCents === null ? na : formatWage(d.bblHourlyWage.medianCents, locale),
      detail: t("oversight:dashboard.bbl_wage_detail", { count: d.bblHourlyWage.internships }),
    },
  ] as const;
  return (
    <div>
      <h1>{t("oversight:dashboard.title")}</h1>
      <p className="mt-2 text-slate-700">{t("oversight:dashboard.intro", { municipality: d.municipality, date: formatDate(now, locale) })}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {tiles.map((tile) => (
          <li key={tile.key} className="card" data-testid={`figure-${tile.key}`}>
            <p className="text-sm font-semibold text-slate-700">{t(`oversight:dashboard.${tile.key}`)}</p>
            <p className="mt-2 text-3xl font-bold">{tile.value}</p>
            {tile.detail ? <p className="hint">{tile.detail}</p> : null}
          </li>
        ))}
      </ul>

      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="below-code-h">
          <h2 id="below-code-h">{t("oversight:dashboard.below_code_title")}</h2>
          {d.belowCode.nearest.length === 0 ? (
            <p className="mt-2">{t("oversight:dashboard.no_data")}</p>
          ) : (
            <ul className="mt-2 space-y-1">
              {d.belowCode.nearest.map((i) => (
                <li key={i.id}>
                  <Link to={`/stages/${i.id}`}>{i.title}</Link> ({i.organisation}) ·{" "}
                  {i.unpublishAfter
                    ? t("oversight:dashboard.below_code_row", { date: formatDate(i.unpublishAfter, locale) })
                    : t("oversight:dashboard.below_code_no_date")}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="must-resign-h">
          <h2 id="must-resign-h">{t("oversight:dashboard.must_resign")}</h2>
          <p className="mt-2">
            {t("resign:list.summary", { count: d.mustResign.count, overdue: d.mustResign.overdue })} ·{" "}
            <Link to="/gemeente/opnieuw-ondertekenen">{t("oversight:dashboard.must_resign_link")}</Link>
          </p>
        </section>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="median-h">
          <h2 id="median-h">{t("oversight:dashboard.median_title")}</h2>
          <p className="hint">{t("oversight:dashboard.median_hint", { hours: d.fullTimeHours })}</p>
          {d.medianBySector.length === 0 ? (
            <p className="mt-2">{t("oversight:dashboard.no_data")}</p>
          ) : (
            <TableScroll label={t("oversight:dashboard.median_caption")} className="mt-3">
              <table className="table">
                <caption className="sr-only">{t("oversight:dashboard.median_caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("oversight:dashboard.sector")}</th>
                    <th scope="col" className="text-right">
                      {t("oversight:dashboard.internships")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("oversight:dashboard.median")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("oversight:dashboard.bbl_internships")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("oversight:dashboard.bbl_median")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.medianBySector.map((row) => (
                    <tr key={row.sector}>
                      <th scope="row" className="font-normal">
                        {t(`common:sector.${row.sector}`)}
                      </th>
                      <td className="text-right">{row.internships}</td>
                      <td className="text-right">{row.median === null ? na : formatEuro(Math.round(row.median), locale)}</td>
                      <td className="text-right">{row.bblInternships}</td>
                      <td className="text-right">{row.bblHourlyMedianCents === null ? na : formatWage(row.bblHourlyMedianCents, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        <section className="card" aria-labelledby="applications-h">
          <h2 id="applications-h">{t("oversight:dashboard.applications_title")}</h2>
          <TableScroll label={t("oversight:dashboard.applications_title")} className="mt-3">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("oversight:dashboard.application_status")}</th>
                  <th scope="col" className="text-right">
                    {t("oversight:dashboard.count")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(d.applicationsByStatus).map(([status, count]) => (
                  <tr key={status}>
                    <th scope="row" className="font-normal">
                      {t(`oversight:application_status.${status}`)}
                    </th>
                    <td className="text-right">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      </div>

      <section className="card mt-6" aria-labelledby="reports-h">
        <h2 id="reports-h">{t("oversight:dashboard.reports_title")}</h2>
        {d.reports.rows.length === 0 ? (
          <p className="mt-2">{t("oversight:dashboard.no_data")}</p>
        ) : (
          <TableScroll label={t("oversight:dashboard.reports_caption")} className="mt-3">
            <table className="table">
              <caption className="sr-only">{t("oversight:dashboard.reports_caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("oversight:dashboard.category")}</th>
                  {d.reports.months.map((m) => (
                    <th key={m} scope="col" className="text-right">
                      {monthLabel(m, locale)}
                    </th>
                  ))}
                  <th scope="col" className="text-right">
                    {t("oversight:dashboard.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.reports.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row" className="font-normal">
                      {t(`reports:type.${row.key.split(".")[0]}`)}: {t(`reports:category.${row.key}`)}
                    </th>
                    {row.counts.map((c, i) => (
                      <td key={d.reports.months[i]} className="text-right">
                        {c}
                      </td>
                    ))}
                    <td className="text-right font-semibold">{row.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section className="card mt-6" aria-labelledby="responsiveness-h">
        <h2 id="responsiveness-h">{t("response:dashboard_title")}</h2>
        {responsiveness.length === 0 ? (
          <p className="mt-2">{t("response:dashboard_none")}</p>
        ) : (
          <TableScroll label={t("response:dashboard_caption")} className="mt-3">
            <table className="table">
              <caption className="sr-only">{t("response:dashboard_caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("response:dashboard_organisation")}</th>
                  <th scope="col" className="text-right">
                    {t("response:dashboard_rate")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("response:dashboard_median")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("response:dashboard_counted")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {responsiveness.map((r) => (
                  <tr key={r.organisationId}>
                    <th scope="row" className="font-normal">
                      {r.name}
                    </th>
                    <td className="text-right">{percent(r.rate, locale)}</td>
                    <td className="text-right">{r.medianDays === null ? na : days(r.medianDays, locale)}</td>
                    <td className="text-right">{r.counted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
