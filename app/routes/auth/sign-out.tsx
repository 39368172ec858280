import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { clearSessionCookie, invalidateSession, readSessionToken } from "~/utils/session.server";

export async function loader() {
  // Signing out changes state, so it happens only by POST (the header's button).
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const token = readSessionToken(request);
  if (token) await invalidateSession(token);
  return redirect("/", { headers: { "Set-Cookie": clearSessionCookie() } });
}
