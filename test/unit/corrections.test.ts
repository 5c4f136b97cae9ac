import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { applyCorrections } from '../../server/src/core/corrections';

const text = 'The mayor of Tarnby spoke at noon.\n\n“We will rebuild the pier,” she said. Critics called it “a folly”.\n';
const at = (needle: string): { start: number; end: number } => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};

test('corrections: none given returns the analysis unchanged', () => {
  const analysis = analyze(text);
  assert.equal(applyCorrections(analysis, []), analysis);
});

test('corrections: reject removes the overlapping automatic quote and its findings', () => {
  const analysis = analyze(text);
  const pier = at('We will rebuild');
  assert.ok(analysis.quotes.some((quote) => quote.start <= pier.start && pier.end <= quote.end), 'the core finds the quote');
  const corrected = applyCorrections(analysis, [{ action: 'reject', layer: 'quote', span: pier }]);
  assert.equal(corrected.quotes.some((quote) => quote.start <= pier.start && pier.end <= quote.end), false);
  assert.equal(corrected.findings.some((finding) => finding.start <= pier.start && pier.end <= finding.end), false);
  assert.equal(analysis.quotes.length - corrected.quotes.length, 1);
});

test('corrections: set-speaker attributes the quote and creates the speaker once', () => {
  const pier = at('We will rebuild');
  const corrected = analyze(text, {
    corrections: [
      { action: 'set-speaker', target: pier, speaker: 'Ida Brenn' },
      { action: 'add', layer: 'quote', span: at('The mayor'), speaker: 'ida  brenn' },
    ],
  });
  const speakers = corrected.speakers.filter((speaker) => speaker.name === 'Ida Brenn');
  assert.equal(speakers.length, 1);
  const index = corrected.speakers.indexOf(speakers[0]);
  const attributed = corrected.quotes.filter((quote) => quote.speaker === index);
  assert.equal(attributed.length, 2);
  assert.deepEqual(speakers[0].quotes, attributed.map((quote) => corrected.quotes.indexOf(quote)));
  assert.equal(corrected.findings.some((finding) => finding.ruleId === 'unattributed-quote' && finding.start === attributed[1].start), false);
});

test('corrections: added quote with marks, added date and boilerplate', () => {
  const folly = at('“a folly”');
  const corrected = analyze(text, {
    corrections: [
      { action: 'reject', layer: 'quote', span: folly },
      { action: 'add', layer: 'quote', span: folly, kind: 'scare' },
      { action: 'add', layer: 'date', span: at('noon'), value: 'T12:00' },
      { action: 'add', layer: 'boilerplate', span: at('The mayor of Tarnby spoke at noon.'), kind: 'caption' },
      { action: 'add', layer: 'date', span: { start: -1, end: 3 }, value: 'ignored' },
    ],
  });
  const quote = corrected.quotes.find((candidate) => candidate.open.start === folly.start);
  assert.ok(quote);
  assert.equal(quote.text, 'a folly');
  assert.equal(quote.kind, 'scare');
  assert.deepEqual(quote.close, { start: folly.end - 1, end: folly.end });
  assert.deepEqual(corrected.dates.map((date) => [date.text, date.value]).filter(([, value]) => value !== undefined && value.startsWith('T')), [['noon', 'T12:00']]);
  assert.equal(corrected.dates.some((date) => date.value === 'ignored'), false);
  assert.ok(corrected.boilerplate.some((block) => block.kind === 'caption' && block.start === 0));
});

test('corrections: reject boilerplate and dates overlapping the span', () => {
  const base = analyze(text, { corrections: [{ action: 'add', layer: 'date', span: at('noon'), value: 'T12:00' }] });
  assert.equal(base.dates.filter((date) => date.text === 'noon').length, 1);
  const corrected = applyCorrections(base, [{ action: 'reject', layer: 'date', span: at('at noon') }]);
  assert.equal(corrected.dates.some((date) => date.text === 'noon'), false);
});
