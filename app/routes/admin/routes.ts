import { route } from "@remix-run/route-config";

export const adminRoutes = [
  route("beheer", "routes/admin/home.tsx"),
  route("beheer/mailbox", "routes/admin/mailbox.tsx"),
  // Further admin routes below, one line each.
];
