import { route } from "@remix-run/route-config";

// Verification of organisations and signatures.
export const verificationRoutes = [
  route("gemeente/verificatie", "routes/municipality/verification/queue.tsx"),
  route("gemeente/verificatie/:id", "routes/municipality/verification/organisation.tsx"),
];

// The re-signing overview shows no area navigation, so it stays outside the layout.
export const verificationRoutesWithoutNav = [route("gemeente/opnieuw-ondertekenen", "routes/municipality/verification/resign.tsx")];
