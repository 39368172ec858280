// The internship's work address: how a street line splits into street and number, when
// two addresses are the same place, and the key a geocoder answer is cached by. Pure.
import { normalisePostcode } from "../organisation";

export type WorkAddress = { street: string; houseNumber?: string | null; postcode: string; city: string };

/**
 * "Jan Evertsenstraat 10-2" → street and number: the last word that starts with a digit,
 * with a short addition after it ("124 H" → "124H"). A street without a number keeps it all.
 */
export function splitStreet(line: string): { street: string; houseNumber: string | null } {
  const words = line.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const last = words.length - 1;
  if (last >= 1 && /^\d/.test(words[last]!)) return { street: words.slice(0, last).join(" "), houseNumber: words[last]! };
  if (last >= 2 && /^\d/.test(words[last - 1]!) && /^\p{L}{1,3}$/u.test(words[last]!)) {
    return { street: words.slice(0, last - 1).join(" "), houseNumber: words[last - 1]! + words[last]! };
  }
  return { street: words.join(" "), houseNumber: null };
}

const fold = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim().toLocaleLowerCase("nl-NL");

/** The same place of work, whatever the spacing and case: then the organisation's coordinates apply. */
export function sameAddress(a: WorkAddress, b: WorkAddress): boolean {
  return (
    fold(a.street) === fold(b.street) &&
    fold(a.houseNumber).replace(/\s/g, "") === fold(b.houseNumber).replace(/\s/g, "") &&
    (normalisePostcode(a.postcode) ?? fold(a.postcode)) === (normalisePostcode(b.postcode) ?? fold(b.postcode)) &&
    fold(a.city) === fold(b.city)
  );
}

/** The cache key of an address lookup: postcode and house number identify a Dutch address. */
export function addressCacheKey(a: WorkAddress): string {
  const postcode = (normalisePostcode(a.postcode) ?? a.postcode).replace(/\s/g, "").toUpperCase();
  const number = fold(a.houseNumber).replace(/\s/g, "");
  return number ? `adr:${postcode}:${number}` : `pc6:${postcode}`;
}
