// node scripts/quote-errors.mjs PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]
// Error analysis of quote detection on PolNeAR (../shared/data/polnear/dev), counted as the scorer counts
// (overlap matching, --speech-only): false positives and false negatives by class, with examples of one class
// (--show takes a class name or its start). PRED from: node dist/cli.js analyze ../shared/data/polnear/dev/texts --jsonl
// Study errors on the train split only; read the dev split's counts only as a held-out measure.
import { articleText, matchQuotes, openPolnear, overlaps, piecesOf } from './lib/polnear.mjs';

const { split, show, limit, gold, predicted } = openPolnear('node scripts/quote-errors.mjs PRED.jsonl [--split train|dev] [--show CLASS] [--limit N]');

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
  const chars = Array.from(articleText(doc.id));
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
