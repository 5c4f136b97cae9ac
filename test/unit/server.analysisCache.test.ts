import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type FullAnalyzer } from '../../server/src/documents/analysisCache';
import { JobTimedOut } from '../../server/src/pool';

const LONG_ARTICLE = 'Ferry strike\n\n“We will not sail,” said union leader Mira Holt on Tuesday.\n\n'.repeat(4_000);

test('analysis cache: a long document answers from a partial analysis that says what became of the full one', async () => {
  let stopFull: (error: Error) => void = () => undefined;
  let fullStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (fullStarted = resolve));
  const analyzer: FullAnalyzer = () =>
    new Promise((_, reject) => {
      stopFull = reject;
      fullStarted();
    });
  const cache = new AnalysisCache(() => undefined, analyzer);
  const document = TextDocument.create('file:///long.txt', 'plaintext', 1, LONG_ARTICLE);
  assert.match(cache.get({ document, reduced: false }).analysis.degraded ?? '', /full analysis running in the background$/);

  await started;
  stopFull(new JobTimedOut(30_000));
  await new Promise(setImmediate); // the cache handles the rejection
  const degraded = cache.get({ document, reduced: false }).analysis.degraded ?? '';
  assert.match(degraded, /; the full analysis was stopped after 30 s$/);
  assert.doesNotMatch(degraded, /running in the background/);
  assert.equal(cache.isSettled(document.uri), true);
});
