// The one check for every redirect whose target comes from the request (sign-in's
// redirectTo, the language switch). Pure, so it is table-tested without a server.

// Any origin would do: it only has to be one no user-supplied path can reach on its own.
const BASE = "http://stagepact.invalid";

function hasControlOrBackslash(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/**
 * A same-origin path to send the user to, or `fallback`. The target is judged after the
 * URL parser has normalised it, the way the browser will: browsers drop tab and newline,
 * so "/\t/evil.example" is "//evil.example", a link to another site. Control characters
 * and backslashes are refused outright (browsers read "\" as "/", and a newline in a
 * Location header would fail the response).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to === "") return fallback;
  if (!to.startsWith("/") || hasControlOrBackslash(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // The path as parsed must be the path as given (apart from percent-encoding), so a
  // target cannot smuggle a second meaning past the parser.
  return path.startsWith("//") ? fallback : path;
}
