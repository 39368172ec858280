import type { LoaderFunctionArgs } from "@remix-run/node";
import { signatoriesJson } from "~/services/signatories/signatories-public.server";

// Open data: the same list as /stagepact/ondertekenaars.json, at the stable API address.
export async function loader({ request }: LoaderFunctionArgs) {
  return Response.json(await signatoriesJson(request), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
