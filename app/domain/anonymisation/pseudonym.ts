// No 0/O and no 1/I: a pseudonym is read aloud on the phone and copied by hand,
// so characters that look alike are left out. 32 symbols = 5 bits each.
export const PSEUDONYM_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** 5 bytes = 40 bits = 8 symbols: about a trillion labels, so collisions are rare. */
export const PSEUDONYM_RANDOM_BYTES = 5;

export const PSEUDONYM_PREFIX = "Kandidaat";

export const PSEUDONYM_PATTERN = /^Kandidaat [2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

/**
 * A friendly label for one application, such as "Kandidaat K7QF-3MXA".
 *
 * Deterministic in its input on purpose: the caller passes fresh random bytes
 * (crypto.getRandomValues) for every application. Deriving it from the student
 * id instead would let an employer link two applications of the same student,
 * which DESIGN §3.3 forbids.
 */
export function makePseudonym(randomBytes: Uint8Array): string {
  if (randomBytes.length < PSEUDONYM_RANDOM_BYTES) {
    throw new RangeError(`makePseudonym needs at least ${PSEUDONYM_RANDOM_BYTES} random bytes, got ${randomBytes.length}`);
  }
  let bits = 0n;
  for (let i = 0; i < PSEUDONYM_RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(randomBytes[i]);
  let code = "";
  for (let i = 0; i < 8; i++) {
    code = PSEUDONYM_ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `${PSEUDONYM_PREFIX} ${code.slice(0, 4)}-${code.slice(4)}`;
}
