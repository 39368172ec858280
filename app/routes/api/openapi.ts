import { API_VERSION, openApiDocument } from "./openapi-document";
import { appUrl } from "~/utils/env.server";

// Public: the description of the open-data API, at /api/v1/openapi.json.
export function loader() {
  return Response.json(openApiDocument(appUrl()), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*", "API-Version": API_VERSION },
  });
}
