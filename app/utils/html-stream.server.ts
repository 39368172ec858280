import { Transform } from "node:stream";

/**
 * React 18.3's stream writer sends its whole 2 KB buffer when a multi-byte character
 * does not fit at the end, unwritten zero bytes included (fixed upstream in React 19,
 * facebook/react#26228; Remix 2 runs on React 18). A NUL byte is never valid in HTML and
 * in UTF-8 only ever encodes U+0000, so dropping every one is exact. See ADR 012.
 */
export function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (chunk.indexOf(0) === -1) return callback(null, chunk);
      const bytes = Buffer.from(chunk);
      let length = 0;
      for (const byte of bytes) if (byte !== 0) bytes[length++] = byte;
      callback(null, bytes.subarray(0, length));
    },
  });
}
