// Below and above the search results: "clear all filters" and the pages.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SearchPageData } from "~/routes/public/search/stages";
import { emptyQuery, searchHref, toSearchParams } from "~/search/query";

export function ActiveFilters({ data }: { data: SearchPageData }) {
  const { t } = useTranslation();
  const { query } = data;
  if (query.page === 1 && toSearchParams(query).toString() === "") return null;
  const clear = searchHref("/stages", emptyQuery());
  return (
    <p className="text-sm">
      <Link to={clear} preventScrollReset>
        {t("search:clear_filters")}
      </Link>
    </p>
  );
}

export function Pagination({ data }: { data: SearchPageData }) {
  const { t } = useTranslation();
  const { result } = data;
  if (result.pageCount <= 1) return null;
  return (
    <nav aria-label={t("search:pagination")} className="flex flex-wrap items-center gap-4">
      {result.page > 1 ? <Link to={data.pageHrefs.previous}>{t("search:previous")}</Link> : null}
      <span>{t("search:page_of", { page: result.page, pages: result.pageCount })}</span>
      {result.page < result.pageCount ? <Link to={data.pageHrefs.next}>{t("search:next")}</Link> : null}
    </nav>
  );
}
