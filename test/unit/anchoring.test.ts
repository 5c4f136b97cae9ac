import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveSpan, reanchor, selectorsFor, type ContentChange } from '../../server/src/annotations/anchoring';
import type { AnnotationTarget } from '../../server/src/annotations/model';
import type { Span } from '../../server/src/core/types';

const ARTICLE = [
  'Harbor Town Gazette',
  '',
  'The council approved the ferry budget on Monday. "Fares will not rise this year," said Mayor Ilse Brandt.',
  '',
  'Opposition leader Tomas Reyes disagreed. "The budget hides a deficit of 4 million," he said.',
].join('\n');

function spanOf(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
  }
  assert.notEqual(at, -1, `fixture lacks ${needle}`);
  return { start: at, end: at + needle.length };
}

function targetFor(text: string, span: Span): AnnotationTarget {
  return { source: 'a.txt', sha256: '0'.repeat(64), selector: selectorsFor(text, span) };
}

function placed(text: string, target: AnnotationTarget): string {
  const result = reanchor(text, target);
  assert.equal(result.status, 'anchored', JSON.stringify(result));
  return result.status === 'anchored' ? text.slice(result.span.start, result.span.end) : '';
}

test('selectors: quote with prefix/suffix context and code-point positions', () => {
  const text = 'Rocket 🚀 launch "ok" done';
  const span = spanOf(text, 'launch');
  const [quote, position] = selectorsFor(text, span);
  assert.equal(quote.exact, 'launch');
  assert.equal(quote.prefix, 'Rocket 🚀 ');
  assert.equal(quote.suffix, ' "ok" done');
  // The emoji is one code point but two UTF-16 units.
  assert.deepEqual([position.start, position.end], [span.start - 1, span.end - 1]);
});

test('reanchor: unchanged hash keeps the position', () => {
  const span = spanOf(ARTICLE, 'Fares will not rise this year');
  const target = { ...targetFor(ARTICLE, span), sha256: 'a'.repeat(64) };
  assert.deepEqual(reanchor(ARTICLE, target, 'a'.repeat(64)), { status: 'anchored', span, method: 'unchanged' });
});

test('reanchor: insertion after the annotation keeps it by position', () => {
  const target = targetFor(ARTICLE, spanOf(ARTICLE, 'Fares will not rise this year'));
  const edited = ARTICLE + '\n\nUpdated: a correction was added.';
  const result = reanchor(edited, target);
  assert.equal(result.status === 'anchored' && result.method, 'position');
});

test('reanchor: insertion before the annotation finds it by quote', () => {
  const target = targetFor(ARTICLE, spanOf(ARTICLE, 'The budget hides a deficit of 4 million'));
  const edited = ARTICLE.replace('Harbor Town Gazette', 'Harbor Town Gazette — Evening Edition, with a long new subtitle');
  const result = reanchor(edited, target);
  assert.equal(result.status === 'anchored' && result.method, 'quote');
  assert.equal(placed(edited, target), 'The budget hides a deficit of 4 million');
});

test('reanchor: insertion inside the annotation finds it by fuzzy match', () => {
  const target = targetFor(ARTICLE, spanOf(ARTICLE, 'The budget hides a deficit of 4 million'));
  const edited = ARTICLE.replace('hides a deficit', 'hides a large deficit');
  const result = reanchor(edited, target);
  assert.equal(result.status === 'anchored' && result.method, 'fuzzy');
  assert.equal(placed(edited, target), 'The budget hides a large deficit of 4 million');
});

test('reanchor: deleted text becomes an orphan', () => {
  const target = targetFor(ARTICLE, spanOf(ARTICLE, 'The budget hides a deficit of 4 million'));
  const edited = ARTICLE.replace('"The budget hides a deficit of 4 million," he said.', 'He declined to comment.');
  const result = reanchor(edited, target);
  assert.equal(result.status, 'orphan');
});

test('reanchor: heavily rewritten text becomes an orphan rather than moving', () => {
  const target = targetFor(ARTICLE, spanOf(ARTICLE, 'Fares will not rise this year'));
  const edited = ARTICLE.replace('Fares will not rise this year', 'Tickets may cost more soon');
  assert.equal(reanchor(edited, target).status, 'orphan');
});

test('reanchor: repeated text is disambiguated by context', () => {
  const text = 'Ana said: "We will win." Later Bo said: "We will win." And Cy left.';
  const second = spanOf(text, 'We will win.', 1);
  const target = targetFor(text, second);
  // Shift everything so the position no longer matches; the second copy must be chosen by its context.
  const edited = 'PREFACE. ' + text;
  const result = reanchor(edited, target);
  assert.equal(result.status, 'anchored');
  assert.deepEqual(result.status === 'anchored' && result.span, spanOf(edited, 'We will win.', 1));
});

test('reanchor: repeated text whose context is gone is an orphan, not a guess', () => {
  const text = 'Ana said: "We will win." Later Bo said: "We will win." And Cy left.';
  const target = targetFor(text, spanOf(text, 'We will win.', 1));
  const edited = 'Xx: "We will win." Yy: "We will win." Zz.';
  assert.equal(reanchor(edited, target).status, 'orphan');
});

test('reanchor: CRLF line endings and emoji before the annotation', () => {
  const text = 'Line one 😀\r\nShe said "rates fall 🎉 soon" today.\r\n';
  const target = targetFor(text, spanOf(text, 'rates fall 🎉 soon'));
  assert.equal(placed(text, target), 'rates fall 🎉 soon');
  const edited = '🌍🌍 New first line\r\n' + text;
  assert.equal(placed(edited, target), 'rates fall 🎉 soon');
});

function apply(text: string, change: ContentChange): string {
  return text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
}

test('moveSpan: edits before, at the edges, inside, after, and over the span', () => {
  const text = 'aaa [claim text] bbb';
  const span = spanOf(text, 'claim text');
  const cases: [ContentChange, string | null][] = [
    [{ rangeOffset: 0, rangeLength: 0, text: 'XX' }, 'claim text'],
    [{ rangeOffset: span.start, rangeLength: 0, text: 'X' }, 'claim text'],
    [{ rangeOffset: span.end, rangeLength: 0, text: 'X' }, 'claim text'],
    [{ rangeOffset: span.start + 5, rangeLength: 0, text: ' big' }, 'claim big text'],
    [{ rangeOffset: span.start + 5, rangeLength: 5, text: '' }, 'claim'],
    [{ rangeOffset: span.start - 2, rangeLength: 4, text: '' }, 'aim text'],
    [{ rangeOffset: span.end - 2, rangeLength: 5, text: '!' }, 'claim te'],
    [{ rangeOffset: text.length, rangeLength: 0, text: ' tail' }, 'claim text'],
    [{ rangeOffset: span.start - 1, rangeLength: span.end - span.start + 2, text: 'gone' }, null],
  ];
  for (const [change, expected] of cases) {
    const moved = moveSpan(span, change);
    const after = apply(text, change);
    assert.equal(moved === null ? null : after.slice(moved.start, moved.end), expected, JSON.stringify(change));
  }
});

test('reanchor: an annotation edited in place stays there even when a verbatim copy exists elsewhere', () => {
  const title = 'Ferry fares frozen for another year, board says';
  const text = `${title}\n\n${title}\n\nThe board met on Monday and voted to keep prices.`;
  const target = targetFor(text, { start: 0, end: title.length });
  const edited = text.replace(title, 'Ferry fares frozen for one more year, board says');
  assert.equal(placed(edited, target), 'Ferry fares frozen for one more year, board says');
});

test('reanchor: the first word replaced — the ends snap to the unchanged context', () => {
  const target = targetFor(ARTICLE, spanOf(ARTICLE, 'The budget hides a deficit of 4 million'));
  const edited = ARTICLE.replace('The budget hides', 'Their budget hides');
  assert.equal(placed(edited, target), 'Their budget hides a deficit of 4 million');
});

test('reanchor: a similar neighbouring sentence that slides into place is not taken', () => {
  const text = 'Report.\n\nPrices rose 5% in May. Prices rose 6% in June. Wages did not.\n';
  const target = targetFor(text, spanOf(text, 'Prices rose 5% in May.'));
  const edited = text.replace('Prices rose 5% in May. ', '');
  assert.equal(reanchor(edited, target).status, 'orphan');
});

test('reanchor: a multi-line annotation survives line endings converted LF → CRLF and back', () => {
  const text = 'Intro line.\n\n"We will rebuild the pier,\nand soon," she said.\nEnd.\n';
  const quote = 'We will rebuild the pier,\nand soon,';
  const target = targetFor(text, spanOf(text, quote));
  const crlf = text.replace(/\n/gu, '\r\n');
  assert.equal(placed(crlf, target), quote.replace('\n', '\r\n'));
  const back = targetFor(crlf, spanOf(crlf, quote.replace('\n', '\r\n')));
  assert.equal(placed(text, back), quote);
});
