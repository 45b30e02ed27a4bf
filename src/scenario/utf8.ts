/**
 * Decoding scenario files strictly as UTF-8: a file that is not UTF-8 is refused with where it goes wrong,
 * instead of being read with replacement characters.
 */

/** Why bytes are not UTF-8 text: a UTF-16 file, or the first byte that is not valid UTF-8. */
export type Utf8Problem =
  | { readonly kind: 'utf16'; readonly order: 'LE' | 'BE' }
  | {
      readonly kind: 'invalid';
      readonly offset: number;
      readonly byte: number;
      readonly line: number;
      readonly column: number;
    };

/** The result of decoding: the text (without a leading byte order mark), or the problem. */
export type Utf8Result =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: Utf8Problem };

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one (RFC 3629). */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Decodes bytes as UTF-8, refusing UTF-16 and invalid bytes (with the byte offset, line and column). */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, problem: { kind: 'utf16', order: 'LE' } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, problem: { kind: 'utf16', order: 'BE' } };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return {
      ok: false,
      problem: { kind: 'invalid', offset: bad, byte: bytes[bad] as number, line, column: bad - lineStart + 1 },
    };
  }
  // Valid UTF-8: the decoder cannot fail, and it drops a leading byte order mark.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}
