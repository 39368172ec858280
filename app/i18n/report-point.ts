import { createInstance, type i18n as I18n, type Resource } from "i18next";
import { DEFAULT_LOCALE, resources, type Locale } from "./config";

// The reporting point (/melden and its follow-up page) speaks more languages than the
// rest of the site, because people who face discrimination must be able to report it in
// the language they are most at ease in. Only the `report-point` namespace exists in
// Turkish, Arabic and Polish; the site itself stays Dutch and English (SUPPORTED_LOCALES).
export const REPORT_LANGUAGES = [
  { code: "nl", name: "Nederlands", dir: "ltr" },
  { code: "en", name: "English", dir: "ltr" },
  { code: "tr", name: "Türkçe", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
  { code: "pl", name: "Polski", dir: "ltr" },
] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number]["code"];
export type TextDirection = "ltr" | "rtl";
/** The query parameter (and hidden form field) that carries the chosen language. */
export const REPORT_LANGUAGE_PARAM = "taal";
export const REPORT_NAMESPACE = "report-point";

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return typeof value === "string" && REPORT_LANGUAGES.some((l) => l.code === value);
}

export function directionOf(language: ReportLanguage): TextDirection {
  return REPORT_LANGUAGES.find((l) => l.code === language)?.dir ?? "ltr";
}

/** The chosen language: the form field, then `?taal=`, then the site's language. */
export function chooseReportLanguage({ url, formValue, siteLocale }: { url: URL; formValue?: unknown; siteLocale: Locale }): ReportLanguage {
  if (isReportLanguage(formValue)) return formValue;
  const fromUrl = url.searchParams.get(REPORT_LANGUAGE_PARAM);
  return isReportLanguage(fromUrl) ? fromUrl : siteLocale;
}

/** A link to a reporting-point page that keeps the chosen language. */
export function reportPointHref(path: string, language: ReportLanguage) {
  return `${path}?${REPORT_LANGUAGE_PARAM}=${language}`;
}

/**
 * What a reporting-point page hands the root layout through its loader data, so that the
 * html element's lang and dir follow the chosen language on these pages only.
 */
export type ReportPointPage = { reportPoint: { language: ReportLanguage; dir: TextDirection } };

export function reportPointPage(language: ReportLanguage): ReportPointPage {
  return { reportPoint: { language, dir: directionOf(language) } };
}

/**
 * An i18n instance for the reporting point. Besides `report-point`, it serves the form
 * messages the shared schemas return as keys (`forms:required`,
 * `reports:description_too_short`) from the namespace's `errors` section, so the field
 * components translate them in the chosen language without knowing about it.
 */
function reportPointResources(): Resource {
  const out: Resource = {};
  for (const { code } of REPORT_LANGUAGES) {
    const texts = resources[code]?.[REPORT_NAMESPACE] as { errors?: Record<string, Record<string, unknown>> } | undefined;
    if (!texts) continue;
    out[code] = { [REPORT_NAMESPACE]: texts, ...(texts.errors ?? {}) };
  }
  return out;
}

const cache = new Map<ReportLanguage, I18n>();
export function getReportPointI18n(language: ReportLanguage): I18n {
  let instance = cache.get(language);
  if (!instance) {
    instance = createInstance();
    const own = reportPointResources();
    void instance.init({
      lng: language,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: REPORT_LANGUAGES.map((l) => l.code),
      defaultNS: REPORT_NAMESPACE,
      ns: Object.keys(own[DEFAULT_LOCALE] ?? {}),
      resources: own,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    cache.set(language, instance);
  }
  return instance;
}
