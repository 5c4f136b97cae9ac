import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { cpuGrowth } from '../helpers/growth';
import { hostileText, PROPERTY_RUNS } from '../helpers/properties';
import { assertWellFormed, quotesOf } from '../helpers/quotes';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'quotes');

test('never throws on hostile text, and every quote is well formed', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const quotes = quotesOf(text);
      assertWellFormed(text, quotes);
      for (const quote of quotes) {
        assert.ok(quote.close !== null || quote.marks !== 'mismatched');
        assert.ok(quote.depth >= 0);
      }
    }),
    { numRuns: PROPERTY_RUNS },
  );
});

/** Degenerate text about `bytes` long: runs of marks, surrogates, NUL, nesting and unclosed tags. */
const DEGENERATE: [string, (bytes: number) => string][] = [
  ['straight marks', (bytes) => '"'.repeat(bytes)],
  ['curly open marks', (bytes) => '“'.repeat(bytes)],
  ['short curly quotes', (bytes) => '“a” '.repeat(bytes / 4)],
  ['nested curly quotes', (bytes) => '“ '.repeat(bytes / 4) + '” '.repeat(bytes / 4)],
  ["NYT-style '' pairs", (bytes) => "''".repeat(bytes / 2) + "'"],
  ['surrogates, NUL, CRLF and BOM among marks', (bytes) => '\uD800"\u0000“\uDC00\r\n\uFEFF‘'.repeat(bytes / 10)],
  ['open angle brackets', (bytes) => '<'.repeat(bytes)],
  ['unclosed tags with an open attribute', (bytes) => '<post a="'.repeat(bytes / 9)],
];

for (const [shape, build] of DEGENERATE) {
  test(`degenerate input in linear time, spans well placed: ${shape}`, () => {
    const text = build(250_000);
    const quotes = quotesOf(text);
    assert.ok(quotes.filter((quote) => quote.marks === 'unclosed').length <= text.length);
    for (const quote of quotes.slice(0, 1000)) {
      assert.equal(quote.text, text.slice(quote.start, quote.end));
    }
    // ~8 when linear, ~64 when quadratic
    const growth = cpuGrowth(build, quotesOf, 31_250);
    assert.ok(growth < 24, `8× the input took ×${growth.toFixed(1)} the time`);
  });
}

test('news-like text in linear time, 125 KB and 1 MB', () => {
  const article = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(FIXTURES, file), 'utf8'))
    .join('\n\n');
  const news = (bytes: number): string => article.repeat(Math.ceil(bytes / article.length)).slice(0, bytes);
  assert.ok(quotesOf(news(1_000_000)).length > 10_000);
  // ~8 when linear, ~64 when quadratic pairing or context reading
  const growth = cpuGrowth(news, quotesOf, 125_000);
  assert.ok(growth < 24, `8× the text took ×${growth.toFixed(1)} the time`);
});
