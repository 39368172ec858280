import { route } from "@remix-run/route-config";
import { adminRuleRoutes } from "./rules/routes";

export const adminRoutes = [
  route("beheer", "routes/admin/home.tsx"),
  route("beheer/mailbox", "routes/admin/mailbox.tsx"),
  route("beheer/zoekwoorden", "routes/admin/search-vocabulary.tsx"),
  ...adminRuleRoutes,
];
