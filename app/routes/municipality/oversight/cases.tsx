import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CASE_STATUSES, isCaseStatus } from "~/domain/reports";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { getOfficerOverview } from "~/services/municipalities/municipality.server";
import { listCases } from "~/services/reports/reports.server";
import { notFound, requireOfficer } from "~/utils/auth.server";
import { DataTable } from "~/components/data-table";

export async function loader({ request }: LoaderFunctionArgs) {
  const { municipalityId } = await requireOfficer(request, "handle:report:municipality");
  const wanted = new URL(request.url).searchParams.get("status");
  const status = isCaseStatus(wanted) ? wanted : undefined;
  const [cases, overview] = await Promise.all([listCases(municipalityId, status), getOfficerOverview(municipalityId)]);
  if (!overview) notFound();
  const { t } = getT(request);
  return {
    title: t("oversight:cases.title"),
    municipality: overview.name,
    status: status ?? "",
    cases: cases.map((c) => ({
      id: c.id,
      reference: c.reference,
      type: c.type,
      category: c.category,
      status: c.status,
      createdAt: c.createdAt.toISOString(),
      fromApplication: c.applicationId !== null,
      organisation: c.organisation?.name ?? null,
      organisationText: c.organisationText,
      assignedTo: c.assignedTo?.name ?? null,
    })),
  };
}

export default function Cases() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { cases, status, municipality } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("oversight:cases.title")}</h1>
      <p className="mt-2 text-slate-700">{t("oversight:cases.intro", { municipality })}</p>
      <Form method="get" className="mt-4 flex items-end gap-2">
        <div>
          <label htmlFor="status" className="label">
            {t("oversight:cases.filter")}
          </label>
          <select id="status" name="status" defaultValue={status} className="input">
            <option value="">{t("oversight:cases.all")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reports:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("oversight:cases.apply_filter")}
        </button>
      </Form>
      <DataTable
        className="mt-6"
        flush
        caption={t("oversight:cases.title")}
        rows={cases}
        rowKey={(c) => c.id}
        empty={t("oversight:cases.empty")}
        columns={[
          {
            header: t("oversight:cases.reference"),
            cell: (c) => (
              <Link to={`/gemeente/meldingen/${c.id}`} className="font-mono">
                {c.reference}
              </Link>
            ),
          },
          { header: t("oversight:cases.received"), cell: (c) => formatDate(c.createdAt, locale) },
          {
            header: t("oversight:cases.subject"),
            cell: (c) => (
              <>
                {t(`reports:type.${c.type}`)}: {t(`reports:category.${c.type}.${c.category}`)}
                {c.fromApplication ? <span className="block text-sm text-slate-700">{t("oversight:cases.from_application")}</span> : null}
              </>
            ),
          },
          {
            header: t("oversight:cases.organisation"),
            cell: (c) => c.organisation ?? (c.organisationText ? `“${c.organisationText}”` : t("oversight:cases.unknown_organisation")),
          },
          { header: t("oversight:cases.status"), cell: (c) => t(`reports:status.${c.status}`) },
          { header: t("oversight:cases.assigned"), cell: (c) => c.assignedTo ?? t("oversight:cases.unassigned") },
        ]}
      />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
