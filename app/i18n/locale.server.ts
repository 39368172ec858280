import { DEFAULT_LOCALE, getI18n, isLocale, LOCALE_COOKIE, type Locale } from "./config";

/** Cookie first (the language switch), then the browser's Accept-Language, then Dutch. */
export function getLocale(request: Request): Locale {
  const cookie = request.headers.get("Cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`).exec(cookie);
  if (match && isLocale(match[1])) return match[1];
  const accept = request.headers.get("Accept-Language") ?? "";
  const ranked = accept
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { lng: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((x) => isLocale(x.lng))
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lng as Locale | undefined) ?? DEFAULT_LOCALE;
}

export function getT(request: Request) {
  const locale = getLocale(request);
  return { locale, t: getI18n(locale).t };
}

export function localeCookie(locale: Locale) {
  return `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax; Max-Age=${60 * 60 * 24 * 365}`;
}
