import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStructure, stripBom } from '../../server/src/core/structure';
import type { Quote } from '../../server/src/core/types';
import { assertGolden, renderSpans } from '../helpers/golden';
import { assertWellFormed, marksText, quotesOf } from '../helpers/quotes';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'quotes');

function fixture(name: string): string {
  return stripBom(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8')).text;
}

const render = (text: string, quotes: Quote[]): string =>
  renderSpans(
    text,
    quotes.map((quote) => ({
      start: quote.start,
      end: quote.end,
      label: 'quote',
      attributes: { kind: quote.kind, marks: quote.marks, depth: quote.depth },
    })),
  );

for (const name of readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.replace(/\.txt$/, ''))
  .sort()) {
  test(`quotes golden: ${name}`, () => {
    const text = fixture(name);
    const quotes = quotesOf(text);
    assertWellFormed(text, quotes);
    assertGolden(`quotes/${name}.spans`, render(text, quotes));
  });
}

/** The quotes whose open mark lies on the given 1-based line. */
function onLine(text: string, quotes: Quote[], line: number): Quote[] {
  const structure = buildStructure(text);
  return quotes.filter((quote) => structure.lineAt(quote.open.start) === line - 1);
}

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(quotesOf(fixture('apostrophes')), []);
  assert.deepEqual(quotesOf("the players' union and Ukraine’s ’90s, rock ’n’ roll, it's 'em"), []);
});

test('straight quotes are paired by reading: an unclosed disclaimer holds two balanced titles', () => {
  const text = fixture('straight-pairing');
  const line = text.split('\n')[4];
  assert.equal(line.split('"').length - 1, 7, 'the notice line has seven straight marks');
  const notice = onLine(text, quotesOf(text), 5);
  assert.equal(notice.length, 4);
  const [label, disclaimer, first, second] = notice;
  assert.equal(label.text, 'Sponsored');
  assert.equal(label.marks, 'balanced');
  assert.equal(disclaimer.marks, 'unclosed');
  assert.equal(disclaimer.close, null);
  assert.ok(disclaimer.text.startsWith('This report') && disclaimer.text.endsWith('agreement.'), 'runs to the end of the line');
  for (const title of [first, second]) {
    assert.equal(title.kind, 'title');
    assert.equal(title.depth, 1);
    assert.equal(title.marks, 'balanced');
    assert.ok(title.start > disclaimer.start && title.end < disclaimer.end);
  }
  assert.deepEqual([first.text, second.text], ['On Coastal Shipping', 'On Public Broadcasting']);
});

test('straight quotes without spaces around them still pair by which side touches a word', () => {
  const quotes = quotesOf('He said,"Everyone will get a berth."And then he left.');
  assert.deepEqual(quotes.map((quote) => [quote.text, quote.marks]), [['Everyone will get a berth.', 'balanced']]);
});

test('a closing glyph at the very start of a paragraph opens the quote', () => {
  const quotes = quotesOf('The editorial was blunt.\n\n” … and the harbour must stay open,” it read.');
  assert.deepEqual(quotes.map((quote) => quote.text), [' … and the harbour must stay open,']);
  assert.equal(quotes[0].close?.start, quotes[0].end);
});

test('inch marks after digits and » bullets at line starts open nothing', () => {
  const quotes = quotesOf('The 70"+ screen sold out, the clerk said "again" today.\n» Home\n» Markets');
  assert.deepEqual(quotes.map((quote) => [quote.text, quote.marks]), [['again', 'balanced']]);
});

test('mismatched glyph pairs are found and flagged', () => {
  const text = fixture('mismatched');
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((quote) => [marksText(text, quote), quote.marks]), [
    ['“"', 'mismatched'],
    ['"”', 'mismatched'],
  ]);
});

test('an unclosed quote runs to the end of its paragraph, final punctuation included', () => {
  const text = fixture('unclosed');
  const [quote, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.equal(quote.marks, 'unclosed');
  assert.equal(quote.text, 'We have not finished the review, and we will not rush it.');
});

test('an unclosed quote on a huge line is bounded, without splitting a surrogate pair', () => {
  const text = '“' + 'x'.repeat(1999) + '😀'.repeat(2000);
  const [quote] = quotesOf(text);
  assert.equal(quote.marks, 'unclosed');
  assert.ok(quote.end - quote.start <= 2000);
  assert.equal(quote.text, 'x'.repeat(1999));
  const sentences = quotesOf('“' + 'A short sentence. '.repeat(500));
  assert.ok(sentences[0].text.endsWith('sentence.'), 'cut at a sentence end');
});

test('a quote continued over paragraphs is not unclosed', () => {
  const text = fixture('continued');
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 4);
  assert.ok(quotes.every((quote) => quote.marks === 'balanced'));
  assert.deepEqual(quotes.map((quote) => quote.close === null), [false, true, true, false]);
  assert.ok(quotes.every((quote) => quote.kind === 'direct'));
  // without the next paragraph opening with a mark, the same piece is unclosed
  const alone = quotesOf('“Then we counted the nets.\n\nNobody argued.');
  assert.equal(alone[0].marks, 'unclosed');
});

test('nested quotes are separate entries one level deeper', () => {
  const text = fixture('single-and-nested');
  const quotes = quotesOf(text);
  const nested = quotes.filter((quote) => quote.depth === 1);
  assert.deepEqual(nested.map((quote) => quote.text), ['wait for the bell', 'a farce']);
  for (const inner of nested) {
    const outer = quotes.find((quote) => quote.depth === 0 && quote.start < inner.start && inner.end < quote.end);
    assert.ok(outer, `“${inner.text}” lies inside a top-level quote`);
  }
});

test("NYT-style '' pairs are double marks; a single quote inside them nests", () => {
  const text = fixture('nyt-doubled');
  const quotes = quotesOf(text);
  assert.ok(quotes.filter((quote) => quote.depth === 0).every((quote) => quote.open.end - quote.open.start === 2));
  const worst = quotes.find((quote) => quote.text === 'worst year.');
  assert.equal(worst?.depth, 1);
  assert.equal(quotes.find((quote) => quote.text === 'wrong track')?.marks, 'balanced');
});

test('guillemets and low-9 marks pair in their own conventions', () => {
  const quotes = quotesOf(fixture('guillemets'));
  assert.equal(quotes.length, 4);
  assert.ok(quotes.every((quote) => quote.marks === 'balanced' && quote.kind === 'direct'));
});

test('CRLF line ends stay out of quotes, unclosed ones included', () => {
  const text = fixture('crlf');
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 2);
  assert.ok(quotes.every((quote) => !/[\r\n]/.test(quote.text)));
  assert.equal(quotes[1].marks, 'unclosed');
  assert.equal(quotes[1].text, 'Aye, at dawn');
});

test('an emoji right before a mark does not hide it', () => {
  const text = fixture('emoji');
  const quotes = quotesOf(text);
  assert.deepEqual(quotes.map((quote) => quote.text), ['Breaking', 'What a morning,', 'Welcome aboard 🌊']);
  assert.equal(text.slice(quotes[0].open.start - 2, quotes[0].open.start), '🔥');
});

test('kinds: direct, partial, scare and title from the sentence around the quote', () => {
  const kinds = (text: string): string[] => quotesOf(text).map((quote) => `${quote.text}:${quote.kind}`);
  assert.deepEqual(kinds('“We will sail at dawn,” the captain said.'), ['We will sail at dawn,:direct']);
  assert.deepEqual(kinds('The captain said the crew was “ready for anything” after the storm.'), ['ready for anything:partial']);
  assert.deepEqual(kinds('The council published its 12-point “harbour plan” on Friday.'), ['harbour plan:scare']);
  assert.deepEqual(kinds('She read the novel “The Quiet Harbour” twice.'), ['The Quiet Harbour:title']);
  assert.deepEqual(kinds('The rules follow the Law "On Inland Ports" of 2010.'), ['On Inland Ports:title']);
});

test('titles: a programme after a possessive, "on" or "told", a title that is its sentence\'s subject, a piece by its author', () => {
  const kinds = (text: string): string[] => quotesOf(text).map((quote) => `${quote.text}:${quote.kind}`);
  assert.deepEqual(kinds('Speaking Sunday on Harbour TV’s “Morning Tide,” Mayor Roe said the ferries would run.'), ['Morning Tide,:title']);
  assert.deepEqual(kinds('"We sail at dawn," Roe told "Dock Talk," adding that the crews were ready.'), ['We sail at dawn,:direct', 'Dock Talk,:title']);
  assert.deepEqual(kinds('In an appearance on "Coast Live," Roe said she had not decided.'), ['Coast Live,:title']);
  assert.deepEqual(kinds('The crew staged a play called "Salt and Rope," which Roe said would tour.'), ['Salt and Rope,:title']);
  assert.deepEqual(kinds('“The Quiet Harbour” was nominated for a prize. “Tide Tables,” a series from 1989, returns.'), [
    'The Quiet Harbour:title',
    'Tide Tables,:title',
  ]);
  assert.deepEqual(kinds('CLOSING—"Old pier café to close at the end of May," by the Gazette\'s Jane Roe: "The café will close."'), [
    'Old pier café to close at the end of May,:title',
    'The café will close.:direct',
  ]);
  // speech keeps its kind: a sentence in title case that is attributed, and a fragment whose agent follows
  assert.deepEqual(kinds('"We Will Win," Roe said.'), ['We Will Win,:direct']);
  assert.equal(quotesOf('Roe said the "waste of money, plain and simple," by the council was over.')[0].kind, 'partial');
});

test('two closing marks with nothing open: the first one opened; inch marks after digits pair with nothing', () => {
  const texts = (text: string): string[] => quotesOf(text).map((quote) => quote.text);
  assert.deepEqual(texts('The skipper says,” the tide waits for no one.”'), [' the tide waits for no one.']);
  assert.deepEqual(texts('It comes as a 13” and a 16” model.'), []);
  assert.deepEqual(texts('A 14" screen, she said,” is “plenty” for me.”'), [' is “plenty” for me.', 'plenty']);
});

test('a markup tag whose attributes run over a line break holds no quotes; the text after it does', () => {
  const text = 'Roe posted:\n\n<post post-author="@roe" post-date="May 2, 2031\n">We will “fix” the pier.</post>\n\nShe added, "Soon."';
  assert.deepEqual(
    quotesOf(text).map((quote) => quote.text),
    ['fix', 'Soon.'],
  );
});

test('page navigation is not quotation: arrows, breadcrumbs and pagers between spaces are no quote marks', () => {
  const quotes = quotesOf(fixture('navigation'));
  assert.deepEqual(
    quotes.map((quote) => quote.text),
    ['It is a fair deal for the harbour,', 'Nous restons', 'fair'],
  );
});
