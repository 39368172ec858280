import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/utils/auth.server";

// Unknown paths render the shared 404 page inside the normal layout.
export async function loader() {
  notFound();
}

export async function action() {
  notFound();
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
