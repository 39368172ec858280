// Reference codes let a reporter add information later without an account, so they
// must not be guessable: 60 random bits in Crockford's base32 (no I, L, O or U, which
// people misread), grouped for reading aloud: SP-7K3M-Q9TX-2HBD.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_RANDOM_BYTES = 8;

/** Builds a reference from random bytes the caller supplies (at least 8; 60 bits are used). */
export function generateReference(random: Uint8Array): string {
  if (random.length < REFERENCE_RANDOM_BYTES) throw new Error("a reference needs 8 random bytes");
  let bits = 0n;
  for (let i = 0; i < REFERENCE_RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(random[i]);
  let chars = "";
  for (let i = 0; i < 12; i++) {
    chars += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `SP-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * What a person typed, made comparable: case, spaces and dashes do not matter, and the
 * letters people confuse with digits (O, I, L) are read as 0, 1, 1. Null when it cannot
 * be a reference.
 */
export function normaliseReference(input: string): string | null {
  let compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.startsWith("SP")) compact = compact.slice(2);
  compact = compact.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(compact)) return null;
  return `SP-${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}`;
}
