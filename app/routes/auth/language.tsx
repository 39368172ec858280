import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/config";
import { localeCookie } from "~/i18n/locale.server";
import { safeRedirect } from "~/utils/auth.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lng = form.get("lng");
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  return redirect(safeRedirect(form.get("redirectTo"), "/"), { headers: { "Set-Cookie": localeCookie(locale) } });
}
