import type { LoaderFunctionArgs } from "@remix-run/node";
import { signatoriesJson } from "~/services/signatories/signatories-public.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return Response.json(await signatoriesJson(request), { headers: { "Cache-Control": "public, max-age=300" } });
}
