import { useTranslation } from "react-i18next";
import { formatDate, type Locale } from "~/i18n/config";

// Hearing back (DESIGN §3.3): the answer deadline and an organisation's responsiveness.

/** The deadline is 00:00 after the last working day; people read the last day itself. */
export function lastAnswerDay(respondBy: string | Date): Date {
  return new Date(new Date(respondBy).getTime() - 1);
}

export function DeadlineBadge({ respondBy, overdue }: { respondBy: string | null; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  if (!respondBy) return null;
  const date = formatDate(lastAnswerDay(respondBy), i18n.language as Locale);
  return overdue ? (
    <span className="badge bg-red-100 text-red-900">{t("response:overdue_badge", { date })}</span>
  ) : (
    <span className="text-sm text-slate-700">{t("response:respond_by", { date })}</span>
  );
}

export type ResponseStatsView = { counted: number; rate: number; medianDays: number | null; periodDays: number };

export function percentOf(rate: number): number {
  return Math.round(rate * 100);
}

export function ResponseStatsSection({ stats }: { stats: ResponseStatsView }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="response-h">
      <h2 id="response-h">{t("response:stats_title")}</h2>
      <p className="mt-2">{t("response:stats_rate", { percent: percentOf(stats.rate) })}</p>
      <p className="mt-1">
        {stats.medianDays === null
          ? t("response:stats_none_answered")
          : t("response:stats_median", { days: stats.medianDays.toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL") })}
      </p>
      <p className="hint mt-2">{t("response:stats_basis", { count: stats.counted, period: stats.periodDays })}</p>
    </section>
  );
}
