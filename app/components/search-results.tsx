// The parts of the search page around the results: the "showing results for" line of
// the typo fallback, the status while a search runs, and the help when nothing is found.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * `letterlijk=1`: search the words exactly as typed, without the corrected search the
 * page falls back to when they find (almost) nothing. It stays in the URL, so a "search
 * instead for …" search can be shared.
 */
export const LITERAL_PARAM = "letterlijk";

/** The same search with the literal flag. */
export function literalHref(href: string): string {
  return `${href}${href.includes("?") ? "&" : "?"}${LITERAL_PARAM}=1`;
}

export type Corrected = { text: string; typed: string; literalHref: string };

/** "Showing results for *verpleegkundige*. Search instead for *verpleegkundge*". */
export function CorrectedNotice({ corrected }: { corrected: Corrected }) {
  const { t } = useTranslation();
  return (
    <p className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3">
      {t("search:corrected.showing")}{" "}
      <strong>
        <em>{corrected.text}</em>
      </strong>
      . {t("search:corrected.instead")}{" "}
      <Link to={corrected.literalHref} preventScrollReset>
        <em>{corrected.typed}</em>
      </Link>
    </p>
  );
}

export type NoResultsData = {
  text: string;
  filters: number;
  spelling: { text: string; total: number; href: string } | null;
  suggestions: { key: string; total: number; href: string }[];
  broader: { sector: string; total: number; href: string }[];
};

/** Nothing found: say for what, then offer the nearest words, the broader sector, a filter to drop. */
export function NoResults({ data }: { data: NoResultsData }) {
  const { t } = useTranslation();
  const title = data.text
    ? t(data.filters ? "search:empty.title_text_filters" : "search:empty.title_text", { text: data.text })
    : data.filters
      ? t("search:empty.title")
      : t("search:empty.title_none");
  const helped = data.spelling || data.suggestions.length || data.broader.length;
  return (
    <div className="card space-y-2">
      <p className="font-semibold">{title}</p>
      {data.spelling ? (
        <p>
          {t("search:empty.did_you_mean")}{" "}
          <Link to={data.spelling.href} className="font-semibold">
            {data.spelling.text}
          </Link>
          ? ({t("search:empty.did_you_mean_count", { count: data.spelling.total })})
        </p>
      ) : null}
      {data.broader.length ? (
        <>
          <p>{t("search:empty.broader_intro")}</p>
          <ul className="list-disc pl-6">
            {data.broader.map((b) => (
              <li key={b.sector}>
                <Link to={b.href}>{t("search:empty.broader", { sector: t(`common:sector.${b.sector}`), count: b.total })}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.suggestions.length ? (
        <>
          <p>{t("search:empty.drop_intro")}</p>
          <ul className="list-disc pl-6">
            {data.suggestions.map((s) => (
              <li key={s.key}>
                <Link to={s.href}>{t("search:empty.drop", { filter: t(`search:filter_name.${s.key}`), count: s.total })}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {helped || !data.text ? null : <p>{t("search:empty.nothing")}</p>}
    </div>
  );
}
