import { Link, useLocation } from "@remix-run/react";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { getReportPointI18n, REPORT_LANGUAGE_PARAM, REPORT_LANGUAGES, reportPointHref, type ReportLanguage } from "~/i18n/report-point";

/**
 * The reporting point's pages render in the visitor's chosen language: everything inside
 * reads `report-point` (and the form messages) from its own i18n instance, while the
 * site's header and footer keep the site's language.
 */
export function ReportPointProvider({ language, children }: { language: ReportLanguage; children: React.ReactNode }) {
  const i18n = useMemo(() => getReportPointI18n(language), [language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/** Links to the same page in each language, every name in its own language. */
export function ReportLanguageNav({ language }: { language: ReportLanguage }) {
  const { t } = useTranslation("report-point");
  const { pathname } = useLocation();
  return (
    <nav aria-label={t("language_nav")} className="mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {REPORT_LANGUAGES.map((l) => (
          <li key={l.code}>
            <Link
              to={reportPointHref(pathname, l.code)}
              lang={l.code}
              hrefLang={l.code}
              dir={l.dir}
              aria-current={l.code === language ? "true" : undefined}
              className={l.code === language ? "font-semibold no-underline" : undefined}
            >
              {l.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Keeps the chosen language through a POST without JavaScript, whatever the form's action. */
export function ReportLanguageField({ language }: { language: ReportLanguage }) {
  return <input type="hidden" name={REPORT_LANGUAGE_PARAM} value={language} />;
}
