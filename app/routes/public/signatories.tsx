import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { listApprovedSignatories } from "~/services/internships-public.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const rows = await listApprovedSignatories();
  return {
    title: t("public:signatories.title"),
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      sector: r.sector,
      place: [r.municipality.name, r.district?.name].filter(Boolean).join(", "),
      signedAt: r.signatures[0]?.signedAt.toISOString() ?? null,
    })),
  };
}

export default function Signatories() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { rows } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1>{t("public:signatories.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("public:signatories.intro")}</p>
      <table className="table card">
        <caption className="sr-only">{t("public:signatories.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("public:signatories.organisation")}</th>
            <th scope="col">{t("public:signatories.sector")}</th>
            <th scope="col">{t("public:signatories.place")}</th>
            <th scope="col">{t("public:signatories.signed")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{t(`common:sector.${r.sector}`)}</td>
              <td>{r.place}</td>
              <td>{r.signedAt ? formatDate(r.signedAt, locale) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
