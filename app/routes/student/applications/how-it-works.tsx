import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getT } from "~/i18n/locale.server";
import { requireStudent } from "~/utils/auth.server";
import { markersFor, SCRUB_MARKERS, type IdentityHintKind } from "~/domain/anonymisation";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStudent(request);
  const { t } = getT(request);
  return { title: t("applications:how.title") };
}

const HIDDEN = ["name", "email", "phone", "date_of_birth", "address", "school", "gender", "nationality", "photo"] as const;
const VISIBLE = ["pseudonym", "qualification", "level", "school_year", "availability", "skills", "motivation"] as const;
// What the scrubber replaces, with the marker the employer reads instead. Social
// media names are links to a profile, so they get the link marker.
const REMOVED = [
  { key: "email", marker: SCRUB_MARKERS.email },
  { key: "phone", marker: SCRUB_MARKERS.phone },
  { key: "url", marker: SCRUB_MARKERS.url },
  { key: "handle", marker: SCRUB_MARKERS.url },
  { key: "name", marker: SCRUB_MARKERS.name },
] as const;
// What is only pointed out in the preview (findIdentityHints), never removed.
const POINTED_OUT = ["age", "school", "origin"] as const satisfies readonly IdentityHintKind[];

export default function HowItWorks() {
  const { t, i18n } = useTranslation();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
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
          <p className="hint mt-3">{t("applications:how.hidden_note")}</p>
        </section>
      </div>
      <section className="card" aria-labelledby="scrub-h">
        <h2 id="scrub-h">{t("applications:how.scrub_title")}</h2>
        <p className="mt-2">{t("applications:how.scrub_body")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {REMOVED.map(({ key, marker }) => (
            <li key={key}>
              <code>{markersFor(marker, i18n.language)}</code> — {t(`applications:how.removed.${key}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="pointed-h">
        <h2 id="pointed-h">{t("applications:how.pointed_title")}</h2>
        <p className="mt-2">{t("applications:how.pointed_body")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {POINTED_OUT.map((kind) => (
            <li key={kind}>{t(`applications:how.pointed.${kind}`)}</li>
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
