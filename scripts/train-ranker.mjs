// node --import tsx scripts/train-ranker.mjs [--epochs N] [--check] [--cv]
// Fits the attribution ranker (server/src/core/speakers/ranker.ts) on PolNeAR's TRAIN split only
// ("split":"train" in ../shared/data/polnear/dev/gold.jsonl) with an averaged perceptron, and writes the weights to
// server/src/core/speakers/rankerWeights.ts. Deterministic: same data, same weights. With --check, writes nothing
// and prints how the shipped weights rank the train samples. Held-out figures: npm run eval (polnear-devsplit).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStructure } from '../server/src/core/structure.ts';
import { findQuotes } from '../server/src/core/quotes.ts';
import { attributeQuotes } from '../server/src/core/speakers/attribute.ts';
import { best } from '../server/src/core/speakers/rankerScore.ts';
import { RANKER_WEIGHTS } from '../server/src/core/speakers/rankerWeights.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const polnear = join(process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared'), 'data', 'polnear', 'dev');
const args = process.argv.slice(2);
const epochs = Number(args.includes('--epochs') ? args[args.indexOf('--epochs') + 1] : 8);
if (!existsSync(join(polnear, 'gold.jsonl'))) {
  console.error(`train-ranker: PolNeAR is missing (looked for ${polnear}/gold.jsonl); nothing trained.`);
  process.exit(2);
}

let missed = 0;
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const pieces = (entry) => entry.fragments ?? [entry];

/** UTF-16 offset → code point offset (the gold counts code points). */
function codePoints(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) {
    return (offset) => offset;
  }
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let k = 0; k < text.length; k++) {
    map[k] = points;
    const code = text.charCodeAt(k);
    if (!(code >= 0xd800 && code <= 0xdbff)) {
      points++;
    }
  }
  map[text.length] = points;
  return (offset) => map[offset];
}

/**
 * One sample per top-level quote: its candidates and which of them are right. A quote inside gold speech with a
 * source wants a mention overlapping that source; a quote in no gold speech (a scare quote, a title) wants nobody.
 * Quotes whose right answer is not among the candidates, or that only overlap unquoted gold contents, are left out.
 */
function samplesOf(doc) {
  const text = readFileSync(join(polnear, 'texts', `${doc.id}.txt`), 'utf8');
  const point = codePoints(text);
  const structure = buildStructure(text);
  const quotes = findQuotes(structure);
  const samples = [];
  attributeQuotes(structure, quotes, [], {
    weights: {},
    observe: (index, candidates) => {
      const quote = { start: point(quotes[index].start), end: point(quotes[index].end) };
      const speech = doc.quotes.filter((entry) => entry.quoted && pieces(entry).some((piece) => overlaps(piece, quote)));
      const sourced = speech.filter((entry) => entry.source);
      let right;
      if (sourced.length > 0) {
        const sources = sourced.flatMap((entry) => entry.source.fragments ?? [entry.source]);
        right = candidates.map((candidate) => candidate.phrase !== null && sources.some((source) => overlaps(source, { start: point(candidate.phrase.start), end: point(candidate.phrase.end) })));
      } else if (speech.length > 0 || !doc.quotes.some((entry) => pieces(entry).some((piece) => overlaps(piece, quote)))) {
        right = candidates.map((candidate) => candidate.phrase === null);
      } else {
        return;
      }
      missed += right.some(Boolean) ? 0 : 1;
      if (right.some(Boolean)) {
        samples.push({ features: candidates.map((candidate) => candidate.features), right, rule: candidates.findIndex((candidate) => candidate.rule) });
      }
    },
  });
  return samples;
}

const docs = readFileSync(join(polnear, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)).filter((doc) => doc.split === 'train');
const samples = docs.flatMap((doc, number) => samplesOf(doc).map((sample) => ({ ...sample, fold: number % 5 })));

const accuracy = (weights, among = samples) => {
  let correct = 0;
  for (const sample of among) {
    const candidates = sample.features.map((features, k) => ({ features, rule: k === sample.rule }));
    correct += sample.right[candidates.indexOf(best(weights, candidates))] ? 1 : 0;
  }
  return correct / among.length;
};

if (args.includes('--check')) {
  console.log(`train samples ${samples.length} (${missed} quotes without a right candidate left out): rules ${accuracy({}).toFixed(4)}, shipped weights ${accuracy(RANKER_WEIGHTS).toFixed(4)}`);
  process.exit(0);
}

/** Averaged perceptron: w = current weights, u = sum of clock·update, average = w - u / clock. */
function train(among) {
  const weights = new Map();
  const totals = new Map();
  let clock = 1;
  const add = (features, delta) => {
    for (const feature of features) {
      weights.set(feature, (weights.get(feature) ?? 0) + delta);
      totals.set(feature, (totals.get(feature) ?? 0) + clock * delta);
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const sample of among) {
      const scores = sample.features.map((features) => features.reduce((sum, feature) => sum + (weights.get(feature) ?? 0), 0));
      let predicted = 0;
      scores.forEach((value, k) => {
        if (value > scores[predicted] || (value === scores[predicted] && k === sample.rule)) {
          predicted = k;
        }
      });
      if (!sample.right[predicted]) {
        let target = -1;
        scores.forEach((value, k) => {
          if (sample.right[k] && (target < 0 || value > scores[target])) {
            target = k;
          }
        });
        add(sample.features[target], 1);
        add(sample.features[predicted], -1);
      }
      clock++;
    }
  }
  const averaged = {};
  for (const [feature, value] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const mean = Math.round((value - totals.get(feature) / clock) * 1000) / 1000;
    if (mean !== 0) {
      averaged[feature] = mean;
    }
  }
  return averaged;
}

if (args.includes('--cv')) {
  // 5-fold cross-validation over train documents: a held-out figure for design choices that never reads the dev split
  const folds = [0, 1, 2, 3, 4].map((fold) => accuracy(train(samples.filter((sample) => sample.fold !== fold)), samples.filter((sample) => sample.fold === fold)));
  const rules = accuracy({});
  console.log(`train 5-fold CV (${samples.length} quotes): rules ${rules.toFixed(4)}, ranker ${(folds.reduce((a, b) => a + b) / 5).toFixed(4)} (${folds.map((f) => f.toFixed(3)).join(' ')})`);
  process.exit(0);
}
const averaged = train(samples);
const body = Object.entries(averaged).map(([feature, value]) => `  ${JSON.stringify(feature)}: ${value},`).join('\n');
writeFileSync(
  join(root, 'server', 'src', 'core', 'speakers', 'rankerWeights.ts'),
  `// Generated by scripts/train-ranker.mjs from PolNeAR's train split (${samples.length} quotes, ${epochs} epochs); do not edit by hand.\nimport type { RankerWeights } from './rankerScore';\n\nexport const RANKER_WEIGHTS: RankerWeights = {\n${body}\n};\n`,
);
console.log(`train samples ${samples.length} (${missed} quotes without a right candidate left out): rules ${accuracy({}).toFixed(4)}, averaged perceptron ${accuracy(averaged).toFixed(4)}; ${Object.keys(averaged).length} weights written`);
