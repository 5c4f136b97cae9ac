// Single-thread analysis speed over ≥ 1,000 news articles, in the two regimes a user meets:
// - first pass: the process's first articles, as `byline analyze DIR` on a fresh folder or the server's first
//   documents see it (V8 is still compiling and optimising the analysis code); the targets are checked on it;
// - steady state: a second pass over the same texts, the code already optimised (a long-running server).
// Each as MB/s (wall) and MB per CPU-second (user + system time of the process: the garbage collector's and the
// compilers' threads included). Then compromise's nlp(text).people() on a subset (the baseline) and one 1 MB file.
// Texts: ../shared data sets when present, otherwise articles generated from our samples/.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigArticle, loadCorpus, megabytes, root } from '../lib/benchCorpus.mjs';

const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'dist', 'core.js'));

/** Wall and CPU seconds of one run. */
function time(fn) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const { texts, source } = loadCorpus();
if (process.argv[2] === '--big-only') {
  // child process: one 1 MB file as the first thing a fresh process analyses
  console.log(JSON.stringify(time(() => analyze(bigArticle(texts)))));
  process.exit(0);
}
const size = megabytes(texts);
const figures = (run) => `${(size / run.wall).toFixed(2)} MB/s (${run.wall.toFixed(2)} s), ${(size / run.cpu).toFixed(2)} MB per CPU-second (${run.cpu.toFixed(2)} s of CPU)`;
console.log(`corpus: ${source}, ${size.toFixed(2)} MB`);
// The CLI, the language server and its workers run with Node's default V8 flags (--always-sparkplug, --maglev,
// --no-regexp-tier-up, --interrupt-budget, --no-lazy-feedback-allocation and a larger young generation were
// measured for the first pass and none won clearly): the bench runs with the same.
console.log(`V8 flags: none set, as the CLI, server and workers run (this process: ${process.execArgv.join(' ') || 'no options'})`);
const first = time(() => texts.forEach((t) => analyze(t)));
console.log(`byline analyze(), first pass (fresh process): ${figures(first)}; target ≥ 3 MB/s`);
const steady = time(() => texts.forEach((t) => analyze(t)));
console.log(`byline analyze(), steady state (2nd pass):    ${figures(steady)}; not the target's measure`);

// compromise runs at ~0.05 MB/s, so the side-by-side comparison uses an evenly spread ~1 MB subset of the corpus.
const nlp = require('compromise');
const step = Math.max(1, Math.round(size));
const subset = texts.filter((_, i) => i % step === 0);
const subsetSize = megabytes(subset);
const oursOnSubset = time(() => subset.forEach((t) => analyze(t)));
const baseline = time(() => subset.forEach((t) => nlp(t).people().out('array')));
console.log(`same ${subset.length} articles (${subsetSize.toFixed(2)} MB), byline in steady state:`);
console.log(`  byline analyze():                   ${(subsetSize / oursOnSubset.wall).toFixed(2)} MB/s, ${(subsetSize / oursOnSubset.cpu).toFixed(2)} MB per CPU-second`);
console.log(`  baseline compromise nlp().people(): ${(subsetSize / baseline.wall).toFixed(2)} MB/s, ${(subsetSize / baseline.cpu).toFixed(2)} MB per CPU-second`);
console.log(`ratio vs baseline: ${(baseline.wall / oursOnSubset.wall).toFixed(1)}× faster (target ≥ 3×)`);

const big = bigArticle(texts);
analyze(big);
const runs = [1, 2, 3].map(() => time(() => analyze(big)).wall * 1000).sort((a, b) => a - b);
console.log(`one 1 MB file: ${runs[1].toFixed(0)} ms median of 3, steady state (target < 200 ms)`);
const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--big-only'], { encoding: 'utf8' });
const fresh = child.status === 0 ? JSON.parse(child.stdout) : null;
console.log(`one 1 MB file as the first analysis of a fresh process: ${fresh ? `${(fresh.wall * 1000).toFixed(0)} ms` : `failed: ${child.stderr}`}`);
