import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { renderPactText } from "~/domain/pact";
import { getCurrentPact } from "~/services/internships/internships-public.server";
import { formatWage } from "~/i18n/config";
import { currentCodeAmounts, currentWageAmounts } from "~/services/pay-code/pay-rules.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = getT(request);
  const now = new Date();
  const pact = await getCurrentPact(new URL(request.url).searchParams.get("gemeente") ?? "amsterdam", now);
  // The text is stored with placeholders; the amounts are those of the rule in force today.
  const amounts = pact ? await currentCodeAmounts(pact.municipalityId, now) : null;
  const render = (text: string) => (amounts ? renderPactText(text, amounts) : text);
  const wages = pact ? await currentWageAmounts(pact.municipalityId, now) : null;
  const wage = (cents: number | null) => (cents === null ? null : formatWage(cents, locale));
  return {
    title: t("public:pact.title"),
    pact: pact
      ? {
          municipality: pact.municipality.name,
          version: pact.version,
          title: render(locale === "en" ? pact.titleEn : pact.titleNl),
          text: render(locale === "en" ? pact.textEn : pact.textNl),
          commitments: pact.commitments.map((c) => ({ key: c.key, text: render(locale === "en" ? c.textEn : c.textNl) })),
        }
      : null,
    // Work-based (BBL) places: the hourly wages of the rules in force, for every age.
    wages: wages && (wages.livingWageCents !== null || wages.minimumWageCents !== null) ? { living: wage(wages.livingWageCents), minimum: wage(wages.minimumWageCents) } : null,
  };
}

export default function Stagepact() {
  const { t } = useTranslation();
  const { pact, wages } = useLoaderData<typeof loader>();
  if (!pact) return <h1>{t("public:pact.title")}</h1>;
  return (
    <article className="max-w-3xl space-y-6">
      <h1>{pact.title}</h1>
      <p className="hint">{t("public:pact.version", { version: pact.version, municipality: pact.municipality })}</p>
      <p className="whitespace-pre-line">{pact.text}</p>
      <section aria-labelledby="commit-h">
        <h2 id="commit-h">{t("public:pact.commitments")}</h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {pact.commitments.map((c) => (
            <li key={c.key}>{c.text}</li>
          ))}
        </ol>
      </section>
      {wages ? (
        <section aria-labelledby="bbl-h">
          <h2 id="bbl-h">{t("public:pact.bbl_heading")}</h2>
          <p className="mt-2">{t("public:pact.bbl_intro")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {wages.living ? <li>{t("public:pact.bbl_living", { amount: wages.living })}</li> : null}
            {wages.minimum ? <li>{t("public:pact.bbl_minimum", { amount: wages.minimum })}</li> : null}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sign-h" className="card">
        <h2 id="sign-h">{t("public:pact.how_to_sign")}</h2>
        <p className="mt-2">{t("public:pact.how_to_sign_body")}</p>
        <Link to="/registreren?type=employer" className="btn mt-4">
          {t("public:home.cta_employer")}
        </Link>
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
