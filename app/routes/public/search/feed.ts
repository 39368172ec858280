import type { LoaderFunctionArgs } from "@remix-run/node";
import { formatDate, formatPay, formatRuleAmount } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import { toAtom } from "~/search/formats";
import { searchHref } from "~/search/query";
import { queryFromUrl } from "~/search/search-public.server";
import { searchInternships } from "~/search/search.server";
import { appUrl } from "~/utils/env.server";

// An Atom feed of the newest internships for any search: the same filters as /stages.
export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = getT(request);
  const query = { ...queryFromUrl(new URL(request.url)), sort: "newest" as const, page: 1 };
  const { hits } = await searchInternships(query, { pageSize: 50, facets: false });
  const pageUrl = appUrl() + searchHref("/stages", query, { page: false });
  const body = toAtom({
    id: appUrl() + searchHref("/stages.atom", query, { page: false }),
    title: query.text ? t("search:feed.title_query", { query: query.text }) : t("search:feed.title"),
    selfUrl: appUrl() + searchHref("/stages.atom", query, { page: false }),
    pageUrl,
    lang: locale,
    updated: new Date(hits[0]?.publishedAt ?? Date.now()),
    entries: hits.map((d) => ({
      id: `${appUrl()}/stages/${d.id}`,
      url: `${appUrl()}/stages/${d.id}`,
      title: d.title,
      author: d.organisationName,
      updated: new Date(d.publishedAt),
      summary: t(d.payCheck === "below_new_minimum" ? "search:feed.summary_below_code" : "search:feed.summary", {
        organisation: d.organisationName,
        city: d.city,
        pay: formatPay(d, locale),
        hours: d.hoursPerWeek,
        amount: d.requiredByCode === null ? "" : formatRuleAmount(d.requiredByCode, d.codeRule, locale),
        date: d.raiseBy ? formatDate(d.raiseBy, locale) : "",
      }),
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
