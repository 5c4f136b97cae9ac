import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';

// The span of the mention a quote is attributed to (what a reader sees highlighted as its speaker). Invented texts.

/** Each quote's attributing mention, as written, by the quote's first words. */
function mentionsByQuote(text: string): Record<string, string | null> {
  const analysis = analyze(text);
  return Object.fromEntries(
    analysis.quotes.map((quote) => [
      quote.text.split(/\s+/).slice(0, 3).join(' '),
      quote.speakerMention ? text.slice(quote.speakerMention.start, quote.speakerMention.end) : null,
    ]),
  );
}

test('a time adverbial between subject and verb is not the mention: "Roe on Friday described", "later Thursday told"', () => {
  const text =
    'Mayor Jane Roe on Friday described the plan as "a disaster for the harbour."\n\n' +
    'Roe later Thursday told reporters: "We will sue."\n\n' +
    'The Harbour Board less than two weeks ago said that the pier was "perfectly safe."\n';
  assert.deepEqual(mentionsByQuote(text), {
    'a disaster for': 'Jane Roe',
    'We will sue.': 'Roe',
    'perfectly safe.': 'The Harbour Board',
  });
});

test('a time phrase is no mention of its own: "Earlier this week, Doe pressed", "the study concluded this year"', () => {
  const text =
    'Earlier this week, Jon Doe pressed the board on "the missing money."\n\n' +
    'A survey by the Harbour Trust concluded this year that the fish were "in decline."\n';
  const mentions = mentionsByQuote(text);
  assert.equal(mentions['the missing money.'], 'Jon Doe');
  assert.notEqual(mentions['in decline.'], 'this year');
});
