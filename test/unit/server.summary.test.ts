import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/index';
import { analysisSummary } from '../../server/src/features/analysisSummary';
import { OffsetMap } from '../../server/src/protocol/offsets';

const text = [
  'Pier repairs to start in June',
  'The old pier will be repaired from June, the harbour board said on Monday, after inspectors found rust in its supports.',
  '“We have no time to lose,” the board’s chief engineer said. “Nobody is safe on it,” said Ida Brenn, who chairs the board.',
  'Councillor Tomas Vik, who asked for the inspection last year, was not available for comment.',
].join('\n\n');

const summaryAt = (needle: string) => {
  const offsets = new OffsetMap(text);
  const article = { uri: 'file:///pier.txt', version: 1, analysis: analyze(text), offsets };
  return analysisSummary(article, offsets.positionAt(text.indexOf(needle)));
};

test('status counts: a name only mentioned is no speaker', () => {
  const summary = summaryAt('We have no time');
  const analysis = analyze(text);
  assert.ok(analysis.speakers.some((speaker) => speaker.name === 'Tomas Vik' && speaker.mentionedOnly));
  assert.equal(summary.counts.speakers, analysis.speakers.filter((speaker) => speaker.quotes.length > 0).length);
  assert.equal(summary.counts.speakers, 2);
});

test('claimant at a position: the quote’s named speaker, never an unnamed role phrase or a name only mentioned', () => {
  assert.equal(summaryAt('Nobody is safe').claimantAtPosition?.name, 'Ida Brenn');
  const byRole = summaryAt('We have no time');
  assert.match(byRole.quoteAtPosition?.speaker?.name ?? '', /engineer/);
  assert.equal(byRole.claimantAtPosition, null);
  assert.equal(summaryAt('Tomas Vik').claimantAtPosition, null);
});
