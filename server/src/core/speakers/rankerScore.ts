import type { Candidate } from './ranker';

/** Scoring the ranker's candidates: a sum of the weights of their features. */

export type RankerWeights = Readonly<Record<string, number>>;

const tables = new WeakMap<RankerWeights, Map<string, number>>();

/** The weights as a Map (built once per weight table): lookups of many string keys are faster than on an object. */
function tableOf(weights: RankerWeights): Map<string, number> {
  let table = tables.get(weights);
  if (!table) {
    table = new Map(Object.entries(weights));
    tables.set(weights, table);
  }
  return table;
}

function score(table: ReadonlyMap<string, number>, features: readonly string[]): number {
  let total = 0;
  for (const feature of features) {
    total += table.get(feature) ?? 0;
  }
  return total;
}

/** The best-scoring candidate; ties go to the rules' choice, then to the earlier candidate. */
export function best(weights: RankerWeights, candidates: readonly Candidate[]): Candidate {
  const table = tableOf(weights);
  let chosen = candidates[0];
  let top = -Infinity;
  for (const candidate of candidates) {
    const value = score(table, candidate.features);
    if (value > top || (value === top && candidate.rule && !chosen.rule)) {
      top = value;
      chosen = candidate;
    }
  }
  return chosen;
}
