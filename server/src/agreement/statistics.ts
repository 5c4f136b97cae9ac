/**
 * Agreement coefficients, written by hand: no maintained npm package computes Cohen's kappa together with
 * Krippendorff's unitized alpha (the registry's "krippendorff" package is an unmaintained 0.1 without uα, and
 * simple-statistics / jstat have neither), and both fit in a few lines that the tests check against hand-computed
 * values.
 */

/** A coefficient with the number of observations it rests on, or null and why it cannot be computed. */
export interface Coefficient {
  value: number | null;
  /** Matched pairs (kappa) or coded length in code points (uα). */
  n: number;
  /** Set when `value` is null. */
  reason?: string;
}

/**
 * Cohen's kappa of two raters' categories over the same items: (pₒ − pₑ) / (1 − pₑ), with pₑ from each rater's
 * own marginals (Cohen 1960). Undefined when there is no item, or when both raters used one and the same category
 * throughout (pₑ = 1).
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): Coefficient {
  const n = pairs.length;
  if (n === 0) {
    return { value: null, n, reason: 'no matched spans' };
  }
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    countsA.set(a, (countsA.get(a) ?? 0) + 1);
    countsB.set(b, (countsB.get(b) ?? 0) + 1);
    if (a === b) {
      agreed++;
    }
  }
  const observed = agreed / n;
  let expected = 0;
  for (const [category, countA] of countsA) {
    expected += (countA / n) * ((countsB.get(category) ?? 0) / n);
  }
  if (expected >= 1) {
    return { value: null, n, reason: 'both sides used a single, identical category (chance agreement is 1)' };
  }
  return { value: (observed - expected) / (1 - expected), n };
}

/** A unit of a unitized continuum: [start, end) with a category. */
export interface Segment {
  start: number;
  end: number;
  value: string;
}

/** One continuum (a text) of `length` code points, unitized by every coder (same coder order in every continuum). */
export interface Continuum {
  length: number;
  coders: readonly (readonly Segment[])[];
}

/** The gap category: stretches of the continuum a coder left unmarked. */
const GAP = '\u2205';

/**
 * Krippendorff's unitized alpha for nominal categories, uα, as redefined in Krippendorff, Mathet, Bouvry &
 * Widlöcher (2016), "On the reliability of unitizing textual continua: Further developments", Quality & Quantity
 * 50 (the definition of Krippendorff 2013, §12.4, replaced because it misbehaved beyond two coders); also
 * Krippendorff 2019, §12.6.3. Every coder's marks and the gaps between them partition each continuum:
 *
 *   observed coincidences  l_ck = 1/(m−1) · Σ_i Σ_{j≠i} Σ_g Σ_h |g_ic ∩ h_jk|      (g of coder i with value c, h of j with k)
 *   expected coincidences  e_ck = (l_c. · l_.k − [c=k] · Σ_i Σ_g λ(g_ic)) / (l.. − Σ_i Σ_g λ(g_i) / l..)
 *                          λ(g) = |g|² for a unit, |g| for a gap (a gap is no unit, so each of its positions
 *                          pairs with itself only)
 *   uα = 1 − D_o / D_e,    D_o = Σ_{c≠k} l_ck,   D_e = Σ_{c≠k} e_ck                  (nominal: δ = 1 when c ≠ k)
 *
 * Several continua (the texts of a corpus) are pooled by summing the coincidences and the λ terms: units never
 * span two texts. Null when a coder's units overlap one another (they must partition the continuum), or when
 * nothing varies (D_e = 0: no unit at all, or one unit covering everything for every coder).
 */
export function unitizedAlpha(continua: readonly Continuum[]): Coefficient {
  const coincidences = new Map<string, Map<string, number>>();
  const selfPairs = new Map<string, number>();
  let selfPairTotal = 0;
  let coders = 0;
  const add = (c: string, k: string, amount: number): void => {
    const row = coincidences.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + amount);
    coincidences.set(c, row);
  };
  for (const continuum of continua) {
    coders = Math.max(coders, continuum.coders.length);
    const partitions: Segment[][] = [];
    for (const segments of continuum.coders) {
      const partition = partitionOf(segments, continuum.length);
      if (!partition) {
        return { value: null, n: 0, reason: "an annotator's spans overlap each other (uα needs disjoint spans)" };
      }
      partitions.push(partition);
      for (const segment of partition) {
        const length = segment.end - segment.start;
        const term = segment.value === GAP ? length : length * length;
        selfPairs.set(segment.value, (selfPairs.get(segment.value) ?? 0) + term);
        selfPairTotal += term;
      }
    }
    for (let i = 0; i < partitions.length; i++) {
      for (let j = 0; j < partitions.length; j++) {
        if (i !== j) {
          intersect(partitions[i], partitions[j], add);
        }
      }
    }
  }
  if (coders < 2) {
    return { value: null, n: 0, reason: 'fewer than two annotators' };
  }
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  let total = 0;
  let diagonal = 0;
  for (const [c, row] of coincidences) {
    for (const [k, raw] of row) {
      const amount = raw / (coders - 1);
      rowTotals.set(c, (rowTotals.get(c) ?? 0) + amount);
      columnTotals.set(k, (columnTotals.get(k) ?? 0) + amount);
      total += amount;
      diagonal += c === k ? amount : 0;
    }
  }
  const coded = total - (rowTotals.get(GAP) ?? 0);
  if (total === 0) {
    return { value: null, n: 0, reason: 'empty texts' };
  }
  const denominator = total - selfPairTotal / total;
  let expectedDiagonal = 0;
  for (const [c, rowTotal] of rowTotals) {
    expectedDiagonal += (rowTotal * (columnTotals.get(c) ?? 0) - (selfPairs.get(c) ?? 0)) / denominator;
  }
  // Σ_ck e_ck = l.. (the marginals sum to l..), so D_e is l.. minus the expected diagonal.
  const expectedDisagreement = total - expectedDiagonal;
  if (denominator <= 0 || expectedDisagreement <= 1e-9) {
    return { value: null, n: coded, reason: 'no variation to measure (no span on either side, or spans cover everything)' };
  }
  return { value: 1 - (total - diagonal) / expectedDisagreement, n: coded };
}

/** The coder's units sorted, with the gaps between them; null when two units overlap. */
function partitionOf(segments: readonly Segment[], length: number): Segment[] | null {
  const sorted = segments
    .map((segment) => ({ ...segment, end: Math.min(segment.end, length) }))
    .filter((segment) => segment.end > segment.start)
    .sort((x, y) => x.start - y.start);
  const partition: Segment[] = [];
  let cursor = 0;
  for (const segment of sorted) {
    if (segment.start < cursor) {
      return null;
    }
    if (segment.start > cursor) {
      partition.push({ start: cursor, end: segment.start, value: GAP });
    }
    partition.push(segment);
    cursor = segment.end;
  }
  if (cursor < length) {
    partition.push({ start: cursor, end: length, value: GAP });
  }
  return partition;
}

/** Adds |g ∩ h| to l[g.value][h.value] for every pair of segments of two partitions (a linear sweep). */
function intersect(first: readonly Segment[], second: readonly Segment[], add: (c: string, k: string, amount: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const g = first[i];
    const h = second[j];
    const overlap = Math.min(g.end, h.end) - Math.max(g.start, h.start);
    if (overlap > 0) {
      add(g.value, h.value, overlap);
    }
    if (g.end <= h.end) {
      i++;
    } else {
      j++;
    }
  }
}
