import { route } from "@remix-run/route-config";
import { adminRuleRoutes } from "./rules/routes";

export const adminRoutes = [
  route("beheer", "routes/admin/home.tsx"),
  route("beheer/mailbox", "routes/admin/mailbox.tsx"),
  route("beheer/zoekwoorden", "routes/admin/search-vocabulary.tsx"),
  route("beheer/gemeenten", "routes/admin/municipalities/list.tsx"),
  route("beheer/gemeenten/:id", "routes/admin/municipalities/detail.tsx"),
  route("beheer/audit", "routes/admin/audit.tsx"),
  ...adminRuleRoutes,
];
