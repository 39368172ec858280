import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listStudentReports } from "~/services/reports/reports.server";
import { requireStudent } from "~/utils/auth.server";
import { DataTable } from "~/components/data-table";

export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const reports = await listStudentReports(studentId);
  const { t } = getT(request);
  return {
    title: t("reports:mine.title"),
    reports: reports.map((r) => ({
      id: r.id,
      reference: r.reference,
      type: r.type,
      category: r.category,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      organisation: r.organisation?.name ?? r.organisationText ?? null,
    })),
  };
}

export default function MyReports() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { reports } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("reports:mine.title")}</h1>
      <p className="text-slate-700">{t("reports:mine.intro")}</p>
      <DataTable
        caption={t("reports:mine.title")}
        rows={reports}
        rowKey={(r) => r.id}
        empty={t("reports:mine.empty")}
        columns={[
          { header: t("reports:mine.reference"), cell: (r) => <span className="font-mono">{r.reference}</span> },
          { header: t("reports:mine.date"), cell: (r) => formatDate(r.createdAt, locale) },
          { header: t("reports:mine.subject"), cell: (r) => `${t(`reports:type.${r.type}`)}: ${t(`reports:category.${r.type}.${r.category}`)}` },
          { header: t("reports:mine.organisation"), cell: (r) => r.organisation ?? "—" },
          { header: t("reports:mine.status"), cell: (r) => t(`reports:status.${r.status}`) },
        ]}
      />
      <p>
        <Link to="/melden" className="btn">
          {t("reports:mine.new")}
        </Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
