import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, formatPay, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listOwnInternships } from "~/services/internships/internships-employer.server";
import { parseFlagReason } from "~/services/pay-code/pay-rules.server";
import { takenOfflineBySuspension } from "~/services/organisations/suspension.server";
import { requireEmployer } from "~/utils/auth.server";
import { DataTable } from "~/components/data-table";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "update:internship:own");
  const { t } = getT(request);
  const internships = await listOwnInternships(organisationId);
  return {
    title: t("employer:internships.title"),
    internships: internships.map((i) => {
      const flagReason = parseFlagReason(i.flagReason);
      // Why an offline internship is offline, when the employer has something to know or do.
      const offline = takenOfflineBySuspension(i) ? "suspension" : i.status === "unpublished" && i.flaggedAt && flagReason ? "fix" : null;
      return { ...i, flagReason, offline };
    }),
  };
}

export default function EmployerInternships() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { internships } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever">{t("employer:back_home")}</Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("employer:internships.title")}</h1>
        <Link className="btn" to="/werkgever/stages/nieuw">
          {t("employer:internships.new")}
        </Link>
      </div>
      <DataTable
        caption={t("employer:internships.caption")}
        rows={internships}
        rowKey={(i) => i.id}
        empty={t("employer:internships.empty")}
        columns={[
          {
            header: t("employer:internships.col_title"),
            cell: (i) => (
              <>
                <Link to={`/werkgever/stages/${i.id}`}>{i.title}</Link>
                {i.flagReason && i.flaggedAt ? (
                  <p className="text-sm text-red-800">
                    {t("employer:internships.flagged")}: {t(i.flagReason.key, i.flagReason.params)}
                  </p>
                ) : null}
                {i.offline ? (
                  <p className="text-sm">{t(i.offline === "suspension" ? "employer:internships.offline_suspended" : "employer:internships.offline_fix")}</p>
                ) : null}
              </>
            ),
          },
          { header: t("employer:internships.col_status"), cell: (i) => t(`employer:status.${i.status}`) },
          {
            header: t("employer:internships.col_pay"),
            cell: (i) => t("employer:internships.pay", { amount: formatPay(i, locale), hours: i.hoursPerWeek }),
          },
          { header: t("employer:internships.col_updated"), cell: (i) => formatDate(i.updatedAt, locale) },
        ]}
      />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
