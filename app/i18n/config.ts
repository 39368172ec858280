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

export function formatEuro(amount: number, locale: Locale) {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** A distance in km as shown: "3,4" (nl), "3.4" (en); whole km from 10 up. */
export function formatDistance(km: number, locale: Locale) {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** An hourly wage held in cents: "€ 14,50" (nl), "€14.50" (en). */
export function formatWage(cents: number, locale: Locale) {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
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
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(
    typeof date === "string" ? new Date(date) : date,
  );
}
