import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { listInternshipsWithApplications } from "~/services/applications/applications-employer.server";
import { requireEmployer } from "~/utils/auth.server";
import { DataTable } from "~/components/data-table";

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployer(request, "read:applications:own");
  const { t } = getT(request);
  return { title: t("applications:employer.title"), internships: await listInternshipsWithApplications(organisationId) };
}

export default function EmployerApplications() {
  const { t } = useTranslation();
  const { internships } = useLoaderData<typeof loader>();
  const withApplications = internships.filter((i) => i.total > 0 || i.status === "published");
  return (
    <div className="space-y-6">
      <p>
        <Link to="/werkgever">{t("applications:employer.back_home")}</Link>
      </p>
      <h1>{t("applications:employer.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("applications:employer.intro")}</p>
      <DataTable
        caption={t("applications:employer.caption")}
        rows={withApplications}
        rowKey={(i) => i.id}
        empty={t("applications:employer.no_internships")}
        columns={[
          {
            header: t("applications:employer.internship"),
            cell: (i) => (
              <>
                <Link to={`/werkgever/sollicitaties/stage/${i.id}`}>{i.title}</Link>
                {i.status !== "published" ? (
                  <span className="ml-2 text-sm text-slate-700">({t(`applications:employer.internship_status.${i.status}`)})</span>
                ) : null}
              </>
            ),
          },
          {
            header: t("applications:employer.open"),
            cell: (i) => (
              <>
                {i.open}
                {i.overdue > 0 ? <span className="badge ml-2 bg-red-100 text-red-900">{t("response:overdue_count", { count: i.overdue })}</span> : null}
              </>
            ),
          },
          { header: t("applications:employer.invited"), cell: (i) => i.invited },
          { header: t("applications:employer.total"), cell: (i) => i.total },
        ]}
      />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
