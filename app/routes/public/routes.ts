import { index, route } from "@remix-run/route-config";
import { publishingRoutes } from "./publishing/routes";
import { searchRoutes } from "./search/routes";

export const publicRoutes = [
  index("routes/public/home.tsx"),
  ...searchRoutes,
  route("stagepact", "routes/public/stagepact.tsx"),
  ...publishingRoutes,
  route("privacy", "routes/public/legal/privacy.tsx"),
  route("toegankelijkheid", "routes/public/legal/accessibility.tsx"),
  route("*", "routes/public/not-found.tsx"),
];
