import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FieldErrors } from "~/components/forms";
import { getT } from "~/i18n/locale.server";
import { renameAlertSchema } from "~/schemas/search-alert";
import { AlertNotFoundError, deleteUserAlert, listUserAlerts, pauseUserAlert, renameUserAlert } from "~/search/search-alerts.server";
import { searchHrefOf } from "~/domain/alerts";
import { requireStudent } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { readFormData, requireIntent } from "~/utils/form.server";

const PATH = "/student/zoekopdrachten";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireStudent(request);
  const { t } = getT(request);
  const alerts = await listUserAlerts(user.id);
  return { title: t("alerts:list.title"), alerts: alerts.map((a) => ({ ...a, href: searchHrefOf(a.query) })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireStudent(request);
  const formData = await readFormData(request);
  const intent = requireIntent(formData, ["rename", "pause", "resume", "delete"] as const);
  const id = String(formData.get("id") ?? "");
  try {
    if (intent === "rename") {
      const submission = parseWithZod(formData, { schema: renameAlertSchema });
      if (submission.status !== "success") {
        return data({ id, name: String(formData.get("name") ?? ""), errors: submission.error?.name ?? [] }, { status: 400 });
      }
      await renameUserAlert(user.id, submission.value.id, submission.value.name);
      return redirectWithFlash(PATH, { type: "success", key: "alerts:flash.renamed" });
    }
    if (intent === "pause" || intent === "resume") {
      await pauseUserAlert(user.id, id, intent === "pause");
      return redirectWithFlash(PATH, { type: "success", key: intent === "pause" ? "alerts:flash.paused" : "alerts:flash.resumed" });
    }
    await deleteUserAlert(user.id, id);
    return redirectWithFlash(PATH, { type: "success", key: "alerts:flash.deleted" });
  } catch (error) {
    // Someone else's alert, or one already deleted: the same 404 either way.
    if (error instanceof AlertNotFoundError) throw new Response("Not found", { status: 404 });
    throw error;
  }
}

export default function StudentAlerts() {
  const { t } = useTranslation();
  const { alerts } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <h1>{t("alerts:list.title")}</h1>
      <p>{t("alerts:list.intro")}</p>
      {alerts.length === 0 ? (
        <div className="card">
          <p>{t("alerts:list.empty")}</p>
          <Link to="/stages" className="btn mt-3">
            {t("alerts:list.to_search")}
          </Link>
        </div>
      ) : (
        <ul className="space-y-4" aria-label={t("alerts:list.caption")}>
          {alerts.map((a) => {
            const error = failed?.id === a.id ? failed : null;
            const errorId = `alert-${a.id}-name-error`;
            return (
              <li key={a.id} className="card space-y-3">
                <h2 className="text-lg">{a.name}</h2>
                <p>
                  {t("alerts:list.frequency")}: {t(`alerts:frequency.${a.frequency}`)} · {t("alerts:list.status")}: {t(`alerts:status.${a.status}`)}
                </p>
                <p>
                  <Link to={a.href}>{t("alerts:list.open")}</Link>
                </p>
                <Form method="post" className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="intent" value="rename" />
                  <input type="hidden" name="id" value={a.id} />
                  <div>
                    <label htmlFor={`alert-${a.id}-name`} className="label">
                      {t("alerts:list.rename_label", { name: a.name })}
                    </label>
                    <input
                      id={`alert-${a.id}-name`}
                      name="name"
                      className="input"
                      defaultValue={error ? error.name : a.name}
                      required
                      aria-invalid={error?.errors.length ? true : undefined}
                      aria-describedby={error?.errors.length ? errorId : undefined}
                    />
                    <FieldErrors id={errorId} errors={error?.errors} />
                  </div>
                  <button type="submit" className="btn-secondary">
                    {t("alerts:list.rename")}
                  </button>
                </Form>
                <div className="flex flex-wrap gap-2">
                  <Form method="post">
                    <input type="hidden" name="id" value={a.id} />
                    <button type="submit" name="intent" value={a.status === "paused" ? "resume" : "pause"} className="btn-secondary">
                      {t(a.status === "paused" ? "alerts:list.resume" : "alerts:list.pause")}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="id" value={a.id} />
                    <button type="submit" name="intent" value="delete" className="btn-secondary">
                      {t("alerts:list.delete")}
                    </button>
                  </Form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
