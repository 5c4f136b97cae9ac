import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStructure, stripBom } from '../../server/src/core/structure';
import type { Quote } from '../../server/src/core/types';
import { marksText, quotesOf } from '../helpers/quotes';
import { needsShared, seedText } from '../helpers/shared';

/** Facts about the seeds, asserted without copying their text. */
const seedQuotes = (prefix: string): { text: string; quotes: Quote[] } => {
  const text = stripBom(seedText(prefix)).text;
  return { text, quotes: quotesOf(text) };
};

const countBy = (quotes: Quote[], key: 'kind' | 'marks'): Record<string, number> =>
  quotes.reduce<Record<string, number>>((counts, quote) => ({ ...counts, [quote[key]]: (counts[quote[key]] ?? 0) + 1 }), {});

test('seeds: quote counts per file', needsShared(), () => {
  assert.deepEqual(
    ['000', '001', '002', '003', '004'].map((prefix) => seedQuotes(prefix).quotes.length),
    [13, 4, 10, 12, 5],
  );
});

test('seed 002: the legal notice holds one unclosed quote with two nested titles', needsShared(), () => {
  const { text, quotes } = seedQuotes('002');
  const unclosed = quotes.filter((quote) => quote.marks === 'unclosed');
  assert.equal(unclosed.length, 1);
  const [notice] = unclosed;
  const structure = buildStructure(text);
  const line = structure.lines[structure.lineAt(notice.open.start)];
  assert.equal(text.slice(line.start, line.end).split('"').length - 1, 7);
  assert.equal(notice.end, text.slice(0, line.end).trimEnd().length, 'runs to the end of its line');
  assert.equal(notice.depth, 0);
  const titles = quotes.filter((quote) => quote.kind === 'title');
  assert.equal(titles.length, 2);
  assert.ok(titles.every((title) => title.depth === 1 && notice.start < title.start && title.end < notice.end));
  assert.deepEqual(countBy(quotes, 'marks'), { balanced: 9, unclosed: 1 });
  assert.equal(countBy(quotes, 'kind').scare, 2);
});

test('seeds 003 and 004: one mismatched quote each, curly-straight and straight-curly', needsShared(), () => {
  const third = seedQuotes('003');
  const fourth = seedQuotes('004');
  const mismatched = (seed: { text: string; quotes: Quote[] }): string[] =>
    seed.quotes.filter((quote) => quote.marks === 'mismatched').map((quote) => marksText(seed.text, quote));
  assert.deepEqual(mismatched(third), ['“"']);
  assert.deepEqual(mismatched(fourth), ['"”']);
});

test('seeds: kinds per file', needsShared(), () => {
  // the one scare in 000 and in 004 is a cited term the guidelines accept as partial or scare
  assert.deepEqual(countBy(seedQuotes('000').quotes, 'kind'), { direct: 8, partial: 4, scare: 1 });
  assert.deepEqual(countBy(seedQuotes('001').quotes, 'kind'), { direct: 3, scare: 1 });
  assert.deepEqual(countBy(seedQuotes('004').quotes, 'kind'), { direct: 3, partial: 1, scare: 1 });
  assert.ok(seedQuotes('000').quotes.every((quote) => quote.marks === 'balanced' && quote.depth === 0));
});
