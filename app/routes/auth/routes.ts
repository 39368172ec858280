import { route } from "@remix-run/route-config";

export const authRoutes = [
  route("inloggen", "routes/auth/sign-in.tsx"),
  route("registreren", "routes/auth/sign-up.tsx"),
  route("uitloggen", "routes/auth/sign-out.tsx"),
  route("taal", "routes/auth/language.tsx"),
];
