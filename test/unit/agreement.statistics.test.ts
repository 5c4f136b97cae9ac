import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cohenKappa, unitizedAlpha } from '../../server/src/agreement/statistics';

const close = (actual: number | null, expected: number): void => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${String(actual)} ≠ ${expected}`);
};

test('kappa: pₒ = 3/4, pₑ = ½·¼ + ½·¾ = ½ → κ = (¾ − ½)/(1 − ½) = 0.5', () => {
  close(cohenKappa([['c', 'c'], ['c', 'o'], ['o', 'o'], ['o', 'o']]).value, 0.5);
});

test('kappa: undefined without pairs, or when both sides used one and the same category', () => {
  assert.equal(cohenKappa([]).value, null);
  const single = cohenKappa([['x', 'x'], ['x', 'x']]);
  assert.equal(single.value, null);
  assert.match(single.reason ?? '', /single/);
});

test('kappa: systematic disagreement is below zero (pₒ = 0, pₑ = ½·½ + ½·½ = ½ → κ = −1)', () => {
  close(cohenKappa([['a', 'b'], ['b', 'a']]).value, -1);
});

test('uα: the same unit on both sides → 1', () => {
  // L = 10; A and B: x[0,5) ∅[5,10). D_o = 0 and D_e > 0, so uα = 1.
  close(unitizedAlpha([{ length: 10, coders: [[{ start: 0, end: 5, value: 'x' }], [{ start: 0, end: 5, value: 'x' }]] }]).value, 1);
});

test('uα: disjoint units on a 10-point text, computed by hand → −0.7', () => {
  // A: x[0,5) ∅[5,10); B: ∅[0,5) x[5,10). m = 2 so l_ck sums both orders: l_x∅ = l_∅x = 5 + 5 = 10; l.. = 20; D_o = 20.
  // λ: units 5² + 5² = 50, gaps 5 + 5 = 10; total 60. Denominator l.. − 60/l.. = 20 − 3 = 17.
  // e_xx = (10·10 − 50)/17 = 50/17, e_∅∅ = (10·10 − 10)/17 = 90/17; D_e = 20 − 140/17 = 200/17.
  // uα = 1 − 20 / (200/17) = 1 − 1.7 = −0.7.
  const value = unitizedAlpha([{ length: 10, coders: [[{ start: 0, end: 5, value: 'x' }], [{ start: 5, end: 10, value: 'x' }]] }]).value;
  close(value, -0.7);
});

test('uα: pooled over two texts the coincidences add up (two copies of the disjoint text give the same −0.7 only if λ scales too)', () => {
  // Two identical continua double l.., every l_ck and every λ: denominator 40 − 120/40 = 37, e_xx = (400 − 100)/37,
  // e_∅∅ = (400 − 20)/37, D_e = 40 − 680/37 = 800/37, D_o = 40 → uα = 1 − 40·37/800 = −0.85 (pooling is not averaging).
  const text = { length: 10, coders: [[{ start: 0, end: 5, value: 'x' }], [{ start: 5, end: 10, value: 'x' }]] };
  close(unitizedAlpha([text, text]).value, -0.85);
});

test('uα: cannot be computed when one side has overlapping units, or nothing varies', () => {
  const overlapping = unitizedAlpha([{ length: 10, coders: [[{ start: 0, end: 5, value: 'x' }, { start: 3, end: 8, value: 'x' }], []] }]);
  assert.equal(overlapping.value, null);
  assert.match(overlapping.reason ?? '', /overlap/);
  const nothing = unitizedAlpha([{ length: 10, coders: [[], []] }]);
  assert.equal(nothing.value, null);
  assert.match(nothing.reason ?? '', /no variation/);
});
