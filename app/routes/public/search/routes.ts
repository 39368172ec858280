import { route, type RouteConfigEntry } from "@remix-run/route-config";

// Search, internship pages, feeds and exports (DESIGN §4, §3.6).
export const searchRoutes: RouteConfigEntry[] = [
  route("stages", "routes/public/search/stages.tsx"),
  route("stages.atom", "routes/public/search/feed.ts"),
  route("stages.csv", "routes/public/search/export-csv.ts"),
  route("stages/:id", "routes/public/search/stage.tsx"),
  route("open-data", "routes/public/search/open-data.tsx"),
  // Saved searches and e-mail alerts: save or subscribe, confirm, unsubscribe.
  route("zoekopdracht/opslaan", "routes/public/alerts/save.tsx"),
  route("zoekopdracht/bevestigen", "routes/public/alerts/confirm.tsx"),
  route("zoekopdracht/afmelden", "routes/public/alerts/unsubscribe.tsx"),
];
