import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from '../../server/src/core/speakers/ranker';
import { best } from '../../server/src/core/speakers/rankerScore';
import { RANKER_WEIGHTS } from '../../server/src/core/speakers/rankerWeights';
import { analyze } from '../../server/src/core/index';

// The learned candidate ranker: its shipped weights, its tie rule, and that it never overrides a cue the rules read.

const candidate = (features: string[], rule: boolean): Candidate => ({ phrase: null, features, cue: null, position: 'before', rule });

test('the shipped weights are a small table of finite numbers', () => {
  const entries = Object.entries(RANKER_WEIGHTS);
  assert.ok(entries.length > 50, 'trained weights are shipped');
  assert.ok(entries.every(([, value]) => Number.isFinite(value)));
  assert.ok(JSON.stringify(RANKER_WEIGHTS).length < 1_000_000);
});

test('ties go to the rules’ choice; a better score wins over it', () => {
  const weights = { good: 2, bad: -1 };
  const rule = candidate(['bad', 'good'], true);
  const other = candidate(['good', 'x'], false);
  assert.equal(best(weights, [other, rule]), other);
  assert.equal(best({ good: 1 }, [candidate(['good'], false), candidate(['good'], true)]).rule, true);
});

test('a quote read by a verb of saying keeps a speaker, and analysis is the same run after run', () => {
  const text = 'The ferry crews met on Monday.\n\n“We will sail on Friday,” the union’s chairwoman, Ada Quill, told reporters.\n';
  const first = analyze(text);
  assert.equal(first.speakers[first.quotes[0].speaker ?? -1]?.name, 'Ada Quill');
  assert.deepEqual(analyze(text).quotes, first.quotes);
});

const speakerOf = (text: string, quoted: string): { speaker: string | null; kind: string } | undefined => {
  const analysis = analyze(text);
  const quote = analysis.quotes.find((candidate) => candidate.text === quoted);
  return quote && { speaker: quote.speaker === null ? null : analysis.speakers[quote.speaker].name, kind: quote.kind };
};

test('where the ranker prefers nobody, a named subject is the probable source and the fragment stays a scare quote', () => {
  const text = 'Harbour director Marta Quill met the ferry crews on Monday.\n\nQuill would scrap the “paper fleet” by spring, ending years of delay.\n';
  assert.deepEqual(speakerOf(text, 'paper fleet'), { speaker: 'Marta Quill', kind: 'scare' });
});

test('a lone capitalised word or an indefinite role phrase is no probable source', () => {
  assert.deepEqual(speakerOf('Rents rose again.\n\nRemember when this was about making “extra” money, not rent?\n', 'extra'), { speaker: null, kind: 'scare' });
  assert.deepEqual(speakerOf('Start small.\n\nHaving a team of people around you that you can be “real” with is vital.\n', 'real'), { speaker: null, kind: 'scare' });
});
