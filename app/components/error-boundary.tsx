import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Maps status codes to helpful pages; never shows a stack trace or server message. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "not_found" : status === 403 ? "forbidden" : status === 400 ? "bad_request" : status === 429 ? "too_many" : "server";
  return (
    <section aria-labelledby="error-title" className="card max-w-2xl">
      <p className="text-sm font-semibold text-slate-700">{t("errors.code", { status })}</p>
      <h1 id="error-title" className="mt-1">
        {t(`errors.${kind}.title`)}
      </h1>
      <p className="mt-3">{t(`errors.${kind}.body`)}</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link to="/">{t("errors.go_home")}</Link>
        </li>
        <li>
          <Link to="/stages">{t("errors.go_search")}</Link>
        </li>
        {status === 403 ? (
          <li>
            <Link to="/inloggen">{t("errors.sign_in_other")}</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
