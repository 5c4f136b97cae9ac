// node scripts/quote-errors.mjs PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]
// Error analysis of quote detection on PolNeAR (../shared/data/polnear/dev), counted as the scorer counts
// (overlap matching, --speech-only): false positives and false negatives by class, with examples of one class
// (--show takes a class name or its start). PRED from: node dist/cli.js analyze ../shared/data/polnear/dev/texts --jsonl
// Study errors on the train split only; read the dev split's counts only as a held-out measure.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchQuotes, piecesOf } from './lib/polnearMatch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const polnear = join(process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared'), 'data', 'polnear', 'dev');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const predPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!predPath || !existsSync(join(polnear, 'gold.jsonl'))) {
  console.error('usage: node scripts/quote-errors.mjs PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]');
  console.error(`(needs PolNeAR at ${polnear}; PRED from: node dist/cli.js analyze ${polnear}/texts --jsonl)`);
  process.exit(2);
}
const split = option('--split', 'train');
const show = option('--show', null);
const limit = Number(option('--limit', '15'));

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const gold = readJsonl(join(polnear, 'gold.jsonl')).filter((doc) => doc.split === split);
const predicted = new Map(readJsonl(predPath).map((doc) => [doc.id, doc]));
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const inside = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end && (outer.start < inner.start || inner.end < outer.end);

/** PolNeAR's unit of annotation, not a quote a reader would drop: one content per attribution, nothing nested. */
const UNIT = 'unit: ';

/** The line (paragraph) around an offset of `chars` (code points). */
function lineAround(chars, start, end) {
  let from = start;
  while (from > 0 && chars[from - 1] !== '\n') from--;
  let to = end;
  while (to < chars.length && chars[to] !== '\n') to++;
  return { from, to };
}

function falsePositiveClass(chars, quote, quotes, matched, m, inQuoted) {
  const outer = quotes.findIndex((other, k) => k !== m && inside(quote, other));
  if (outer >= 0) {
    return matched.has(outer) ? `${UNIT}nested in a quote that matched` : 'nested in an unmatched quote';
  }
  if (inQuoted) {
    return `${UNIT}another quote of one gold content`;
  }
  const text = chars.slice(quote.start, quote.end).join('');
  if (/[<>]/.test(text) || /<[a-z][^>]*$/i.test(chars.slice(Math.max(0, quote.start - 60), quote.start).join(''))) {
    return 'no content: markup';
  }
  const line = lineAround(chars, quote.start, quote.end);
  const rest = chars.slice(line.from, quote.start).join('').trim().length + chars.slice(quote.end, line.to).join('').trim().length;
  if (line.from === 0 || rest <= 3) {
    return 'no content: headline or a line of its own';
  }
  return `no content: ${quote.kind}, ${quote.marks}`;
}

function excerpt(chars, start, end) {
  const from = Math.max(0, start - 160);
  const view = `${chars.slice(from, start).join('')}[[${chars.slice(start, end).join('')}]]${chars.slice(end, end + 100).join('')}`;
  return view.replace(/\n/g, '⏎');
}

const counts = new Map();
const examples = new Map();
const tally = { tp: 0, fp: 0, fn: 0, unit: 0 };
function count(kind, cls, chars, start, end, id) {
  const key = `${kind} ${cls}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (show && cls.startsWith(show) && (examples.get(key)?.length ?? 0) < limit) {
    examples.set(key, [...(examples.get(key) ?? []), `${id}\n   …${excerpt(chars, start, end)}…`]);
  }
}

for (const doc of gold) {
  const chars = Array.from(readFileSync(join(polnear, 'texts', `${doc.id}.txt`), 'utf8'));
  const quotes = predicted.get(doc.id)?.quotes ?? [];
  const quoted = doc.quotes.filter((entry) => entry.quoted);
  const unquoted = doc.quotes.filter((entry) => !entry.quoted);
  const matched = matchQuotes(quotes, quoted);
  const found = new Set(matched.values());
  tally.tp += found.size;
  quotes.forEach((quote, m) => {
    if (matched.has(m)) {
      return;
    }
    const inQuoted = quoted.some((entry) => piecesOf(entry).some((piece) => overlaps(piece, quote)));
    if (!inQuoted && unquoted.some((entry) => piecesOf(entry).some((piece) => overlaps(piece, quote)))) {
      count('neutral', 'overlaps only an unquoted content', chars, quote.start, quote.end, doc.id);
      return;
    }
    if (quote.kind === 'scare' || quote.kind === 'title') {
      count('neutral', `${quote.kind} without content`, chars, quote.start, quote.end, doc.id);
      return;
    }
    const cls = falsePositiveClass(chars, quote, quotes, matched, m, inQuoted);
    tally.fp++;
    if (cls.startsWith(UNIT)) {
      tally.unit++;
    }
    count('FP', cls, chars, quote.start, quote.end, doc.id);
  });
  quoted.forEach((entry, i) => {
    if (found.has(i)) {
      return;
    }
    tally.fn++;
    const covering = quotes.some((quote) => piecesOf(entry).some((piece) => overlaps(piece, quote)));
    const cls = covering ? 'missed: its quote matched another content' : `missed: no quote overlaps (${entry.quote_kind})`;
    count('FN', cls, chars, entry.start, entry.end, doc.id);
  });
}

const f1 = (tp, fp, fn) => (2 * tp) / (2 * tp + fp + fn);
console.log(`${split}: TP ${tally.tp} FP ${tally.fp} FN ${tally.fn}: overlap F1 ${f1(tally.tp, tally.fp, tally.fn).toFixed(3)}`);
console.log(`  of the FP, ${tally.unit} are PolNeAR's unit (a quote nested in a quote, several quotes in one content);` +
  ` without them F1 ${f1(tally.tp, tally.fp - tally.unit, tally.fn).toFixed(3)}`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${key.padEnd(60)} ${n}`);
}
for (const [key, list] of examples) {
  console.log(`\n${key}:\n${list.join('\n')}`);
}
