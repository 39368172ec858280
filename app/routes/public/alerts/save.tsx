import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SearchAlertForm } from "~/components/search-alert-form";
import { getT } from "~/i18n/locale.server";
import { saveSearchSchema, subscribeSearchSchema } from "~/schemas/search-alert";
import { searchHrefOf } from "~/domain/alerts";
import { canonicalQuery, saveStudentSearch, subscribeVisitor } from "~/search/search-alerts.server";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { getAuth } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData } from "~/utils/form.server";

// Public: a student saves the search, anyone else subscribes by e-mail. The search page
// posts here; a form with errors is shown again on this page, with what was typed.

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  const search = canonicalQuery(new URL(request.url).search);
  return { title: t("alerts:form.page_title"), search };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const auth = await getAuth(request);
  const { locale } = getT(request);
  const formData = await readFormData(request);
  const search = canonicalQuery(String(formData.get("query") ?? ""));
  if (auth?.actor.studentId) {
    const submission = parseWithZod(formData, { schema: saveSearchSchema });
    if (submission.status !== "success") return data({ result: submission.reply(), search }, { status: 400 });
    await saveStudentSearch(auth.user.id, submission.value, auth.user.locale);
    return redirectWithFlash(searchHrefOf(search), { type: "success", key: "alerts:flash.saved", params: { name: submission.value.name } });
  }
  const submission = parseWithZod(formData, { schema: subscribeSearchSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), search }, { status: 400 });
  // Per client address and per e-mail address, so one address cannot be flooded with confirmations.
  const allowed = (await allowFormPost("search-alert", context.clientAddress)) && (await allowFormPost("search-alert", `email:${submission.value.email}`));
  if (!allowed) return data({ result: submission.reply({ formErrors: ["alerts:errors.rate_limited"] }), search }, { status: 429 });
  await subscribeVisitor(submission.value, locale);
  // The same answer for a new and a known address.
  return redirectWithFlash(searchHrefOf(search), { type: "info", key: "alerts:flash.check_mail" });
}

export default function SaveSearch() {
  const { t } = useTranslation();
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const search = actionData?.search ?? loaderData.search;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1>{t("alerts:form.page_title")}</h1>
      <SearchAlertForm search={search} lastResult={actionData?.result} open />
      <p>
        <Link to={searchHrefOf(search)}>{t("alerts:form.back")}</Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
