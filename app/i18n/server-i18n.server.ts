import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInstance, type Resource, type ResourceLanguage, type TFunction } from "i18next";

export type MailLocale = "nl" | "en";

export function mailLocale(value: string | null | undefined): MailLocale {
  return value === "en" ? "en" : "nl";
}

const fallback = new Map<MailLocale, TFunction>();

/**
 * Translations for mail written by jobs. Inside the app the shared i18n instance is used;
 * `npm run job` runs under tsx without Vite, where app/i18n/config.ts cannot glob its
 * JSON files, so the same files are read from disk instead.
 */
export async function serverT(locale: MailLocale): Promise<TFunction> {
  try {
    const { getI18n } = await import("~/i18n/config");
    return getI18n(locale).t;
  } catch {
    const cached = fallback.get(locale);
    if (cached) return cached;
    const root = path.resolve("app/i18n/locales");
    const resources: Resource = {};
    for (const lng of readdirSync(root)) {
      const namespaces: ResourceLanguage = {};
      resources[lng] = namespaces;
      for (const file of readdirSync(path.join(root, lng))) {
        if (file.endsWith(".json")) namespaces[file.slice(0, -5)] = JSON.parse(readFileSync(path.join(root, lng, file), "utf8"));
      }
    }
    const instance = createInstance();
    await instance.init({
      lng: locale,
      fallbackLng: "nl",
      defaultNS: "common",
      ns: Object.keys(resources.nl ?? {}),
      resources,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    fallback.set(locale, instance.t);
    return instance.t;
  }
}
