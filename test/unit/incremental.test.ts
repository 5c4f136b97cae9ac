import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../../server/src/core';
import { diffTexts, reanalyzeEdit } from '../../server/src/core/incremental';
import { quotesCrossing } from '../../server/src/core/regionBase';

const FIXTURES = resolve(__dirname, '..', 'fixtures');
const texts = ['server-ferry-strike.txt', 'server-summit-crlf.txt', 'server-market-hall.txt'].map((name) =>
  readFileSync(resolve(FIXTURES, name), 'utf8'),
);

/** The layers a splice must reproduce exactly (speakers may differ until the full analysis settles). */
function layers(analysis: Analysis): unknown {
  return {
    quotes: analysis.quotes.map((quote) => [quote.open.start, quote.close?.end ?? null, quote.kind, quote.marks, quote.cue?.start ?? null]),
    dates: analysis.dates.map((date) => [date.start, date.end, date.value]),
    mentions: analysis.mentions.map((mention) => [mention.start, mention.end, mention.kind]),
    boilerplate: analysis.boilerplate.map((block) => [block.start, block.end, block.kind]),
    findings: analysis.findings.map((finding) => [finding.ruleId, finding.start, finding.end]),
  };
}

test('incremental: diffTexts finds the one changed range', () => {
  assert.equal(diffTexts('abc', 'abc'), null);
  assert.deepEqual(diffTexts('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
  assert.deepEqual(diffTexts('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, newEnd: 5 });
  assert.deepEqual(diffTexts('abc', ''), { start: 0, oldEnd: 3, newEnd: 0 });
});

test('incremental: diffTexts on long texts, changes at and around chunk boundaries, repeated text', () => {
  const naive = (before: string, after: string): ReturnType<typeof diffTexts> => {
    if (before === after) {
      return null;
    }
    let start = 0;
    while (start < Math.min(before.length, after.length) && before[start] === after[start]) {
      start++;
    }
    let suffix = 0;
    while (suffix < Math.min(before.length, after.length) - start && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
      suffix++;
    }
    return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
  };
  const long = texts.join('\n\n').repeat(8);
  assert.ok(long.length > 3 * 4096, 'longer than three chunks');
  for (const at of [0, 1, 4095, 4096, 4097, 8191, 8192, long.length - 4097, long.length - 4096, long.length - 1, long.length]) {
    for (const [remove, insert] of [[0, 'x'], [1, ''], [3, 'a😀'], [0, long.slice(at, at + 5000)], [5000, '']] as const) {
      const edited = long.slice(0, at) + insert + long.slice(at + remove);
      assert.deepEqual(diffTexts(long, edited), naive(long, edited), `${remove} removed and ${insert.length} inserted at ${at}`);
    }
  }
  const same = 'a'.repeat(10_000);
  assert.deepEqual(diffTexts(same, `${same}a`), { start: 10_000, oldEnd: 10_000, newEnd: 10_001 });
});

test('incremental: edits in the body splice to what a full analysis finds, nearly always', () => {
  let spliced = 0;
  let sameQuotesAndDates = 0;
  let sameEverything = 0;
  for (const text of texts) {
    const previous = analyze(text);
    // Insert, delete and replace at every 37th character: inside quotes, between paragraphs, on line breaks.
    for (let at = 0; at < text.length; at += 37) {
      for (const [remove, insert] of [[0, 'x'], [1, ''], [2, '\n\n'], [0, '“']] as const) {
        const edited = text.slice(0, at) + insert + text.slice(at + remove);
        const result = reanalyzeEdit(previous, edited);
        if (!result) {
          continue;
        }
        spliced++;
        assert.equal(result.text, edited);
        for (const layer of [result.quotes, result.mentions, result.dates, result.boilerplate]) {
          layer.forEach((span, i) => {
            assert.ok(span.start >= 0 && span.end <= edited.length && span.start <= span.end, 'in bounds');
            assert.ok(i === 0 || layer[i - 1].start <= span.start, 'in text order');
          });
        }
        result.mentions.forEach((mention) => assert.equal(edited.slice(mention.start, mention.end), mention.text));
        const full = layers(analyze(edited)) as Record<string, unknown>;
        const ours = layers(result) as Record<string, unknown>;
        if (JSON.stringify([ours.quotes, ours.dates]) === JSON.stringify([full.quotes, full.dates])) {
          sameQuotesAndDates++;
        }
        if (JSON.stringify(ours) === JSON.stringify(full)) {
          sameEverything++;
        }
      }
    }
  }
  // Cross-paragraph evidence (boilerplate decided from neighbours, speakers named far earlier) is approximated
  // until the full analysis settles; quotes and dates are local and must almost always match. (A blank line
  // inserted mid-sentence can turn the fragment after it into trailer furniture for the full analysis, whose
  // quotes then have no cue: the splice keeps the document's furniture.)
  assert.ok(spliced > 100, `${spliced} edits were spliced`);
  assert.ok(sameQuotesAndDates / spliced >= 0.96, `quotes and dates equal in ${sameQuotesAndDates}/${spliced}`);
  assert.ok(sameEverything / spliced >= 0.85, `all layers equal in ${sameEverything}/${spliced}`);
});

test('incremental: an edit in the head asks for a full analysis', () => {
  const previous = analyze(texts[0]);
  assert.equal(reanalyzeEdit(previous, 'X' + texts[0]), undefined);
  assert.equal(reanalyzeEdit(previous, texts[0]), previous);
});

test('incremental: the quotes crossing a range are those a scan of every quote finds', () => {
  for (const text of texts) {
    const analysis = analyze(text);
    const extents = analysis.quotes.map((quote) => ({ start: quote.open.start, end: quote.close ? quote.close.end : quote.end }));
    assert.ok(extents.length > 2, 'the fixture has quotes');
    for (let start = 0; start < text.length; start += 29) {
      for (const length of [0, 1, 80, 400]) {
        const end = start + length;
        const expected = extents.filter((extent) => extent.start < end && start < extent.end);
        const found = quotesCrossing(analysis, start, end).sort((a, b) => a.start - b.start || a.end - b.end);
        assert.deepEqual(found, expected.sort((a, b) => a.start - b.start || a.end - b.end), `[${start}, ${end})`);
      }
    }
  }
});
