import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/applications";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatDate, type Locale } from "~/i18n/config";
import { pseudonymFor } from "~/domain/anonymisation/display";
import { getT } from "~/i18n/locale.server";
import { listStudentApplications } from "~/services/applications/applications-student.server";
import { requireStudent } from "~/utils/auth.server";
import { DataTable } from "~/components/data-table";

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const { t } = getT(request);
  return { title: t("applications:list.title"), applications: await listStudentApplications(studentId) };
}

export default function StudentApplications() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { applications } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("applications:list.title")}</h1>
      <DataTable
        caption={t("applications:list.caption")}
        rows={applications}
        rowKey={(a) => a.id}
        empty={
          <>
            <p>{t("applications:list.empty")}</p>
            <Link to="/stages" className="btn mt-3">
              {t("applications:how.to_search")}
            </Link>
          </>
        }
        columns={[
          {
            header: t("applications:list.internship"),
            cell: (a) => <Link to={`/student/sollicitaties/${a.id}`}>{a.internshipTitle}</Link>,
          },
          { header: t("applications:list.organisation"), cell: (a) => a.organisationName },
          { header: t("applications:list.pseudonym"), cell: (a) => pseudonymFor(a.pseudonym, locale) },
          { header: t("applications:list.submitted"), cell: (a) => formatDate(a.submittedAt, locale) },
          { header: t("applications:list.status"), cell: (a) => <StatusBadge status={a.status} /> },
        ]}
      />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
