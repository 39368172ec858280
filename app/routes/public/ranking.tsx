import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { getT } from "~/i18n/locale.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  return { title: t("public:ranking.title") };
}

export default function Ranking() {
  const { t } = useTranslation();
  return (
    <article className="max-w-3xl space-y-4">
      <h1>{t("public:ranking.title")}</h1>
      <p>{t("public:ranking.intro")}</p>
      <p className="card">{t("public:ranking.none_yet")}</p>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
