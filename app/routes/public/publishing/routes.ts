import { route } from "@remix-run/route-config";

// Signatory list, ranking and the reporting point (DESIGN §3.4–3.6).
export const publishingRoutes = [
  route("melden", "routes/public/publishing/report.tsx"),
  route("melden/aanvullen", "routes/public/publishing/report-add.tsx"),
  route("stagepact/ondertekenaars", "routes/public/publishing/signatories.tsx"),
  route("stagepact/ondertekenaars.csv", "routes/public/publishing/signatories-csv.ts"),
  route("stagepact/ondertekenaars.json", "routes/public/publishing/signatories-json.ts"),
  route("ranglijst", "routes/public/publishing/ranking.tsx"),
];
