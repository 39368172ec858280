import { Outlet } from "@remix-run/react";
import { AreaNav, type AreaNavItem } from "~/components/area-nav";
import { useRootData } from "~/utils/root-data";

// Navigation only: this layout has no loader, and every page below it checks who is
// asking in its own loader and action (nested loaders run in parallel). The links are
// left out for someone without the role, who only gets here to read a 403.
const items: readonly AreaNavItem[] = [
  { to: "/student", labelKey: "applications:nav.home", end: true },
  { to: "/student/profiel", labelKey: "applications:nav.profile", end: true },
  { to: "/student/zo-werkt-anoniem", labelKey: "applications:nav.how_it_works", end: true },
  { to: "/student/sollicitaties", labelKey: "applications:nav.applications" },
  { to: "/student/meldingen", labelKey: "reports:mine.title", end: true },
  { to: "/student/zoekopdrachten", labelKey: "alerts:list.title", end: true },
  { to: "/student/privacy", labelKey: "applications:nav.privacy", end: true },
];

export default function StudentLayout() {
  const signedInAsStudent = useRootData()?.user?.roles.includes("student") ?? false;
  return (
    <>
      {signedInAsStudent ? <AreaNav labelKey="applications:nav.label" items={items} /> : null}
      <Outlet />
    </>
  );
}
