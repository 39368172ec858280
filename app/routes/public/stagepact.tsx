import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";
import { renderPactText } from "~/domain/pact";
import { getCurrentPact } from "~/services/internships-public.server";
import { currentCodeAmounts } from "~/services/pay-rules.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = getT(request);
  const now = new Date();
  const pact = await getCurrentPact(new URL(request.url).searchParams.get("gemeente") ?? "amsterdam", now);
  // The text is stored with placeholders; the amounts are those of the rule in force today.
  const amounts = pact ? await currentCodeAmounts(pact.municipalityId, now) : null;
  const render = (text: string) => (amounts ? renderPactText(text, amounts) : text);
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
  };
}

export default function Stagepact() {
  const { t } = useTranslation();
  const { pact } = useLoaderData<typeof loader>();
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
