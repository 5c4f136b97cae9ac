import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/core';

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
