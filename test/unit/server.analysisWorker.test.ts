import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver';
import { analyze, type Analysis } from '../../server/src/core';
import type { FullAnalyzer } from '../../server/src/documents/analysisCache';
import { AnalysisTimedOut, workerAnalyzer } from '../../server/src/documents/analysisWorker';

const analysisWorker = fileURLToPath(new URL('../fixtures/workers/analysisWorker.mjs', import.meta.url));
const stallingWorker = fileURLToPath(new URL('../fixtures/workers/stallingAnalyzer.mjs', import.meta.url));
/** Generous: it also covers starting a worker thread on a loaded machine. */
const GRACE_MS = 2_000;
const noFallback: FullAnalyzer = () => Promise.reject(new Error('the worker should have started'));
const run = (analyzer: FullAnalyzer, text: string) => analyzer(text, { budgetMs: 100 }, new CancellationTokenSource().token);

test('worker analyzer: a runaway analysis is stopped after its budget and the queue behind it still gets answers', async () => {
  const analyzer = workerAnalyzer(stallingWorker, noFallback, GRACE_MS);
  assert.equal((await run(analyzer, 'before')).text, 'before');
  const started = Date.now();
  const stalled = run(analyzer, 'stall');
  const queued = run(analyzer, 'queued behind');
  await assert.rejects(stalled, (error) => error instanceof AnalysisTimedOut && /stopped after/.test(error.message));
  assert.ok(Date.now() - started >= 100 + GRACE_MS, 'not stopped before budget + grace');
  assert.equal((await queued).text, 'queued behind');
  assert.equal((await run(analyzer, 'after')).text, 'after', 'a fresh worker serves later jobs');
});

test('worker analyzer: an analysis that answers in time is not stopped', async () => {
  const analyzer = workerAnalyzer(stallingWorker, noFallback, GRACE_MS);
  const answers = await Promise.all(['one', 'two', 'three'].map((text) => run(analyzer, text)));
  assert.deepEqual(answers.map((analysis) => analysis.text), ['one', 'two', 'three']);
});

test('worker analyzer: the analysis that crosses threads equals the one made in-thread, quote texts included', async () => {
  const text = 'Ferry strike\n\n“We will not “sail” today,” said union leader Mira Holt on Tuesday.\n\n“Unclosed to the end';
  const expected: Partial<Analysis> = analyze(text);
  delete expected.structure;
  const { structure, ...received } = await workerAnalyzer(analysisWorker, noFallback)(text, {}, new CancellationTokenSource().token);
  assert.deepEqual(received, expected);
  assert.deepEqual(structure.paragraphs, analyze(text).structure.paragraphs);
});
