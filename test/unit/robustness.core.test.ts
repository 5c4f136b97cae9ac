import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/core';
import { cpuGrowth } from '../helpers/growth';

function assertDisjointMentions(analysis: Analysis): void {
  for (let i = 1; i < analysis.mentions.length; i++) {
    assert.ok(analysis.mentions[i - 1].end <= analysis.mentions[i].start, `mentions ${i - 1} and ${i} overlap`);
  }
}

function mentionTexts(analysis: Analysis): string[] {
  return analysis.mentions.map((mention) => `${mention.kind}:${mention.text}`);
}

// Found by the property test "spans of one class are sorted and do not overlap": a role phrase that embeds
// another speaker's name ("Mark Rutte's spokesperson") overlapped that name's mention.
test('a role phrase embedding another speaker’s name is clipped to its head; the name keeps its mention', () => {
  const analysis = analyze('Mark Rutte’s spokesperson said: “We are ready.”');
  assertDisjointMentions(analysis);
  assert.deepEqual(mentionTexts(analysis), ['name:Mark Rutte', 'role:spokesperson']);
  const quote = analysis.quotes[0];
  assert.notEqual(quote.speaker, null);
  const speaker = analysis.speakers[quote.speaker ?? -1];
  assert.ok(speaker.mentions.some((index) => analysis.mentions[index].start === quote.speakerMention?.start));
});

test('the fuzzer’s counterexample: a capitalised run inside a role phrase', () => {
  const analysis = analyze('Foreign Minister Theythe minister said“Justice');
  assertDisjointMentions(analysis);
  assert.deepEqual(mentionTexts(analysis), ['name:Theythe', 'role:minister']);
});

test('a determiner-led role phrase with an embedded surname keeps both, disjoint', () => {
  const analysis = analyze('Mark Rutte met the press. The Rutte spokesperson said: “We are ready.”');
  assertDisjointMentions(analysis);
  assert.deepEqual(mentionTexts(analysis), ['name:Mark Rutte', 'name:Rutte', 'role:spokesperson']);
});

// Pathological input: every stage is linear, and a spent budget skips the stages after it (published included).
test('a zero budget skips every stage after the structure, the published-date reading included', () => {
  const text = 'Mark Rutte said on Tuesday: “We are ready.”\n\n'.repeat(20_000);
  const analysis = analyze(text, { budgetMs: 0 });
  assert.match(analysis.degraded ?? '', /time budget/);
  assert.equal(analysis.quotes.length, 0);
  assert.equal(analysis.metadata.published.basis, 'unknown');
  assert.equal(analysis.structure.paragraphs.length, 20_000);
});

test('a first line longer than a headline is not one, whatever its words (a megabyte-long line is not split to test it)', () => {
  const headline = (words: number): string => Array.from({ length: words }, (_, i) => `Harbourmastership${String.fromCharCode(97 + i)}`).join(' ');
  const titleOf = (text: string): string | undefined => analyze(text, { budgetMs: 0 }).metadata.title?.text;
  assert.equal(titleOf(`${headline(12)}\n\nThe council met on Monday.\n`), headline(12));
  assert.equal(titleOf(`${headline(14)}\n\nThe council met on Monday.\n`), undefined, 'a 265-character first line');
  assert.equal(titleOf('word "x '.repeat(125_000)), undefined);
});

const growth = (build: (n: number) => string, small: number): number => cpuGrowth(build, (text) => analyze(text), small);

test('deeply nested curly quotes and runs of marks are analysed in linear time', { timeout: 120_000 }, () => {
  // guards against quadratic regressions; 300,000 nested “ … ” took ~20 s under load before the per-code-unit memo in quotes/kind.ts
  const nested = growth((n) => '“'.repeat(n / 2) + '”'.repeat(n / 2), 20_000);
  const straight = growth((n) => '"'.repeat(n), 50_000);
  // ~8 when linear, ~64 when quadratic
  assert.ok(nested < 24, `nested quotes grow ×${nested.toFixed(1)} for ×8 input`);
  assert.ok(straight < 24, `straight marks grow ×${straight.toFixed(1)} for ×8 input`);
});

test('quotes nested past eight levels are garbled text, not quotes: the quoted texts stay linear in the input', () => {
  // 300,000 nested pairs were 300,000 quotes whose texts summed to 9·10¹⁰ characters: `byline analyze --jsonl`
  // wrote records without end and ran out of memory.
  const pairs = 20_000;
  const { quotes } = analyze('“'.repeat(pairs) + '”'.repeat(pairs));
  const quoted = quotes.reduce((sum, quote) => sum + quote.end - quote.start, 0);
  assert.ok(quoted <= 8 * 2 * pairs, `${quotes.length} quotes, ${quoted} quoted characters for ${2 * pairs} characters`);
  const prose = analyze('He said: “She told me ‘they wrote “we will ‘sail’ on Monday” to the board’ yesterday.”\n').quotes;
  assert.deepEqual(prose.map((quote) => quote.depth), [0, 1, 2, 3], 'real nesting is untouched');
});
