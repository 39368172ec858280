import { Outlet } from "@remix-run/react";
import { AreaNav, type AreaNavItem } from "~/components/area-nav";
import { useRootData } from "~/utils/root-data";

// Navigation only: this layout has no loader, and every page below it checks who is
// asking in its own loader and action (nested loaders run in parallel). The links are
// left out for someone without the role, who only gets here to read a 403.
const items: readonly AreaNavItem[] = [
  { to: "/gemeente/meldingen", labelKey: "oversight:nav.cases" },
  { to: "/gemeente/mystery-guest", labelKey: "oversight:nav.mystery_guest" },
  { to: "/gemeente/keurmerken", labelKey: "oversight:nav.keurmerken" },
  { to: "/gemeente/ondertekenaars", labelKey: "oversight:nav.signatories" },
  { to: "/gemeente/ranglijst", labelKey: "oversight:nav.ranking" },
  { to: "/gemeente/dashboard", labelKey: "oversight:nav.dashboard" },
];

export default function MunicipalityLayout() {
  const signedInAsOfficer = useRootData()?.user?.roles.includes("officer") ?? false;
  return (
    <>
      {signedInAsOfficer ? <AreaNav labelKey="oversight:nav.label" items={items} /> : null}
      <Outlet />
    </>
  );
}
