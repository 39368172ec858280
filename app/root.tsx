import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";
import { useMemo } from "react";
import { I18nextProvider } from "react-i18next";
import stylesheet from "./app.css?url";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { SiteLayout } from "./components/layout";
import { createI18n, DEFAULT_LOCALE, getI18n, type Locale } from "./i18n/config";
import { getLocale } from "./i18n/locale.server";
import { getAuth, homePathFor } from "./utils/auth.server";
import { readFlash } from "./utils/flash.server";
import { useNonce } from "./utils/nonce";
import { rolesOf } from "./utils/permissions";
import { useReportPointLanguage, useRootData } from "./utils/root-data";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const [auth, { flash, headers }] = await Promise.all([getAuth(request), readFlash(request)]);
  const user = auth ? { name: auth.user.name, roles: rolesOf(auth.actor), home: homePathFor(auth.actor) } : null;
  return data({ locale, user, flash }, { headers });
}

export type RootLoaderData = Awaited<ReturnType<typeof loader>>["data"];

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRootData();
  const reportPoint = useReportPointLanguage();
  const locale: Locale = root?.locale ?? DEFAULT_LOCALE;
  const nonce = useNonce();
  const i18n = useMemo(() => createI18n(locale), [locale]);
  return (
    <html lang={reportPoint?.language ?? locale} dir={reportPoint?.dir ?? "ltr"} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col">
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <SiteLayout>
      <Outlet />
    </SiteLayout>
  );
}

// Pages set their own title; error pages get one naming the error in the visitor's language.
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!error) return [{ title: "Stagepact" }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "not_found" : status === 403 ? "forbidden" : status === 400 ? "bad_request" : status === 429 ? "too_many" : "server";
  const { t } = getI18n(data?.locale ?? DEFAULT_LOCALE);
  return [{ title: `${t(`errors.${kind}.title`)} · Stagepact` }];
};

export function ErrorBoundary() {
  return (
    <SiteLayout>
      <GeneralErrorBoundary />
    </SiteLayout>
  );
}
