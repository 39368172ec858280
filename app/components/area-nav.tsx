import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** One link of an area's navigation; `end` marks it current only on its own path, not below it. */
export type AreaNavItem = { to: string; labelKey: string; end?: boolean };

/**
 * The task links of one audience's area (student, municipality), rendered once by the
 * area's layout route above every page in it. NavLink sets aria-current="page" on the
 * link of the page being shown.
 */
export function AreaNav({ labelKey, items }: { labelKey: string; items: readonly AreaNavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t(labelKey)} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end ?? false}
              className={({ isActive }) =>
                `inline-block rounded-md border px-3 py-1 text-sm font-semibold no-underline ${
                  isActive ? "border-brand-700 bg-brand-700 text-white hover:text-white" : "border-brand-700 bg-white text-brand-700"
                }`
              }
            >
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
