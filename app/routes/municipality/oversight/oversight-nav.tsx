import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const items = [
  { to: "/gemeente/meldingen", key: "cases" },
  { to: "/gemeente/mystery-guest", key: "mystery_guest" },
  { to: "/gemeente/keurmerken", key: "keurmerken" },
  { to: "/gemeente/ondertekenaars", key: "signatories" },
  { to: "/gemeente/ranglijst", key: "ranking" },
  { to: "/gemeente/dashboard", key: "dashboard" },
] as const;

/** The officer's task links, shown above each oversight page and on the start page. */
export function OversightNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("oversight:nav.label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              className={({ isActive }) =>
                `inline-block rounded-md border px-3 py-1 text-sm font-semibold no-underline ${
                  isActive ? "border-brand-700 bg-brand-700 text-white hover:text-white" : "border-brand-700 bg-white text-brand-700"
                }`
              }
            >
              {t(`oversight:nav.${item.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
