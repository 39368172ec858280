import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useReportPointLanguage, useRootData } from "~/utils/root-data";
import { FlashMessage } from "./flash-message";

const publicNav = [
  { to: "/stages", key: "nav.internships" },
  { to: "/stagepact", key: "nav.pact" },
  { to: "/stagepact/ondertekenaars", key: "nav.signatories" },
  { to: "/ranglijst", key: "nav.ranking" },
  { to: "/melden", key: "nav.report" },
] as const;

const areaNav = [
  { role: "student", to: "/student", key: "nav.area_student" },
  { role: "employer", to: "/werkgever", key: "nav.area_employer" },
  { role: "officer", to: "/gemeente", key: "nav.area_municipality" },
  { role: "admin", to: "/beheer", key: "nav.area_admin" },
] as const;

function navClass({ isActive }: { isActive: boolean }) {
  return `rounded px-2 py-1 no-underline ${isActive ? "bg-brand-800 text-white hover:text-white" : "text-white hover:bg-brand-800 hover:text-white"}`;
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const other = i18n.language === "nl" ? "en" : "nl";
  return (
    <Form method="post" action="/taal" className="inline">
      <input type="hidden" name="lng" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" className="rounded border border-white/60 px-2 py-1 text-sm text-white hover:bg-brand-800" lang={other}>
        {t("language.switch_to")}
      </button>
    </Form>
  );
}

export function SiteLayout({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const root = useRootData();
  const user = root?.user ?? null;
  const areas = areaNav.filter((a) => user?.roles.includes(a.role));
  // On the reporting point the page may be in another language than the site around it.
  const reportPoint = useReportPointLanguage();
  const site = reportPoint && reportPoint.language !== root?.locale ? { lang: root?.locale, dir: "ltr" } : {};
  return (
    <>
      <a {...site} href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("nav.skip")}
      </a>
      <header {...site} className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link to="/" className="text-xl font-bold text-white no-underline hover:text-white">
            Stagepact
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <LanguageSwitch />
            {user ? (
              <>
                <span className="text-sm">{t("nav.signed_in_as", { name: user.name })}</span>
                <NavLink to="/account/wachtwoord" className={navClass}>
                  {t("auth:password_change.nav_link")}
                </NavLink>
                <Form method="post" action="/uitloggen">
                  <button type="submit" className="rounded bg-white px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50">
                    {t("nav.sign_out")}
                  </button>
                </Form>
              </>
            ) : (
              <>
                <NavLink to="/inloggen" className={navClass}>
                  {t("nav.sign_in")}
                </NavLink>
                <NavLink to="/registreren" className={navClass}>
                  {t("nav.sign_up")}
                </NavLink>
              </>
            )}
          </div>
        </div>
        <nav aria-label={t("nav.main_label")} className="border-t border-white/20">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2">
            {publicNav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end className={navClass}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
            {areas.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className={navClass}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {root?.flash ? <FlashMessage flash={root.flash} /> : null}
        {children}
      </main>
      <footer {...site} className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">
          <p>{t("footer.about")}</p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link to="/stagepact">{t("nav.pact")}</Link>
            <Link to="/melden">{t("nav.report")}</Link>
            <Link to="/open-data">{t("footer.open_data")}</Link>
            <Link to="/privacy">{t("footer.privacy")}</Link>
            <Link to="/toegankelijkheid">{t("footer.accessibility")}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
