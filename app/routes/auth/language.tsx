import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale } from "~/i18n/config";
import { localeCookie } from "~/i18n/locale.server";
import { getAuth, homePathFor } from "~/utils/auth.server";
import { safeRedirect } from "~/utils/redirect";
import { readFormData } from "~/utils/form.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  const lng = form.get("lng");
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  const auth = await getAuth(request);
  const home = auth ? homePathFor(auth.actor) : "/";
  return redirect(safeRedirect(form.get("redirectTo"), home), { headers: { "Set-Cookie": localeCookie(locale) } });
}
