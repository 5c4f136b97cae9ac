import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementSummary, disagreementText, disagreementTitle, sideOf } from '../../client/src/compare/comparisonModel';
import type { ComparedSpan, DisagreementItem, LayerAgreement } from '../../server/src/protocol/agreement';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
const span = (label: string, extra: Partial<ComparedSpan> = {}): ComparedSpan => ({ id: label, range, text: 'Nobody wants a toll', label, ...extra });

test('comparison view: titles say which side and what differs', () => {
  const both: DisagreementItem = { layer: 'claims', differences: ['label'], mine: span('claim', { attribution: 'Marsh' }), theirs: span('opinion', { attribution: 'Marsh' }) };
  assert.equal(sideOf(both), 'both');
  assert.equal(disagreementTitle(both), 'claims · label: claim (Marsh) ≠ opinion (Marsh)');
  const theirs: DisagreementItem = { layer: 'dates', differences: [], mine: null, theirs: span('not a date', { text: 'Wednesday' }) };
  assert.equal(sideOf(theirs), 'theirs');
  assert.equal(disagreementTitle(theirs), 'dates · only theirs: not a date');
  assert.equal(disagreementText(theirs), '“Wednesday”');
  const boundary: DisagreementItem = { layer: 'claims', differences: ['boundary'], mine: span('claim', { text: 'would charge drivers $3 per crossing' }), theirs: span('claim', { text: 'charge drivers $3' }) };
  assert.equal(disagreementText(boundary, 12), '“would charg…” / “charge driv…”');
});

test('comparison view: the summary lists the annotated layers with the figures that could be computed', () => {
  const layer = (name: LayerAgreement['layer'], a: number, f1: number | null, kappa: number | null): LayerAgreement => ({
    layer: name,
    spans: { a, b: a, exact: { matched: 0, precision: null, recall: null, f1 }, overlap: { matched: 0, precision: null, recall: null, f1 }, onlyA: 0, onlyB: 0 },
    labelKappa: { value: kappa, n: 0 },
    valueKappa: { value: null, n: 0 },
    attribution: { compared: 0, agreed: 0, rate: null },
    unitizedAlpha: { value: null, n: 0 },
    labels: [],
  });
  assert.equal(agreementSummary([layer('claims', 3, 0.857, 0.76), layer('quotes', 1, 1, null), layer('dates', 0, null, null)]), 'claims F1 0.86 κ 0.76 · quotes F1 1.00');
  assert.equal(agreementSummary([layer('dates', 0, null, null)]), 'nothing annotated');
});
