/** One-to-one matching of A's and B's spans in one text and layer (pure). */

import type { AgreementUnit } from './types';

export interface MatchedPair {
  a: AgreementUnit;
  b: AgreementUnit;
  /** Same start and end. */
  exact: boolean;
}

export interface Matching {
  pairs: MatchedPair[];
  onlyA: AgreementUnit[];
  onlyB: AgreementUnit[];
}

function overlapOf(a: AgreementUnit, b: AgreementUnit): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs every span with at most one span of the other side: first identical spans (a same-label partner preferred),
 * then, among the rest, overlapping spans by decreasing overlap (same label first on ties) — greedy, which on
 * annotations (few spans, rarely overlapping several others) gives the same pairs as an optimal assignment.
 */
export function matchUnits(a: readonly AgreementUnit[], b: readonly AgreementUnit[]): Matching {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: MatchedPair[] = [];
  const byPosition = new Map<string, number[]>();
  b.forEach((unit, index) => {
    const key = `${unit.start}:${unit.end}`;
    byPosition.set(key, [...(byPosition.get(key) ?? []), index]);
  });
  a.forEach((unit, index) => {
    const candidates = (byPosition.get(`${unit.start}:${unit.end}`) ?? []).filter((candidate) => !usedB.has(candidate));
    const chosen = candidates.find((candidate) => b[candidate].label === unit.label) ?? candidates[0];
    if (chosen !== undefined) {
      usedA.add(index);
      usedB.add(chosen);
      pairs.push({ a: unit, b: b[chosen], exact: true });
    }
  });
  const candidates: { i: number; j: number; overlap: number; sameLabel: boolean }[] = [];
  a.forEach((unitA, i) => {
    if (usedA.has(i)) {
      return;
    }
    b.forEach((unitB, j) => {
      const overlap = usedB.has(j) ? 0 : overlapOf(unitA, unitB);
      if (overlap > 0) {
        candidates.push({ i, j, overlap, sameLabel: unitA.label === unitB.label });
      }
    });
  });
  candidates.sort((x, y) => y.overlap - x.overlap || Number(y.sameLabel) - Number(x.sameLabel) || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (!usedA.has(i) && !usedB.has(j)) {
      usedA.add(i);
      usedB.add(j);
      pairs.push({ a: a[i], b: b[j], exact: false });
    }
  }
  pairs.sort((x, y) => x.a.start - y.a.start || x.a.end - y.a.end);
  return {
    pairs,
    onlyA: a.filter((_, index) => !usedA.has(index)),
    onlyB: b.filter((_, index) => !usedB.has(index)),
  };
}

/** Names compared as people write them: Unicode NFC, spacing and case ignored. */
export function sameName(x: string, y: string): boolean {
  const key = (name: string): string => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
  return key(x) === key(y);
}
