import { route } from "@remix-run/route-config";

// Verification of organisations and signatures.
export const verificationRoutes = [
  route("gemeente/verificatie", "routes/municipality/verification/queue.tsx"),
  route("gemeente/verificatie/:id", "routes/municipality/verification/organisation.tsx"),
  route("gemeente/opnieuw-ondertekenen", "routes/municipality/verification/resign.tsx"),
];
