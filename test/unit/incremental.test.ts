import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../../server/src/core';
import { diffTexts, reanalyzeEdit } from '../../server/src/core/incremental';

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
  // until the full analysis settles; quotes and dates are local and must almost always match.
  assert.ok(spliced > 100, `${spliced} edits were spliced`);
  assert.ok(sameQuotesAndDates / spliced >= 0.97, `quotes and dates equal in ${sameQuotesAndDates}/${spliced}`);
  assert.ok(sameEverything / spliced >= 0.85, `all layers equal in ${sameEverything}/${spliced}`);
});

test('incremental: an edit in the head asks for a full analysis', () => {
  const previous = analyze(texts[0]);
  assert.equal(reanalyzeEdit(previous, 'X' + texts[0]), undefined);
  assert.equal(reanalyzeEdit(previous, texts[0]), previous);
});
