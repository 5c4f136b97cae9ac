import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentWords } from '../../server/src/core/metadata';

/** What the scan replaces: runs of four letters or more, read by a Unicode regex from the lower-cased text. */
const byRegex = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

test('content words: lower-cased runs of four letters or more; an astral letter counts once, a mark or an emoji ends a run', () => {
  assert.deepEqual([...contentWords('Harbour “Tide” ran 4 km, x\u0301yzw 𝐀bcd 😀Ferry😀 İstanbul')], ['harbour', 'tide', '𝐀bcd', 'ferry', 'stanbul']);
});

test('content words: the same words, in the same order, as the Unicode regex on any text', () => {
  const pieces = fc.constantFrom('a', 'B', 'é', 'ß', 'İ', '\u0301', '𝐀', '😀', '\ud800', '\udc00', ' ', '-', '’', '7', 'Ǆ');
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual([...contentWords(text)], [...new Set(byRegex(text))]);
    }),
    { numRuns: 5_000 },
  );
});
