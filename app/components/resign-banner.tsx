import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, type Locale } from "~/i18n/config";

export type ResignBannerData = { version: number; resignBy: string; overdue: boolean };

/** Told to the employer while its signature is on a replaced pact version: sign the new one by the deadline. */
export function ResignBanner({ resign }: { resign: ResignBannerData | null }) {
  const { t, i18n } = useTranslation();
  if (!resign) return null;
  const params = { version: resign.version, date: formatDate(resign.resignBy, i18n.language as Locale) };
  return (
    <section className={`card border-l-4 ${resign.overdue ? "border-red-700" : "border-amber-600"}`} aria-labelledby="resign-h">
      <h2 id="resign-h">{t("resign:banner.title")}</h2>
      <p className="mt-1">{t(resign.overdue ? "resign:banner.overdue" : "resign:banner.due", params)}</p>
      <p className="mt-2">
        <Link to="/werkgever/stagepact#version-h" className="font-semibold">
          {t("resign:banner.link", params)}
        </Link>
      </p>
    </section>
  );
}
