// Single-thread analysis speed over ≥ 1,000 news articles: MB/s (target ≥ 3) and MB per CPU-second (user + system
// time of the process, the garbage collector's threads included), side by side with compromise's
// nlp(text).people() on the same texts (the baseline), plus the time for one 1 MB file (target < 200 ms).
// Texts: ../shared data sets when present, otherwise articles generated from our samples/.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bigArticle, loadCorpus, megabytes, root } from '../lib/benchCorpus.mjs';

const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'dist', 'core.js'));
const nlp = require('compromise');

/** Wall and CPU seconds of one run. */
function time(fn) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const { texts, source } = loadCorpus();
const size = megabytes(texts);
console.log(`corpus: ${source}, ${size.toFixed(2)} MB`);
for (const t of texts.slice(0, 20)) analyze(t); // warm-up
const ours = time(() => texts.forEach((t) => analyze(t)));
console.log(`byline analyze(), whole corpus:       ${(size / ours.wall).toFixed(2)} MB/s (${ours.wall.toFixed(2)} s; target ≥ 3 MB/s)`);
console.log(`                                      ${(size / ours.cpu).toFixed(2)} MB per CPU-second (${ours.cpu.toFixed(2)} s of CPU)`);
// compromise runs at ~0.05 MB/s, so the side-by-side comparison uses an evenly spread ~1 MB subset of the corpus.
const step = Math.max(1, Math.round(size));
const subset = texts.filter((_, i) => i % step === 0);
const subsetSize = megabytes(subset);
const oursOnSubset = time(() => subset.forEach((t) => analyze(t)));
const baseline = time(() => subset.forEach((t) => nlp(t).people().out('array')));
console.log(`same ${subset.length} articles (${subsetSize.toFixed(2)} MB):`);
console.log(`  byline analyze():                   ${(subsetSize / oursOnSubset.wall).toFixed(2)} MB/s, ${(subsetSize / oursOnSubset.cpu).toFixed(2)} MB per CPU-second`);
console.log(`  baseline compromise nlp().people(): ${(subsetSize / baseline.wall).toFixed(2)} MB/s, ${(subsetSize / baseline.cpu).toFixed(2)} MB per CPU-second`);
console.log(`ratio vs baseline: ${(baseline.wall / oursOnSubset.wall).toFixed(1)}× faster (target ≥ 3×)`);

const big = bigArticle(texts);
analyze(big);
const runs = [1, 2, 3].map(() => time(() => analyze(big)).wall * 1000).sort((a, b) => a - b);
console.log(`one 1 MB file: ${runs[1].toFixed(0)} ms median of 3 (target < 200 ms)`);
