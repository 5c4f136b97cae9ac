import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSides, type LayerAgreement } from '../../server/src/agreement/compare';
import type { AgreementSide, AgreementText, AgreementUnit } from '../../server/src/agreement/types';

// Invented annotation sets over one 100-code-point text; every expected figure is worked out by hand below.
const SHA = 'a'.repeat(64);

function claim(start: number, end: number, label = 'claim', extra: Partial<AgreementUnit> = {}): AgreementUnit {
  return { layer: 'claims', start, end, label, ref: `${start}-${end}-${label}`, ...extra };
}

function side(name: string, units: AgreementUnit[], text: Partial<AgreementText> = {}): AgreementSide {
  return { name, texts: [{ source: 'news/a.txt', sha256: SHA, length: 100, units, unplaced: 0, ...text }] };
}

function claimsOf(a: AgreementUnit[], b: AgreementUnit[]): LayerAgreement {
  const report = compareSides(side('A', a), side('B', b));
  return report.overall.find((layer) => layer.layer === 'claims')!;
}

const close = (actual: number | null, expected: number): void => {
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${String(actual)} ≠ ${expected}`);
};

test('agreement: identical annotation sets agree perfectly', () => {
  const units = [claim(10, 20), claim(40, 60, 'opinion', { value: 'false', attribution: 'Mayor Brandt' })];
  const claims = claimsOf(units, units.map((unit) => ({ ...unit })));
  // Both spans match exactly: F1 = 2·2/(2+2) = 1; labels (claim,claim),(opinion,opinion): pₒ = 1, pₑ = ½ → κ = 1.
  assert.deepEqual([claims.spans.exact.f1, claims.spans.overlap.f1, claims.spans.onlyA, claims.spans.onlyB], [1, 1, 0, 0]);
  assert.equal(claims.labelKappa.value, 1);
  // One pair has a verdict, both "false": a single shared category, so kappa is undefined rather than 1.
  assert.equal(claims.valueKappa.value, null);
  assert.deepEqual(claims.attribution, { compared: 1, agreed: 1, rate: 1 });
  assert.equal(claims.unitizedAlpha.value, 1);
  assert.deepEqual(compareSides(side('A', units), side('B', units)).texts[0].disagreements, []);
});

test('agreement: disjoint spans share nothing, uα is below zero', () => {
  const claims = claimsOf([claim(0, 50)], [claim(50, 100)]);
  assert.deepEqual([claims.spans.exact.f1, claims.spans.overlap.f1, claims.spans.onlyA, claims.spans.onlyB], [0, 0, 1, 1]);
  assert.equal(claims.labelKappa.value, null);
  // A: x[0,50) ∅[50,100); B: ∅[0,50) x[50,100). l_x∅ = l_∅x = 100, l.. = 200, D_o = 200.
  // λ = 50² + 50² + 50 + 50 = 5100; denominator 200 − 5100/200 = 174.5.
  // e_xx = (100·100 − 5000)/174.5, e_∅∅ = (100·100 − 100)/174.5 → D_e = 200 − 14900/174.5 = 20000/174.5.
  // uα = 1 − 200·174.5/20000 = −0.745.
  close(claims.unitizedAlpha.value, -0.745);
});

test('agreement: empty sets give no figures, with reasons, instead of zeros or NaN', () => {
  const claims = claimsOf([], []);
  assert.deepEqual([claims.spans.a, claims.spans.b, claims.spans.exact.f1, claims.spans.exact.precision], [0, 0, null, null]);
  assert.equal(claims.labelKappa.value, null);
  assert.equal(claims.unitizedAlpha.value, null);
  assert.match(claims.unitizedAlpha.reason ?? '', /no variation/);
  const none = compareSides({ name: 'A', texts: [] }, { name: 'B', texts: [] });
  assert.deepEqual([none.texts.length, none.overall[0].spans.overlap.f1], [0, null]);
});

test('agreement: partly overlapping spans count for overlap F1, not for exact F1', () => {
  const claims = claimsOf([claim(10, 30), claim(50, 60)], [claim(10, 30), claim(55, 70), claim(80, 90)]);
  // Exact: [10,30) only → P = 1/3, R = 1/2, F1 = 2·1/(2+3) = 0.4.
  close(claims.spans.exact.precision, 1 / 3);
  close(claims.spans.exact.recall, 1 / 2);
  close(claims.spans.exact.f1, 0.4);
  // Overlap: [50,60) ∩ [55,70) = 5 > 0 → 2 matched: P = 2/3, R = 1, F1 = 4/5; [80,90) is B's only.
  close(claims.spans.overlap.f1, 0.8);
  assert.deepEqual([claims.spans.onlyA, claims.spans.onlyB], [0, 1]);
  // A: ∅10 x20 ∅20 x10 ∅40; B: ∅10 x20 ∅25 x15 ∅10 x10 ∅10. A×B: xx 25, x∅ 5, ∅x 20, ∅∅ 50; l = A×B + B×A:
  // l_xx = 50, l_x∅ = l_∅x = 25, l_∅∅ = 100, l.. = 200, D_o = 50; l_x. = 75, l_∅. = 125.
  // λ_x = 20²+10² + 20²+15²+10² = 1225, λ_∅ = 70 + 55 = 125; denominator 200 − 1350/200 = 193.25.
  // e_xx = (75² − 1225)/193.25 = 4400/193.25, e_∅∅ = (125² − 125)/193.25 = 15500/193.25 → D_e = 18750/193.25.
  // uα = 1 − 50·193.25/18750 = 0.48466…
  close(claims.unitizedAlpha.value, 1 - (50 * 193.25) / 18750);
  const report = compareSides(side('A', [claim(10, 30), claim(50, 60)]), side('B', [claim(10, 30), claim(55, 70), claim(80, 90)]));
  assert.deepEqual(
    report.texts[0].disagreements.map((d) => [d.a?.start ?? null, d.b?.start ?? null, d.differences.join()]),
    [[50, 55, 'boundary'], [null, 80, '']],
  );
});

test('agreement: different labels, verdicts and claimants on the same spans', () => {
  const a = [
    claim(0, 10, 'claim', { value: 'false', attribution: 'Jane Doe' }),
    claim(20, 30, 'claim'),
    claim(40, 50, 'opinion', { value: 'true', attribution: 'Mayor' }),
    claim(60, 70, 'opinion'),
  ];
  const b = [
    claim(0, 10, 'claim', { value: 'false', attribution: 'jane  doe' }),
    claim(20, 30, 'opinion'),
    claim(40, 50, 'opinion', { value: 'false', attribution: 'Council' }),
    claim(60, 70, 'opinion'),
  ];
  const claims = claimsOf(a, b);
  // Spans: all four match exactly whatever their label → F1 = 1.
  assert.equal(claims.spans.exact.f1, 1);
  // Labels (c,c)(c,o)(o,o)(o,o): pₒ = 3/4; A: c ½ o ½, B: c ¼ o ¾ → pₑ = ½ → κ = 0.5.
  close(claims.labelKappa.value, 0.5);
  // Verdicts (false,false)(true,false): pₒ = ½; A: false ½ true ½, B: false 1 → pₑ = ½ → κ = 0.
  close(claims.valueKappa.value, 0);
  // Claimants: "Jane Doe" = "jane  doe" (case, spacing), "Mayor" ≠ "Council" → 1 of 2.
  assert.deepEqual(claims.attribution, { compared: 2, agreed: 1, rate: 0.5 });
  // Per label: "claim" A 2, B 1, 1 exact → F1 = 2/3; "opinion" A 2, B 3, 2 exact → F1 = 4/5.
  const byLabel = new Map(claims.labels.map((label) => [label.label, label.spans.exact.f1]));
  close(byLabel.get('claim')!, 2 / 3);
  close(byLabel.get('opinion')!, 4 / 5);
  // uα with labels: l_cc = 20, l_co = l_oc = 10, l_oo = 40, l_∅∅ = 120, l.. = 200, D_o = 20; λ_c = 300, λ_o = 500,
  // λ_∅ = 120 → denominator 200 − 920/200 = 195.4; e_cc = 600/195.4, e_oo = 2000/195.4, e_∅∅ = 14280/195.4
  // → D_e = 22200/195.4; uα = 1 − 20·195.4/22200 = 0.82396…
  close(claims.unitizedAlpha.value, 1 - (20 * 195.4) / 22200);
  const disagreements = compareSides(side('A', a), side('B', b)).texts[0].disagreements;
  assert.deepEqual(disagreements.map((d) => [d.a!.start, d.differences.join()]), [[20, 'label'], [40, 'value,attribution']]);
});

test('agreement: texts are paired by SHA-256; changed and missing texts are reported, never compared', () => {
  const text = (source: string, sha: string, units: AgreementUnit[] = []): AgreementText => ({ source, sha256: sha.repeat(64), length: 100, units, unplaced: 0 });
  const a: AgreementSide = { name: 'A', texts: [text('x.txt', '1', [claim(0, 10)]), text('y.txt', '2', [claim(0, 10)]), text('z.txt', '3'), text('old.txt', '5')] };
  const b: AgreementSide = { name: 'B', texts: [text('x.txt', '1', [claim(0, 10)]), text('y.txt', '9', [claim(50, 60)]), text('w.txt', '4'), text('new.txt', '5')] };
  const report = compareSides(a, b);
  assert.deepEqual(report.texts.map((t) => [t.source, t.sourceB ?? null]), [['old.txt', 'new.txt'], ['x.txt', null]]);
  assert.deepEqual(report.changed, [{ source: 'y.txt', sha256A: '2'.repeat(64), sha256B: '9'.repeat(64) }]);
  assert.deepEqual([report.onlyA, report.onlyB], [['z.txt'], ['w.txt']]);
  // y.txt's differing claims are not counted: only x.txt's identical claim is.
  assert.deepEqual([report.overall[0].spans.a, report.overall[0].spans.exact.f1], [1, 1]);
});

test('agreement: uα cannot be computed without the text length, or over overlapping spans of one side', () => {
  const unknown = compareSides(side('A', [claim(0, 10)], { length: null }), side('B', [claim(0, 10)], { length: null }));
  assert.match(unknown.overall[0].unitizedAlpha.reason ?? '', /length is unknown/);
  assert.equal(unknown.overall[0].spans.exact.f1, 1);
  const nested = claimsOf([claim(0, 50), claim(10, 20)], [claim(0, 50)]);
  assert.match(nested.unitizedAlpha.reason ?? '', /overlap/);
});
