import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseStartingAt } from '../../server/src/core/speakers/phrases';
import { TokenTable, type Token } from '../../server/src/core/speakers/tokens';

// The text of a role phrase read left to right from its first word (what a candidate mention covers). Invented texts.

function phraseFrom(text: string, first: string): string | null {
  const table = new TokenTable(text);
  const tokens: Token[] = [];
  table.tokensInto(tokens, 0, table.length);
  const start = tokens.findIndex((token) => token.start === text.indexOf(first));
  return phraseStartingAt(tokens, start, tokens.length, text)?.text ?? null;
}

test('a role phrase ends where what is said of it starts: an infinitive, a second determiner, a negated auxiliary', () => {
  assert.equal(phraseFrom('She saw it as a way to create good-paying harbour jobs.', 'a way'), 'a way');
  assert.equal(phraseFrom('The place is the house my husband and I bought for her.', 'the house'), 'the house');
  assert.equal(phraseFrom('The final results aren’t in yet.', 'The final'), 'The final results');
  // an envoy "to" someone, an adviser "to" a person: the phrase goes on
  assert.equal(phraseFrom('The special envoy to the talks arrived.', 'The special'), 'The special envoy to the talks');
  assert.equal(phraseFrom('The senior adviser to president Roe arrived.', 'The senior'), 'The senior adviser to president Roe');
});
