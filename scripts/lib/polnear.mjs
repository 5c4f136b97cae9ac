// What the PolNeAR error-analysis scripts share: their command line and data (../shared/data/polnear/dev, or
// $BYLINE_SHARED), and the scorer's (../shared/eval/score-quotes.mjs) one-to-one overlap matching of predicted quotes
// to the fragments of quoted contents, so that they count what the scorer counts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const polnear = join(process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared'), 'data', 'polnear', 'dev');

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

/**
 * Reads `PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]` (exits with `usage` when PRED or PolNeAR is
 * missing) and loads the gold articles of the split and the predicted records by id.
 */
export function openPolnear(usage) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const predPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!predPath || !existsSync(join(polnear, 'gold.jsonl'))) {
    console.error(`usage: ${usage}`);
    console.error(`(needs PolNeAR at ${polnear}; PRED from: node dist/cli.js analyze ${polnear}/texts --jsonl)`);
    process.exit(2);
  }
  const split = option('--split', 'train');
  return {
    split,
    show: option('--show', null),
    limit: Number(option('--limit', '15')),
    gold: readJsonl(join(polnear, 'gold.jsonl')).filter((doc) => doc.split === split),
    predicted: new Map(readJsonl(predPath).map((doc) => [doc.id, doc])),
  };
}

/** The text of one PolNeAR article. */
export const articleText = (id) => readFileSync(join(polnear, 'texts', `${id}.txt`), 'utf8');

export const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** The fragments of a gold content (one for a continuous content). */
export const piecesOf = (entry) => entry.fragments ?? [entry];

/** Largest overlap first, then nearest start: each predicted quote and each gold fragment is used at most once.
 * Returns, per predicted quote index, the index (in `quoted`) of the gold content it matched. */
export function matchQuotes(quotes, quoted) {
  const pairs = [];
  quotes.forEach((quote, m) => quoted.forEach((entry, i) => piecesOf(entry).forEach((piece, j) => {
    const width = Math.min(piece.end, quote.end) - Math.max(piece.start, quote.start);
    if (width > 0) {
      pairs.push({ m, i, key: `${i}:${j}`, width, distance: Math.abs(quote.start - piece.start) });
    }
  })));
  pairs.sort((a, b) => b.width - a.width || a.distance - b.distance || a.m - b.m);
  const matched = new Map();
  const usedPieces = new Set();
  for (const pair of pairs) {
    if (!matched.has(pair.m) && !usedPieces.has(pair.key)) {
      matched.set(pair.m, pair.i);
      usedPieces.add(pair.key);
    }
  }
  return matched;
}
