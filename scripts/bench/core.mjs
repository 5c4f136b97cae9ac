// Analysis throughput (MB/s) over ≥ 1,000 news articles, side by side with compromise's nlp(text).people() on the
// same texts (the baseline), plus the time for one 1 MB file. Texts: ../shared data sets when present, otherwise
// articles generated from our samples/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'dist', 'core.js'));
const nlp = require('compromise');

function loadCorpus() {
  const shared = process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared');
  const dirs = ['data/polnear/dev/texts', 'data/timex/dev/texts', 'data/boilerplate/dev/texts'].map((d) => join(shared, d)).filter(existsSync);
  const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));
  if (texts.length >= 1000) {
    return { texts, source: `${texts.length} articles from ../shared/data` };
  }
  const samples = readdirSync(join(root, 'samples')).map((f) => readFileSync(join(root, 'samples', f), 'utf8'));
  const generated = Array.from({ length: 1000 }, (_, i) => samples[i % samples.length].replaceAll('Port Wren', `Port ${i}`));
  return { texts: generated, source: `1000 articles generated from samples/ (../shared missing)` };
}

const mb = (texts) => texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
function time(fn) {
  const started = performance.now();
  fn();
  return (performance.now() - started) / 1000;
}

const { texts, source } = loadCorpus();
const size = mb(texts);
console.log(`corpus: ${source}, ${size.toFixed(2)} MB`);
for (const t of texts.slice(0, 20)) analyze(t); // warm-up
const ours = time(() => texts.forEach((t) => analyze(t)));
console.log(`byline analyze(), whole corpus:       ${(size / ours).toFixed(2)} MB/s (${ours.toFixed(2)} s)`);
// compromise runs at ~0.05 MB/s, so the side-by-side comparison uses an evenly spread ~1 MB subset of the corpus.
const step = Math.max(1, Math.round(size));
const subset = texts.filter((_, i) => i % step === 0);
const subsetSize = mb(subset);
const oursOnSubset = time(() => subset.forEach((t) => analyze(t)));
const baseline = time(() => subset.forEach((t) => nlp(t).people().out('array')));
console.log(`same ${subset.length} articles (${subsetSize.toFixed(2)} MB):`);
console.log(`  byline analyze():                   ${(subsetSize / oursOnSubset).toFixed(2)} MB/s`);
console.log(`  baseline compromise nlp().people(): ${(subsetSize / baseline).toFixed(2)} MB/s`);
console.log(`ratio vs baseline: ${(baseline / oursOnSubset).toFixed(1)}× faster (target ≥ 3×)`);

let big = '';
for (let i = 0; big.length < 1_000_000; i++) big += texts[i % texts.length] + '\n\n';
big = big.slice(0, 1_000_000);
analyze(big);
const runs = [1, 2, 3].map(() => time(() => analyze(big)) * 1000).sort((a, b) => a - b);
console.log(`one 1 MB file: ${runs[1].toFixed(0)} ms median of 3 (target < 300 ms)`);
