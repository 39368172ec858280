import { route } from "@remix-run/route-config";

export const authRoutes = [
  route("inloggen", "routes/auth/sign-in.tsx"),
  route("inloggen/met/:provider", "routes/auth/sign-in-provider.tsx"),
  route("inloggen/met/:provider/terug", "routes/auth/sign-in-provider-callback.tsx"),
  route("inloggen/koppelen/:token", "routes/auth/link-identity.tsx"),
  route("registreren", "routes/auth/sign-up.tsx"),
  route("uitloggen", "routes/auth/sign-out.tsx"),
  route("taal", "routes/auth/language.tsx"),
  route("wachtwoord-vergeten", "routes/auth/forgot-password.tsx"),
  route("wachtwoord-herstellen", "routes/auth/reset-password.tsx"),
  route("account/wachtwoord", "routes/auth/change-password.tsx"),
];
