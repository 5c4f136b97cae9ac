/**
 * Agreement between two annotation sets (A the reference, B compared with it), per text and pooled over the
 * corpus, per layer and per label (pure). See docs/agreement.md for what each figure means.
 */

import { matchUnits, sameName, type Matching } from './match';
import { cohenKappa, unitizedAlpha, type Coefficient, type Continuum } from './statistics';
import { pairTexts, type ChangedText } from './texts';
import { AGREEMENT_LAYERS, type AgreementLayer, type AgreementSide, type AgreementText, type AgreementUnit } from './types';

export interface SpanScore {
  matched: number;
  /** B's spans matched / B's spans; null when B has none. */
  precision: number | null;
  /** A's spans matched / A's spans; null when A has none. */
  recall: number | null;
  /** Null when neither side has a span. */
  f1: number | null;
}

export interface SpanAgreement {
  a: number;
  b: number;
  exact: SpanScore;
  overlap: SpanScore;
  /** Spans of one side that no span of the other overlaps. */
  onlyA: number;
  onlyB: number;
}

export interface AttributionAgreement {
  /** Matched pairs where at least one side names a claimant or speaker. */
  compared: number;
  agreed: number;
  rate: number | null;
}

export interface LabelAgreement {
  label: string;
  spans: SpanAgreement;
  /** uα of this label's spans alone (every other span counts as a gap). */
  unitizedAlpha: Coefficient;
}

export interface LayerAgreement {
  layer: AgreementLayer;
  spans: SpanAgreement;
  /** Cohen's kappa of the labels of overlap-matched pairs. */
  labelKappa: Coefficient;
  /** Cohen's kappa of the verdicts (claims) or normalised values (dates) of matched pairs that have one. */
  valueKappa: Coefficient;
  attribution: AttributionAgreement;
  /** Krippendorff's uα over the layer's spans with their labels as categories. */
  unitizedAlpha: Coefficient;
  labels: LabelAgreement[];
}

export type Difference = 'boundary' | 'label' | 'value' | 'attribution';

/** Something the two sides did differently in one text: a span only one side marked, or a pair that differs. */
export interface Disagreement {
  layer: AgreementLayer;
  a: AgreementUnit | null;
  b: AgreementUnit | null;
  /** Empty for a span only one side marked. */
  differences: Difference[];
}

export interface TextAgreement {
  source: string;
  /** B's name for the text when it differs from A's. */
  sourceB?: string;
  sha256: string;
  layers: LayerAgreement[];
  disagreements: Disagreement[];
  unplaced: { a: number; b: number };
}

export interface AgreementReport {
  a: string;
  b: string;
  /** Every layer pooled over the compared texts. */
  overall: LayerAgreement[];
  texts: TextAgreement[];
  changed: ChangedText[];
  onlyA: string[];
  onlyB: string[];
}

interface LayerInput {
  length: number | null;
  a: AgreementUnit[];
  b: AgreementUnit[];
  matching: Matching;
}

const NO_VALUE = '(none)';

export function compareSides(a: AgreementSide, b: AgreementSide): AgreementReport {
  const paired = pairTexts(a, b);
  const pooled = new Map<AgreementLayer, LayerInput[]>(AGREEMENT_LAYERS.map((layer) => [layer, []]));
  const texts = paired.pairs.map(({ a: textA, b: textB }): TextAgreement => {
    const inputs = AGREEMENT_LAYERS.map((layer) => layerInput(layer, textA, textB));
    inputs.forEach((input, index) => pooled.get(AGREEMENT_LAYERS[index])!.push(input));
    return {
      source: textA.source,
      ...(textB.source !== textA.source ? { sourceB: textB.source } : {}),
      sha256: textA.sha256,
      layers: inputs.map((input, index) => layerAgreement(AGREEMENT_LAYERS[index], [input])),
      disagreements: inputs.flatMap((input, index) => disagreementsOf(AGREEMENT_LAYERS[index], input.matching)),
      unplaced: { a: textA.unplaced, b: textB.unplaced },
    };
  });
  return {
    a: a.name,
    b: b.name,
    overall: AGREEMENT_LAYERS.map((layer) => layerAgreement(layer, pooled.get(layer)!)),
    texts,
    changed: paired.changed,
    onlyA: paired.onlyA,
    onlyB: paired.onlyB,
  };
}

function layerInput(layer: AgreementLayer, textA: AgreementText, textB: AgreementText): LayerInput {
  const a = textA.units.filter((unit) => unit.layer === layer);
  const b = textB.units.filter((unit) => unit.layer === layer);
  const length = textA.length ?? textB.length;
  return { length, a, b, matching: matchUnits(a, b) };
}

function layerAgreement(layer: AgreementLayer, inputs: readonly LayerInput[]): LayerAgreement {
  const pairs = inputs.flatMap((input) => input.matching.pairs);
  const valued = pairs.filter(({ a, b }) => a.value !== undefined || b.value !== undefined);
  const attributed = pairs.filter(({ a, b }) => a.attribution !== undefined || b.attribution !== undefined);
  const agreedAttributions = attributed.filter(({ a, b }) => a.attribution !== undefined && b.attribution !== undefined && sameName(a.attribution, b.attribution)).length;
  const labels = [...new Set(inputs.flatMap((input) => [...input.a, ...input.b].map((unit) => unit.label)))].sort();
  return {
    layer,
    spans: spanAgreement(inputs),
    labelKappa: cohenKappa(pairs.map(({ a, b }) => [a.label, b.label] as const)),
    valueKappa:
      valued.length === 0
        ? { value: null, n: 0, reason: 'no matched span has a verdict or value' }
        : cohenKappa(valued.map(({ a, b }) => [a.value ?? NO_VALUE, b.value ?? NO_VALUE] as const)),
    attribution: { compared: attributed.length, agreed: agreedAttributions, rate: attributed.length === 0 ? null : agreedAttributions / attributed.length },
    unitizedAlpha: alphaOf(inputs, (unit) => unit.label),
    labels: labels.map((label) => {
      const only = inputs.map((input) => {
        const a = input.a.filter((unit) => unit.label === label);
        const b = input.b.filter((unit) => unit.label === label);
        return { length: input.length, a, b, matching: matchUnits(a, b) };
      });
      return { label, spans: spanAgreement(only), unitizedAlpha: alphaOf(only, () => label) };
    }),
  };
}

function spanAgreement(inputs: readonly LayerInput[]): SpanAgreement {
  let a = 0;
  let b = 0;
  let exact = 0;
  let overlap = 0;
  for (const input of inputs) {
    a += input.a.length;
    b += input.b.length;
    overlap += input.matching.pairs.length;
    exact += input.matching.pairs.filter((pair) => pair.exact).length;
  }
  return { a, b, exact: score(exact, a, b), overlap: score(overlap, a, b), onlyA: a - overlap, onlyB: b - overlap };
}

function score(matched: number, a: number, b: number): SpanScore {
  return {
    matched,
    precision: b === 0 ? null : matched / b,
    recall: a === 0 ? null : matched / a,
    f1: a + b === 0 ? null : (2 * matched) / (a + b),
  };
}

function alphaOf(inputs: readonly LayerInput[], category: (unit: AgreementUnit) => string): Coefficient {
  const continua: Continuum[] = [];
  for (const input of inputs) {
    if (input.length === null) {
      return { value: null, n: 0, reason: 'a text is not available on either side (its length is unknown)' };
    }
    const segments = (units: readonly AgreementUnit[]) => units.map((unit) => ({ start: unit.start, end: unit.end, value: category(unit) }));
    continua.push({ length: input.length, coders: [segments(input.a), segments(input.b)] });
  }
  return unitizedAlpha(continua);
}

function disagreementsOf(layer: AgreementLayer, matching: Matching): Disagreement[] {
  const found: Disagreement[] = [
    ...matching.onlyA.map((a) => ({ layer, a, b: null, differences: [] })),
    ...matching.onlyB.map((b) => ({ layer, a: null, b, differences: [] })),
  ];
  for (const { a, b, exact } of matching.pairs) {
    const differences: Difference[] = [];
    if (!exact) {
      differences.push('boundary');
    }
    if (a.label !== b.label) {
      differences.push('label');
    }
    if ((a.value ?? '') !== (b.value ?? '')) {
      differences.push('value');
    }
    if (!sameName(a.attribution ?? '', b.attribution ?? '')) {
      differences.push('attribution');
    }
    if (differences.length > 0) {
      found.push({ layer, a, b, differences });
    }
  }
  const startOf = (d: Disagreement): number => (d.a ?? d.b)!.start;
  return found.sort((x, y) => startOf(x) - startOf(y));
}
