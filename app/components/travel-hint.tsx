import { useTranslation } from "react-i18next";
import type { ShownTravelHint } from "~/domain/pay-code";
import { formatEuro, type Locale } from "~/i18n/config";

/** The municipality's help with travel costs, for an internship whose allowance is below the threshold. */
export function TravelHint({ hint, level = 2 }: { hint: ShownTravelHint; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="travel-hint-h" className="card border-brand-700">
      <Heading id="travel-hint-h">{t("travel:heading")}</Heading>
      <p className="mt-2">{t("travel:below", { threshold: formatEuro(hint.allowanceThreshold, i18n.language as Locale) })}</p>
      <p className="mt-2 whitespace-pre-line">{hint.text}</p>
      <p className="mt-2">
        <a href={hint.url} rel="noopener noreferrer">
          {t("travel:link")}
        </a>
      </p>
    </section>
  );
}
