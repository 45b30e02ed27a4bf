import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/scenario/utf8.js';

describe('firstInvalidUtf8', () => {
  it('agrees with a strict decoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let strictOk = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          strictOk = false;
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(strictOk);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeUtf8', () => {
  it('finds overlong forms, surrogates and cut-off sequences', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(decodeUtf8(Buffer.from('a\nbc\xff', 'latin1'))).toEqual({
      ok: false,
      problem: { kind: 'invalid', offset: 4, byte: 0xff, line: 2, column: 3 },
    });
  });
});
