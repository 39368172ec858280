import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CASE_STATUSES, isCaseStatus } from "~/domain/reports";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { getOfficerOverview } from "~/services/municipality.server";
import { listCases } from "~/services/reports.server";
import { notFound, requireOfficer } from "~/utils/auth.server";
import { OversightNav } from "./oversight-nav";

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
      <OversightNav />
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
      {cases.length === 0 ? (
        <p className="card mt-6">{t("oversight:cases.empty")}</p>
      ) : (
        <div className="card mt-6 overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">{t("oversight:cases.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("oversight:cases.reference")}</th>
                <th scope="col">{t("oversight:cases.received")}</th>
                <th scope="col">{t("oversight:cases.subject")}</th>
                <th scope="col">{t("oversight:cases.organisation")}</th>
                <th scope="col">{t("oversight:cases.status")}</th>
                <th scope="col">{t("oversight:cases.assigned")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/gemeente/meldingen/${c.id}`} className="font-mono">
                      {c.reference}
                    </Link>
                  </td>
                  <td>{formatDate(c.createdAt, locale)}</td>
                  <td>
                    {t(`reports:type.${c.type}`)}: {t(`reports:category.${c.type}.${c.category}`)}
                    {c.fromApplication ? <span className="block text-sm text-slate-700">{t("oversight:cases.from_application")}</span> : null}
                  </td>
                  <td>{c.organisation ?? (c.organisationText ? `“${c.organisationText}”` : t("oversight:cases.unknown_organisation"))}</td>
                  <td>{t(`reports:status.${c.status}`)}</td>
                  <td>{c.assignedTo ?? t("oversight:cases.unassigned")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
