import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { dateTimeFormat, type Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { searchAuditLog, type AuditFilter } from "~/services/municipalities/municipalities-admin.server";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The audit log's filters from the URL; anything malformed is dropped, never an error. */
function filterFrom(url: URL): AuditFilter {
  const get = (name: string, max = 120) => (url.searchParams.get(name) ?? "").trim().slice(0, max) || undefined;
  const day = (name: string, addDays = 0) => {
    const v = get(name, 10);
    if (!v || !DAY.test(v)) return undefined;
    const date = new Date(`${v}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime() + addDays * 86_400_000);
  };
  const page = Math.floor(Number(url.searchParams.get("pagina")));
  return {
    action: get("actie"),
    entity: get("object"),
    actor: get("door")?.toLowerCase(),
    municipalityId: get("gemeente", 60),
    from: day("van"),
    until: day("tot", 1),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const { t } = getT(request);
  const url = new URL(request.url);
  const filter = filterFrom(url);
  const [result, municipalities] = await Promise.all([
    searchAuditLog(filter),
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const values = Object.fromEntries(["actie", "object", "door", "gemeente", "van", "tot"].map((k) => [k, url.searchParams.get(k) ?? ""]));
  const pageHref = (page: number) => {
    const p = new URLSearchParams(url.searchParams);
    p.set("pagina", String(page));
    return `/beheer/audit?${p}`;
  };
  return {
    title: t("municipalities:audit.title"),
    values,
    municipalities,
    total: result.total,
    page: filter.page,
    pageCount: result.pageCount,
    previous: filter.page > 1 ? pageHref(filter.page - 1) : null,
    next: filter.page < result.pageCount ? pageHref(filter.page + 1) : null,
    entries: result.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString(), actor: e.actor?.email ?? null })),
  };
}

export default function AuditLog() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const data = useLoaderData<typeof loader>();
  const when = (iso: string) => dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(new Date(iso));
  const field = (name: string, label: string, type = "text") => (
    <div>
      <label htmlFor={`audit-${name}`} className="label">
        {label}
      </label>
      <input id={`audit-${name}`} name={name} type={type} defaultValue={data.values[name]} className="input" />
    </div>
  );
  return (
    <div className="space-y-6">
      <p>
        <Link to="/beheer">{t("rules:back_admin")}</Link>
      </p>
      <h1>{t("municipalities:audit.title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("municipalities:audit.intro")}</p>
      <Form method="get" className="card grid gap-4 sm:grid-cols-3" aria-label={t("municipalities:audit.form")}>
        {field("actie", t("municipalities:audit.action"))}
        {field("object", t("municipalities:audit.entity"))}
        {field("door", t("municipalities:audit.actor"))}
        <div>
          <label htmlFor="audit-gemeente" className="label">
            {t("municipalities:audit.municipality")}
          </label>
          <select id="audit-gemeente" name="gemeente" defaultValue={data.values.gemeente} className="input">
            <option value="">{t("municipalities:audit.any")}</option>
            {data.municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        {field("van", t("municipalities:audit.from"), "date")}
        {field("tot", t("municipalities:audit.until"), "date")}
        <div className="sm:col-span-3">
          <button type="submit" className="btn">
            {t("municipalities:audit.search")}
          </button>
        </div>
      </Form>
      <p role="status">{t("municipalities:audit.count", { count: data.total })}</p>
      <DataTable
        caption={t("municipalities:audit.caption")}
        rows={data.entries}
        rowKey={(e) => e.id}
        empty={t("municipalities:audit.none")}
        columns={[
          { header: t("municipalities:audit.when"), cell: (e) => when(e.createdAt) },
          { header: t("municipalities:audit.action"), cell: (e) => <code>{e.action}</code> },
          { header: t("municipalities:audit.entity"), cell: (e) => `${e.entityType} ${e.entityId}` },
          { header: t("municipalities:audit.actor"), cell: (e) => e.actor ?? t("municipalities:audit.system") },
          { header: t("municipalities:audit.details"), cell: (e) => <code className="break-all text-xs">{e.details}</code> },
        ]}
      />
      <nav aria-label={t("municipalities:audit.pages")} className="flex gap-4">
        {data.previous ? <Link to={data.previous}>{t("search:previous")}</Link> : null}
        <span>{t("search:page_of", { page: data.page, pages: data.pageCount })}</span>
        {data.next ? <Link to={data.next}>{t("search:next")}</Link> : null}
      </nav>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
