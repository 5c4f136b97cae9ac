/** Pairs A's texts with B's by SHA-256; changed and missing texts are reported, never compared (pure). */

import type { AgreementSide, AgreementText } from './types';

export interface TextPair {
  a: AgreementText;
  b: AgreementText;
}

export interface ChangedText {
  source: string;
  sha256A: string;
  sha256B: string;
}

export interface PairedTexts {
  pairs: TextPair[];
  /** Same path on both sides, different text: not compared. */
  changed: ChangedText[];
  /** Texts only one side has (neither the same text nor the same path on the other side). */
  onlyA: string[];
  onlyB: string[];
}

export function pairTexts(a: AgreementSide, b: AgreementSide): PairedTexts {
  const unpairedB = new Map<string, AgreementText[]>();
  for (const text of b.texts) {
    unpairedB.set(text.sha256, [...(unpairedB.get(text.sha256) ?? []), text]);
  }
  const pairs: TextPair[] = [];
  const leftA: AgreementText[] = [];
  for (const text of a.texts) {
    const candidates = unpairedB.get(text.sha256) ?? [];
    // The same text twice on a side (copies under two names) pairs by name first.
    const index = Math.max(0, candidates.findIndex((candidate) => candidate.source === text.source));
    const partner = candidates[index];
    if (partner) {
      candidates.splice(index, 1);
      pairs.push({ a: text, b: partner });
    } else {
      leftA.push(text);
    }
  }
  const leftB = [...unpairedB.values()].flat();
  const leftBBySource = new Map(leftB.map((text) => [text.source, text]));
  const changed: ChangedText[] = [];
  const onlyA: string[] = [];
  for (const text of leftA) {
    const other = leftBBySource.get(text.source);
    if (other) {
      leftBBySource.delete(text.source);
      changed.push({ source: text.source, sha256A: text.sha256, sha256B: other.sha256 });
    } else {
      onlyA.push(text.source);
    }
  }
  const bySource = (x: { source: string }, y: { source: string }): number => x.source.localeCompare(y.source);
  pairs.sort((x, y) => bySource(x.a, y.a));
  return {
    pairs,
    changed: changed.sort(bySource),
    onlyA: onlyA.sort(),
    onlyB: [...leftBBySource.keys()].sort(),
  };
}
