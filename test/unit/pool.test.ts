import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver';
import { analyze, AnalysisCancelled, type Analysis } from '../../server/src/core';
import { poolAnalyzer } from '../../server/src/documents/analysisJobs';
import type { FullAnalyzer } from '../../server/src/documents/analysisCache';
import { CORPUS_SNAPSHOT, runAnalyzeTask } from '../../server/src/cli/analyzeTask';
import { corpusFromSnapshot } from '../../server/src/corpus';
import { inOrder, JobTimedOut, PoolUnavailable, usefulWorkers, WorkerPool, type JobHandler } from '../../server/src/pool';
import type { WorkerJobs } from '../../server/src/worker';

const poolWorker = fileURLToPath(new URL('../fixtures/workers/poolWorker.mjs', import.meta.url));
const stallingWorker = fileURLToPath(new URL('../fixtures/workers/stallingWorker.mjs', import.meta.url));
/** Generous: it also covers starting a worker thread on a loaded machine. */
const LIMIT_MS = 2_000;
type Echo = { echo: JobHandler<string, string> };
const echoPool = (size = 1, onWarning?: (message: string) => void) =>
  new WorkerPool<Echo>({ script: stallingWorker, size, depth: 2, ...(onWarning ? { onWarning } : {}) });

test('pool watchdog: a stalled job is stopped after its limit, its worker terminated, the queue behind it re-run', async () => {
  const pool = echoPool();
  try {
    // the worker is started first: its start-up must not count against the stalled job's limit
    assert.equal(await pool.run('echo', 'before'), 'before');
    const started = Date.now();
    const stalled = pool.run('echo', 'stall', { timeoutMs: LIMIT_MS });
    const queued = [pool.run('echo', 'queued one', { timeoutMs: 60_000 }), pool.run('echo', 'queued two', { timeoutMs: 60_000 })];
    await assert.rejects(stalled, (error) => error instanceof JobTimedOut && /stopped after 2 s/.test(error.message));
    assert.ok(Date.now() - started >= LIMIT_MS, 'not stopped before its limit');
    assert.deepEqual(await Promise.all(queued), ['queued one', 'queued two'], 'the jobs behind it (one already posted) are answered');
    assert.equal(await pool.run('echo', 'after'), 'after', 'a fresh worker serves later jobs');
  } finally {
    await pool.close();
  }
});

test('pool: jobs that answer within their limit are not stopped; interactive jobs overtake queued background ones', async () => {
  const pool = new WorkerPool<Echo>({ script: stallingWorker, size: 1, depth: 1 });
  try {
    const order: string[] = [];
    const track = (text: string, interactive: boolean) => pool.run('echo', text, { timeoutMs: 60_000, interactive }).then((answer) => order.push(answer));
    await Promise.all([track('index 1', false), track('index 2', false), track('index 3', false), track('open document', true)]);
    assert.deepEqual(order, ['index 1', 'open document', 'index 2', 'index 3']);
  } finally {
    await pool.close();
  }
});

test('pool: asynchronous jobs that finish out of order on one worker each get their own answer', async () => {
  const pool = echoPool();
  try {
    assert.deepEqual(await Promise.all([pool.run('echo', 'slow one'), pool.run('echo', 'quick two')]), ['slow one', 'quick two']);
  } finally {
    await pool.close();
  }
});

test('pool: a worker that dies fails its job only; warnings reach the caller; a cancelled queued job never runs', async () => {
  const warnings: string[] = [];
  const pool = echoPool(1, (message) => warnings.push(message));
  try {
    assert.equal(await pool.run('echo', 'first'), 'first');
    const crash = pool.run('echo', 'crash');
    const behind = pool.run('echo', 'behind');
    await assert.rejects(crash, /exited with code 3/);
    assert.equal(await behind, 'behind');
    await assert.rejects(pool.run('echo', 'function'), /could not be cloned/, 'a result that cannot cross threads fails its job');
    assert.equal(await pool.run('echo', 'warn'), 'warn');
    assert.deepEqual(warnings, ['a warning']);
    const source = new CancellationTokenSource();
    const blocker = pool.run('echo', 'blocker');
    const blocker2 = pool.run('echo', 'blocker two');
    const cancelled = pool.run('echo', 'never', { token: source.token });
    source.cancel();
    await assert.rejects(cancelled, (error) => error instanceof AnalysisCancelled);
    assert.deepEqual(await Promise.all([blocker, blocker2]), ['blocker', 'blocker two']);
  } finally {
    await pool.close();
  }
});

test('pool: a worker script that cannot start makes the pool unavailable (callers fall back to their thread)', async () => {
  const pool = new WorkerPool<Echo>({ script: '/nonexistent/worker.js', size: 1 });
  await assert.rejects(pool.run('echo', 'x'), (error) => error instanceof PoolUnavailable);
  assert.equal(pool.available, false);
  const fallback: FullAnalyzer = (text) => Promise.resolve(analyze(text));
  const broken = new WorkerPool<WorkerJobs>({ script: '/nonexistent/worker.js', size: 1 });
  await assert.rejects(broken.run('index', { uri: 'file:///x.txt', maxFileSize: 1 }));
  assert.equal((await poolAnalyzer(broken, fallback)('Quay', {}, new CancellationTokenSource().token)).text, 'Quay');
});

test('pool: the analysis that crosses threads equals the one made in-thread, quote texts included', async () => {
  const pool = new WorkerPool<WorkerJobs>({ script: poolWorker, size: 1 });
  try {
    const text = 'Ferry strike\n\n“We will not “sail” today,” said union leader Mira Holt on Tuesday.\n\n“Unclosed to the end';
    const expected: Partial<Analysis> = analyze(text);
    delete expected.structure;
    const { structure, ...received } = await poolAnalyzer(pool, () => Promise.reject(new Error('no fallback')))(text, {}, new CancellationTokenSource().token);
    assert.deepEqual(received, expected);
    assert.deepEqual(structure.paragraphs, analyze(text).structure.paragraphs);
  } finally {
    await pool.close();
  }
});

test('inOrder: results come in item order whatever order they finish in, at most `ahead` started', async () => {
  let running = 0;
  let most = 0;
  const delays = [30, 5, 20, 1, 10, 0];
  const work = async (index: number): Promise<number> => {
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, delays[index]));
    running--;
    return index;
  };
  const results: number[] = [];
  for await (const result of inOrder(delays.keys(), work, 3)) {
    results.push(result);
  }
  assert.deepEqual(results, [0, 1, 2, 3, 4, 5]);
  assert.ok(most <= 3, `at most 3 at once (${most})`);
});

test('pool: analyze --jobs tasks give the records of the main thread, as JSON lines, with the shared corpus', async () => {
  const pool = new WorkerPool<WorkerJobs>({ script: poolWorker, size: 1 });
  const text = 'Quay closes\n\n“We will rebuild,” said harbour master Ilse Varga on Monday.\n\nShare this article\n';
  const snapshot = { documentCount: 3, entries: [['share this article', 3]] as [string, number][] };
  try {
    pool.share(CORPUS_SNAPSHOT, snapshot);
    const task = { index: 4, id: 'quay', path: 'quay.txt', text };
    const posted = await pool.run('analyzeTask', task);
    const inline = runAnalyzeTask(task, corpusFromSnapshot(snapshot));
    assert.ok('json' in posted && 'record' in inline);
    assert.deepEqual(JSON.parse(posted.json), inline.record);
    assert.ok(inline.record.boilerplate.length > 0, 'the corpus marks the shared line as furniture');
  } finally {
    await pool.close();
  }
});

test('usefulWorkers: one core stays free; on 2 cores --jobs 2 runs in one thread', () => {
  assert.equal(usefulWorkers(2, 2), 1);
  assert.equal(usefulWorkers(8, 4), 3);
  assert.equal(usefulWorkers(2, 8), 2);
  assert.equal(usefulWorkers(4, 1), 1);
});
