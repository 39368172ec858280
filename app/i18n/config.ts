import { createInstance, type i18n as I18n, type Resource } from "i18next";
import { isHourlyRuleKind } from "~/domain/pay-code/rules";

export const SUPPORTED_LOCALES = ["nl", "en"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "sp_lng";

// Every namespace is a JSON file in locales/<lng>/<ns>.json; Vite bundles them all,
// so server and client render from the same resources and hydration matches.
type LocaleFiles = Record<string, { default: Record<string, unknown> }>;
function localeFiles(): LocaleFiles {
  try {
    return import.meta.glob<{ default: Record<string, unknown> }>("./locales/*/*.json", { eager: true });
  } catch {
    // Outside Vite (`npm run job` under tsx) there is no import.meta.glob: the job
    // runner reads the same files from disk into this global before loading the app.
    return (globalThis as { __stagepactLocaleFiles?: LocaleFiles }).__stagepactLocaleFiles ?? {};
  }
}
const files = localeFiles();

export const resources: Resource = {};
for (const [file, mod] of Object.entries(files)) {
  const match = /\.\/locales\/([a-z]+)\/([a-z0-9-]+)\.json$/.exec(file);
  if (!match) continue;
  const [, lng, ns] = match;
  resources[lng] ??= {};
  resources[lng][ns] = mod.default;
}
export const namespaces = Object.keys(resources[DEFAULT_LOCALE] ?? {});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

export function createI18n(locale: Locale): I18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    defaultNS: "common",
    ns: namespaces,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

const cache = new Map<Locale, I18n>();
/** A shared, initialised instance per locale for server code (mail, feeds, meta). */
export function getI18n(locale: Locale): I18n {
  let instance = cache.get(locale);
  if (!instance) {
    instance = createI18n(locale);
    cache.set(locale, instance);
  }
  return instance;
}

/** The BCP 47 tag a locale formats numbers and dates with. */
const intlTag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

// An Intl formatter costs 20–100 µs to create and microseconds to use; a results page
// formats a hundred amounts and dates (3–7 ms a request at 200,000 internships, issue 15).
// One per locale and options, made on first use: the options are a few fixed literals.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${locale}:${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(intlTag(locale), options)));
  return format;
}
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${locale}:${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(intlTag(locale), options)));
  return format;
}

const EURO: Intl.NumberFormatOptions = { style: "currency", currency: "EUR", maximumFractionDigits: 0 };
const WAGE: Intl.NumberFormatOptions = { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 };
const WHOLE: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const ONE_DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: "long", timeZone: "Europe/Amsterdam" };

export function formatEuro(amount: number, locale: Locale) {
  return numberFormat(locale, EURO).format(amount);
}

/** A number of internships as shown: "13.858" (nl), "13,858" (en). */
export function formatCount(n: number, locale: Locale) {
  return numberFormat(locale, WHOLE).format(n);
}

/** A distance in km as shown: "3,4" (nl), "3.4" (en); whole km from 10 up. */
export function formatDistance(km: number, locale: Locale) {
  return numberFormat(locale, km < 10 ? ONE_DECIMAL : WHOLE).format(km);
}

/** An hourly wage held in cents: "€ 14,50" (nl), "€14.50" (en). */
export function formatWage(cents: number, locale: Locale) {
  return numberFormat(locale, WAGE).format(cents / 100);
}

/** A stored required amount in its rule's unit: cents an hour for the hourly kinds, euros a month otherwise. */
export function formatRuleAmount(amount: number, kind: string | null, locale: Locale) {
  return kind !== null && isHourlyRuleKind(kind) ? formatWage(amount, locale) : formatEuro(amount, locale);
}

/** What an internship pays, as a student reads it: a monthly allowance (BOL) or a gross hourly wage (BBL). */
export function formatPay(pay: { route?: string | null; monthlyAllowance: number | null; hourlyWageCents: number | null }, locale: Locale) {
  const t = getI18n(locale).t;
  if (pay.route === "BBL" && pay.hourlyWageCents !== null) return t("common:pay.per_hour", { amount: formatWage(pay.hourlyWageCents, locale) });
  return t("common:pay.per_month", { amount: formatEuro(pay.monthlyAllowance ?? 0, locale) });
}

export function formatDate(date: Date | string, locale: Locale) {
  return dateTimeFormat(locale, LONG_DATE).format(typeof date === "string" ? new Date(date) : date);
}
