import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const ARTICLE = [
  'Ferry fares to rise in spring',
  'By Ana Lenz | The Gull Courier',
  'Photo: Rob Tern/The Gull Courier',
  '“We have no choice,” said Mira Holt, who runs the ferry line. She added that fuel costs had doubled.',
  'The council will discuss the fares next week, Holt said.',
  '© 2026 The Gull Courier. All rights reserved.',
].join('\n\n');

const listing = (text: string) => {
  const analysis = analyze(text);
  return {
    outlet: analysis.metadata.outlet?.text,
    speakers: analysis.speakers.map((speaker) => `${speaker.kind} ${speaker.name}: ${speaker.mentions.map((index) => analysis.mentions[index].text).join(', ')}`),
    quotes: analysis.quotes.map((quote) => `${quote.text} ← ${quote.speaker === null ? '-' : analysis.speakers[quote.speaker].name}`),
  };
};

test('the publishing outlet named in credits is not listed as a speaker; mentions and quotes keep their speakers', () => {
  const { outlet, speakers, quotes } = listing(ARTICLE);
  assert.equal(outlet, 'The Gull Courier');
  assert.ok(!speakers.some((speaker) => speaker.includes('Gull Courier')), speakers.join('\n'));
  assert.ok(speakers.some((speaker) => speaker.startsWith('person Mira Holt: Mira Holt')), speakers.join('\n'));
  assert.deepEqual(quotes, ['We have no choice, ← Mira Holt']);
});

test('an outlet quoted as a source stays a speaker', () => {
  const quoted = ARTICLE.replace('The council will discuss the fares next week, Holt said.', '“We asked the council for its figures,” the Gull Courier said in an editorial.');
  const { speakers, quotes } = listing(quoted);
  assert.ok(quotes.some((quote) => quote.endsWith('← Gull Courier') || quote.endsWith('← The Gull Courier')), quotes.join('\n'));
  assert.ok(speakers.some((speaker) => speaker.includes('Gull Courier')));
});
