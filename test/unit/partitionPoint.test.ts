import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { partitionPoint } from '../../server/src/core/partitionPoint';

test('partitionPoint finds where a sorted array stops being below a value, in any sub-range', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), fc.nat(), (values, probe, cut) => {
      const sorted = [...values].sort((a, b) => a - b);
      const from = sorted.length === 0 ? 0 : cut % (sorted.length + 1);
      const expected = sorted.findIndex((value, index) => index >= from && value >= probe);
      const found = partitionPoint(sorted.length, (index) => sorted[index] < probe, from);
      assert.equal(found, expected === -1 ? sorted.length : expected);
    }),
    { numRuns: 2_000 },
  );
  assert.equal(partitionPoint(0, () => true), 0);
});
