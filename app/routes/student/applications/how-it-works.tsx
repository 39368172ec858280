import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StudentNav } from "~/components/applications";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { requireStudent } from "~/utils/auth.server";
import { SCRUB_MARKERS } from "~/domain/anonymisation";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStudent(request);
  const { t } = getT(request);
  return { title: t("applications:how.title") };
}

const HIDDEN = ["name", "email", "phone", "date_of_birth", "address", "school", "gender", "nationality", "photo"] as const;
const VISIBLE = ["pseudonym", "qualification", "level", "school_year", "availability", "skills", "motivation"] as const;

export default function HowItWorks() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <StudentNav />
      <h1>{t("applications:how.title")}</h1>
      <p className="text-slate-700">{t("applications:how.intro")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <section className="card" aria-labelledby="visible-h">
          <h2 id="visible-h">{t("applications:how.visible_title")}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {VISIBLE.map((key) => (
              <li key={key}>{t(`applications:how.visible.${key}`)}</li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="hidden-h">
          <h2 id="hidden-h">{t("applications:how.hidden_title")}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {HIDDEN.map((key) => (
              <li key={key}>{t(`applications:how.hidden.${key}`)}</li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card" aria-labelledby="scrub-h">
        <h2 id="scrub-h">{t("applications:how.scrub_title")}</h2>
        <p className="mt-2">{t("applications:how.scrub_body")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {(Object.keys(SCRUB_MARKERS) as (keyof typeof SCRUB_MARKERS)[]).map((kind) => (
            <li key={kind}>
              <code>{SCRUB_MARKERS[kind]}</code> — {t(`applications:how.marker.${kind}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="when-h">
        <h2 id="when-h">{t("applications:how.when_title")}</h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          <li>{t("applications:how.step_send")}</li>
          <li>{t("applications:how.step_review")}</li>
          <li>{t("applications:how.step_invite")}</li>
          <li>{t("applications:how.step_retention")}</li>
        </ol>
      </section>
      <p className="flex flex-wrap gap-3">
        <Link to="/student/profiel" className="btn">
          {t("applications:how.to_profile")}
        </Link>
        <Link to="/stages" className="btn-secondary">
          {t("applications:how.to_search")}
        </Link>
      </p>
    </div>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
