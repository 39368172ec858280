import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CorrectedNotice, LITERAL_PARAM, literalHref, NoResults } from "~/components/search-results";
import { SearchAlertForm } from "~/components/search-alert-form";
import { RESULTS_ID, SearchFilters } from "~/components/search/filters";
import { ResultCard } from "~/components/search/result-card";
import { ActiveFilters, Pagination } from "~/components/search/results-nav";
import { DISTANCES_KM, roundedDistance } from "~/domain/location";
import type { Locale } from "~/i18n/config";
import { getT } from "~/i18n/locale.server";
import type { SearchHit } from "~/search/document";
import { PARAM, searchHref, sortParamValue, sortsFor, toSearchParams } from "~/search/query";
import { broaderSectors, dropSuggestions, facetLabels, filterCount, locatedQueryFromUrl, searchPageWithFallback, spellingAlternative } from "~/search/search-public.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = getT(request);
  const url = new URL(request.url);
  // The place looked up once; every search below (fallbacks, suggestions) reuses it.
  const query = await locatedQueryFromUrl(url);
  const literal = url.searchParams.get(LITERAL_PARAM) === "1";
  const [{ result, corrected }, labels] = await Promise.all([searchPageWithFallback(query, { literal }), facetLabels(locale)]);
  const [suggestions, spelling, broader] =
    result.total === 0 ? await Promise.all([dropSuggestions(query), spellingAlternative(query, result), broaderSectors(query)]) : [[], null, []];
  // The feed, the export and the API have no fallback: they follow the words shown.
  const shown = corrected ? { ...query, text: corrected.text } : query;
  const links = (href: string) => (literal ? literalHref(href) : href);
  return {
    // The words in the tab title, so a tab or a history entry says which search it was.
    title: query.text ? t("search:title_with_query", { text: query.text }) : t("search:title"),
    description: t("search:count", { count: result.total }),
    query,
    result: { ...result, hits: result.hits.map(summary) },
    literal,
    filterCount: filterCount(query),
    labels,
    corrected: corrected ? { ...corrected, literalHref: literalHref(searchHref("/stages", query)) } : null,
    suggestions: suggestions.map((s) => ({ key: s.key, total: s.total, href: links(searchHref("/stages", s.query)) })),
    spelling: spelling ? { text: spelling.text, total: spelling.total, href: searchHref("/stages", spelling.query) } : null,
    broader: broader.map((b) => ({ sector: b.sector, total: b.total, href: searchHref("/stages", b.query) })),
    pageHrefs: {
      previous: links(searchHref("/stages", { ...query, page: result.page - 1 })),
      next: links(searchHref("/stages", { ...query, page: result.page + 1 })),
    },
    feedHref: searchHref("/stages.atom", shown, { page: false }),
    csvHref: searchHref("/stages.csv", shown, { page: false }),
    apiHref: searchHref("/api/v1/stages", shown, { page: false }),
  };
}

/** Only what a result card shows; the full document stays on the server. */
function summary(d: SearchHit) {
  return {
    id: d.id,
    title: d.title,
    organisationName: d.organisationName,
    city: d.city,
    districtName: d.districtName,
    level: d.level,
    hoursPerWeek: d.hoursPerWeek,
    route: d.route,
    monthlyAllowance: d.monthlyAllowance,
    hourlyWageCents: d.hourlyWageCents,
    // Below a raised minimum during the grace period: what and by when, for the card.
    belowCode: d.payCheck === "below_new_minimum" && d.requiredByCode !== null && d.raiseBy ? { required: d.requiredByCode, rule: d.codeRule, by: d.raiseBy } : null,
    startDate: d.startDate,
    distanceKm: typeof d.distanceKm === "number" ? roundedDistance(d.distanceKm) : null,
    pactSignatory: d.pactSignatory,
    marks: d.marks.map((type) => ({ type, validFrom: d.markSince[type] ?? null })),
  };
}

/** The search page's data, as the components in app/components/search/ receive it. */
export type SearchPageData = ReturnType<typeof useLoaderData<typeof loader>>;

function useDebounced<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return (...args: A) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => fn(...args), ms);
  };
}

export default function Stages() {
  const { t, i18n } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const { query, result } = data;
  const navigation = useNavigation();
  const submit = useSubmit();
  const input = useRef<HTMLInputElement>(null);
  const nearInput = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const filters = useRef<HTMLDetailsElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // A search is running: the next results are on their way, the ones shown are old.
  const searching = navigation.state !== "idle" && navigation.location.pathname === "/stages";

  // With JavaScript: results follow the form as the visitor types or ticks, without
  // moving focus or the scroll position. Each filter change is a history entry (back
  // undoes it); typing adds one entry for the words, not one per keystroke.
  const update = (form: HTMLFormElement, { typing }: { typing: boolean }) => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v !== "") params.append(k, v);
    params.delete(PARAM.page);
    // "Search instead for …" holds for the words it was given; new words may be corrected again.
    if ((params.get(PARAM.text) ?? "") !== query.text) params.delete(LITERAL_PARAM);
    const replace = typing && new URLSearchParams(window.location.search).has(PARAM.text);
    submit(params, { method: "get", action: "/stages", replace, preventScrollReset: true });
  };
  const updateSoon = useDebounced(update, 250);

  // Back/forward or a link ("drop this filter", "did you mean") change the query: tick
  // the filters and pick the sort to match. The controls are updated in place rather
  // than rebuilt, so keyboard focus stays on the box the visitor just ticked.
  useEffect(() => {
    if (!form.current) return;
    const params = toSearchParams(query);
    for (const control of Array.from(form.current.elements)) {
      if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
        control.checked = control.value === "" ? !params.has(control.name) : params.getAll(control.name).includes(control.value);
      } else if (control instanceof HTMLSelectElement) {
        control.value = params.get(control.name) ?? "";
      }
    }
  }, [query]);

  // Where the browser cannot show the filters of a closed <details> beside the results
  // (no ::details-content), open them from a tablet width up.
  useEffect(() => {
    if (filters.current && !CSS.supports("selector(::details-content)") && window.matchMedia("(min-width: 48rem)").matches) filters.current.open = true;
  }, []);

  // The same for the words and the place, unless the visitor is typing there.
  useEffect(() => {
    if (input.current && document.activeElement !== input.current) input.current.value = query.text;
  }, [query.text]);
  useEffect(() => {
    if (nearInput.current && document.activeElement !== nearInput.current) nearInput.current.value = query.near;
  }, [query.near]);
  const place = query.place;
  const placeError = place && place.status !== "found" ? place : null;
  // A result opened from a search near a place shows its distance from it; otherwise the link is the plain one.
  // The place and distance are above the folded filters, so "Filters (n)" counts only what is inside.
  const foldedCount = data.filterCount - (query.near ? 1 : 0);
  const nearParam = place?.status === "found" ? `?${new URLSearchParams({ [PARAM.near]: place.text })}` : "";

  return (
    <div className="space-y-6">
      <h1>{t("search:title")}</h1>
      <Form
        ref={form}
        method="get"
        action="/stages"
        role="search"
        aria-label={t("search:form_label")}
        className="grid gap-4 md:gap-6 lg:grid-cols-[18rem_1fr]"
        onSubmit={(e) => {
          // With JavaScript the results already follow the form; sending it (Enter, the
          // search button, "apply filters") searches now, and the apply button also closes
          // the filters and moves to the results.
          e.preventDefault();
          update(e.currentTarget, { typing: false });
          const submitter = (e.nativeEvent as SubmitEvent).submitter;
          if (submitter?.dataset.apply !== undefined) {
            if (filters.current) filters.current.open = false;
            resultsHeading.current?.focus();
          }
        }}
        onChange={(e) => {
          const target = e.target as HTMLElement;
          // A place is looked up when it is complete (Enter, the search button), not per keystroke.
          if (target instanceof HTMLInputElement && target.name === PARAM.near) return;
          if (target instanceof HTMLInputElement && target.type === "search") updateSoon(e.currentTarget, { typing: true });
          else update(e.currentTarget, { typing: false });
        }}
      >
        <div className="lg:col-span-2">
          <label htmlFor="q" className="label">
            {t("search:query_label")}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              ref={input}
              id="q"
              type="search"
              name={PARAM.text}
              defaultValue={query.text}
              placeholder={t("search:query_placeholder")}
              aria-describedby="q-hint"
              className="input mt-0 max-w-xl flex-1"
              maxLength={100}
              autoComplete="off"
            />
            <button type="submit" className="btn">
              {t("search:submit")}
            </button>
          </div>
          {/* On a phone the hint stays for screen readers only, so the first result fits the screen. */}
          <p id="q-hint" className="hint max-md:sr-only">
            {t("search:query_hint")}
          </p>
          {data.literal ? <input type="hidden" name={LITERAL_PARAM} value="1" /> : null}
          {/* Bottom-aligned: a label that wraps on a phone does not lift the distance above the field. */}
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <div className="min-w-0 max-w-sm flex-1">
              <label htmlFor="bij" className="label">
                {t("search:near_label")}
              </label>
              <input
                ref={nearInput}
                id="bij"
                type="text"
                name={PARAM.near}
                defaultValue={query.near}
                placeholder={t("search:near_placeholder")}
                aria-describedby={placeError ? "bij-error bij-hint" : "bij-hint"}
                aria-invalid={placeError ? true : undefined}
                className="input mt-1"
                maxLength={60}
                autoComplete="off"
              />
            </div>
            <div>
              <label htmlFor="afstand" className="label">
                {t("search:distance_label")}
              </label>
              <select id="afstand" name={PARAM.distance} defaultValue={String(query.distance ?? 10)} className="input mt-1">
                {DISTANCES_KM.map((km) => (
                  <option key={km} value={km}>
                    {t("search:distance_option", { km })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {placeError ? (
            <p id="bij-error" className="field-error" role="alert">
              {t(`search:near_error.${placeError.status}`, { text: placeError.text })}
            </p>
          ) : null}
          <p id="bij-hint" className={place?.status === "found" ? "hint" : "hint max-md:sr-only"}>
            {place?.status === "found" ? t("search:near_found", { km: query.distance, label: place.label }) : t("search:near_hint")}
          </p>
        </div>
        {/* Below a tablet width the filters fold away behind "Filters (3)", so the results
            come first; from md up they are always shown (the summary is hidden). */}
        <details
          ref={filters}
          className="group rounded-lg border border-slate-300 bg-white md:border-0 md:bg-transparent md:[&::details-content]:[content-visibility:visible]"
        >
          <summary className="flex cursor-pointer items-center justify-between px-4 py-3 font-semibold text-brand-700 md:hidden">
            {foldedCount ? t("search:filters_toggle", { count: foldedCount }) : t("search:filters_heading")}
            <span aria-hidden="true" className="group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="border-t border-slate-200 p-4 md:border-0 md:p-0">
            <SearchFilters data={data} />
          </div>
        </details>
        <section id={RESULTS_ID} aria-labelledby="results-heading" aria-busy={searching} className="scroll-mt-4 space-y-4">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="sr-only">
            {t("search:results_heading")}
          </h2>
          <div className="flex flex-wrap items-end justify-between gap-3">
            {/* While a search runs the old count would look current: the status replaces it. */}
            <p aria-live="polite" aria-atomic="true" className={searching ? "font-semibold text-slate-600" : "font-semibold"}>
              {searching ? t("search:searching") : t("search:count", { count: result.total })}
            </p>
            <div>
              <label htmlFor="sort" className="label">
                {t("search:sort_label")}
              </label>
              <select id="sort" name={PARAM.sort} defaultValue={sortParamValue(query, query.sort)} className="input mt-1">
                {sortsFor(query).map((s) => (
                  <option key={s} value={sortParamValue(query, s)}>
                    {t(`search:sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ActiveFilters data={data} />
          {data.corrected ? <CorrectedNotice corrected={data.corrected} /> : null}
          {result.total === 0 ? (
            <NoResults
              data={{ text: query.text, filters: data.filterCount, spelling: data.spelling, suggestions: data.suggestions, broader: data.broader }}
            />
          ) : null}
          {/* The results being replaced keep their contrast (dimming them fails WCAG 1.4.3);
              a dashed outline marks them as the old ones until the new ones arrive. */}
          <ul className={searching ? "space-y-3 rounded-lg outline-dashed outline-2 outline-offset-4 outline-slate-400" : "space-y-3"}>
            {result.hits.map((r) => (
              <ResultCard key={r.id} result={r} href={`/stages/${r.id}${nearParam}`} t={t} locale={i18n.language as Locale} />
            ))}
          </ul>
          <Pagination data={data} />
          <p className="text-sm">
            <a href={data.feedHref}>{t("search:feed_link")}</a> · <a href={data.csvHref}>{t("search:csv_link")}</a> ·{" "}
            <a href={data.apiHref}>{t("search:api_link")}</a>
          </p>
        </section>
      </Form>
      {/* Outside the search form: forms do not nest. */}
      <SearchAlertForm search={toSearchParams(data.query, { page: false }).toString()} />
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? ""} · Stagepact` },
  { name: "description", content: data?.description ?? "" },
  ...(data ? [{ tagName: "link", rel: "alternate", type: "application/atom+xml", href: data.feedHref, title: data.title }] : []),
];
