import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText } from '../../client/src/statusText';
import type { AnalysisResult } from '../../server/src/protocol/protocol';

const analysis = (quotes: number, speakers: number, dates: number): AnalysisResult => ({
  uri: 'file:///news/ferry.txt',
  version: 1,
  enabled: true,
  counts: { quotes, speakers, dates, boilerplate: 0, findings: 0 },
  title: 'Ferry fares rise',
  published: '2026-03-02',
  publishedWhy: 'stated on the page',
});

test('status bar tooltip counts in words: "1 quote, 1 speaker, 1 date, 1 claim", plurals otherwise', () => {
  const one = statusText(analysis(1, 1, 1), 1, 1);
  assert.match(one.tooltip, /^Byline: 1 quote, 1 speaker, 1 date, 1 claim, 1 orphaned annotation\n/u);
  assert.equal(one.text, '$(quote) 1  $(person) 1  $(calendar) 1 @ 2026-03-02  $(tag) 1  $(warning) 1');
  assert.match(statusText(analysis(2, 0, 3), 0, 2).tooltip, /^Byline: 2 quotes, 0 speakers, 3 dates, 0 claims, 2 orphaned annotations\n/u);
  assert.equal(statusText(null, 1, 0).tooltip, 'Byline: 1 claim; the language server is not running');
  assert.equal(statusText(null, 2, 0).tooltip, 'Byline: 2 claims; the language server is not running');
});
