import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../server/src/core/quotes';
import { buildStructure } from '../../server/src/core/structure';
import { TokenTable, type Token } from '../../server/src/core/speakers/tokens';
import { ParagraphViews } from '../../server/src/core/speakers/views';

const TEXT = 'Mayor JANE Roe’s plan: He’s “ready,” Roe said. ÉCOLE staff and the école’s 2026 iPhone users in the U.S. agreed.';

/** Each token as text / lower / type, the way a reader of the table sees it. */
const shown = (tokens: readonly Token[]): string[] => tokens.map((token) => `${token.text}/${token.lower}/${token.type}`);

test('every token carries its text and lower case, capitalised and non-ASCII words included', () => {
  const table = new TokenTable(TEXT);
  const tokens = Array.from({ length: table.length }, (_, k) => table.token(k));
  assert.deepEqual(shown(tokens).slice(0, 9), ['Mayor/mayor/word', 'JANE/jane/word', 'Roe/roe/word', '’s/’s/possessive', 'plan/plan/word', ':/:/punct', 'He/he/word', '’s/is/word', '“/“/punct']);
  const words = tokens.filter((token) => token.type === 'word').map((token) => token.lower);
  assert.ok(['école', 'staff', 'école', '2026', 'iphone', 'u.s.'].every((word) => words.includes(word)));
  // a word written with a lower-case ASCII letter first counts as written in lower case
  assert.ok(table.commonWords.has('iphone') && table.commonWords.has('staff') && !table.commonWords.has('roe'));
});

test('tokensInto rewrites its objects in place: a shorter range, then a longer one, reads as fresh tokens do', () => {
  const table = new TokenTable(TEXT);
  const fresh = (from: number, to: number): Token[] => Array.from({ length: Math.min(to, table.length) - from }, (_, k) => table.token(from + k));
  const into: Token[] = [];
  assert.deepEqual(table.tokensInto(into, 0, 12), fresh(0, 12));
  assert.deepEqual(table.tokensInto(into, 20, 23), fresh(20, 23));
  assert.deepEqual(table.tokensInto(into, 3, 30), fresh(3, 30));
  // another table's tokens over the same objects
  const other = new TokenTable('“Fine,” said Doe.');
  assert.deepEqual(other.tokensInto(into, 0, 99), Array.from({ length: other.length }, (_, k) => other.token(k)));
});

test('a paragraph view built from a released view’s token objects equals the view built afresh', () => {
  const text = ['“First,” Roe said.', 'Doe added: “Second.”', '“Third,” said Lee of the U.S. Navy.'].join('\n\n');
  const structure = buildStructure(text);
  const quotes = findQuotes(structure);
  const order = quotes.map((_, index) => index);
  const expected = new ParagraphViews(structure, new TokenTable(text), quotes, order);
  const wanted = [0, 1, 2].map((paragraph) => shown(expected.tokens(paragraph)));
  const views = new ParagraphViews(structure, new TokenTable(text), quotes, order);
  views.tokens(0);
  views.tokens(1);
  views.releaseBefore(2);
  assert.deepEqual(shown(views.tokens(2)), wanted[2]);
  assert.deepEqual([...views.tokens(2)], [...expected.tokens(2)]);
  assert.deepEqual(shown(views.tokens(0)), wanted[0]); // rebuilt, identically
  assert.equal(views.locate(2)?.paragraph, 2);
});
