import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { LegalPage } from "~/components/legal-page";
import { getT } from "~/i18n/locale.server";

// The date of the statement (the national model asks for it); update it with the text.
const UPDATED = "2026-12-01";

// Public: the national model asks for the statement to be reachable from every page (the footer).
export function loader({ request }: LoaderFunctionArgs) {
  const { t } = getT(request);
  return { title: t("legal:accessibility.title") };
}

export default function Accessibility() {
  return <LegalPage page="accessibility" updated={UPDATED} />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} · Stagepact` }];
