import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasLineKey, normalizeLineKey } from '../../server/src/core/structure';

// Characters whose case, digit or space folding is special: capitals, a dotted capital I (two code units in lower
// case), sigma, a Kelvin sign, digits, the spaces normalizeLineKey folds, and an astral capital (Deseret).
const pieces = ['A', 'a', 'Z', 'İ', 'i', 'Σ', 'σ', 'K', 'k', '0', '7', '42', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '𐐀', '𐐨', 'É', 'é', '-', ':'];
const lineOf = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

test('hasLineKey answers as normalizeLineKey(text) === key does', () => {
  fc.assert(
    fc.property(lineOf, lineOf, fc.boolean(), (text, other, sameLine) => {
      const key = normalizeLineKey(sameLine ? text : other);
      assert.equal(hasLineKey(text, key), normalizeLineKey(text) === key);
    }),
    { numRuns: 20_000 },
  );
  assert.equal(hasLineKey('  Ferry Strike Ends', 'ferry strike ends'), true);
  assert.equal(hasLineKey('12 Ferries', '0 ferries'), true);
  assert.equal(hasLineKey('Ferry strike ends', 'the ferry strike ends'), false);
  assert.equal(hasLineKey(' \n ', ''), true);
});
