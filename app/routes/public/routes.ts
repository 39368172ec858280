import { index, route } from "@remix-run/route-config";

export const publicRoutes = [
  index("routes/public/home.tsx"),
  route("stages", "routes/public/stages.tsx"),
  route("stages/:id", "routes/public/stage.tsx"),
  route("stagepact", "routes/public/stagepact.tsx"),
  route("stagepact/ondertekenaars", "routes/public/signatories.tsx"),
  route("ranglijst", "routes/public/ranking.tsx"),
  route("melden", "routes/public/report.tsx"),
  route("*", "routes/public/not-found.tsx"),
];
