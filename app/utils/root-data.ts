// The root loader's data and the reporting point's language, for components anywhere in
// the tree. A type-only import of the root loader, so components never import root.tsx
// at run time (root.tsx renders the layout: a value import back would be a cycle).
import { useMatches, useRouteLoaderData } from "@remix-run/react";
import type { ReportPointPage } from "~/i18n/report-point";
import type { loader } from "~/root";

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

/** The reporting point's chosen language and direction when a page of it is shown (DESIGN §3.4). */
export function useReportPointLanguage() {
  return useMatches()
    .map((m) => (m.data as Partial<ReportPointPage> | undefined)?.reportPoint)
    .find((p) => p !== undefined);
}
