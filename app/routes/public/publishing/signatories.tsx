import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignatoryTable } from "~/components/signatory-table";
import { formatDate, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { loadSignatories } from "~/services/signatories/signatories-public.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const result = await loadSignatories(request);
  return { title: t("publishing:signatories.title"), ...result };
}

export default function Signatories() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { year, years, lists, response } = useLoaderData<typeof loader>();
  const query = `?jaar=${year}`;
  return (
    <div className="space-y-6">
      <h1>{t("publishing:signatories.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publishing:signatories.intro", { year })}</p>
      <div className="flex flex-wrap items-end gap-6">
        <Form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="jaar" className="label">
              {t("publishing:signatories.year")}
            </label>
            <select id="jaar" name="jaar" defaultValue={year} className="input">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {t("publishing:signatories.show")}
          </button>
        </Form>
        <p className="flex flex-wrap gap-4">
          <span className="font-semibold">{t("publishing:signatories.download")}:</span>
          <a href={`/stagepact/ondertekenaars.csv${query}`} download>
            {t("publishing:signatories.csv")}
          </a>
          <a href={`/stagepact/ondertekenaars.json${query}`}>{t("publishing:signatories.json")}</a>
        </p>
      </div>
      {lists.length === 0 ? <p className="card">{t("publishing:signatories.none_for_year", { year })}</p> : null}
      {lists.map((list) => (
        <section key={list.municipality.id} aria-labelledby={`list-${list.municipality.slug}`} className="space-y-3">
          <h2 id={`list-${list.municipality.slug}`}>
            {list.municipality.name} · {t("publishing:signatories.count", { count: list.rows.length })}
          </h2>
          <p className="text-slate-700">
            {list.publishedAt
              ? t("publishing:signatories.published_on", { municipality: list.municipality.name, date: formatDate(list.publishedAt, locale) })
              : t("publishing:signatories.provisional", { municipality: list.municipality.name })}
          </p>
          <SignatoryTable rows={list.rows} caption={`${t("publishing:signatories.title")} — ${list.municipality.name} ${year}`} response={response} />
        </section>
      ))}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
