// Same output, and how much faster: compares a baseline build (a copy of an earlier dist/) with the current dist/.
//   cp -r dist /tmp/base && <change the code> && npm run build && node scripts/compare-builds.mjs /tmp/base
// 1. `analyze DIR --jsonl` of both builds over the seeds, every ../shared text folder, samples/ and our fixtures:
//    the records must be byte-identical. 2. Analysis CPU time of both cores in the same process, alternating
//    baseline and current round by round (fair on a loaded machine): medians and the ratio. Exit 1 on any difference.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { bigArticle, loadCorpus, megabytes, root, sharedDir } from './lib/benchCorpus.mjs';

const [baseArg, ...options] = process.argv.slice(2);
if (!baseArg || !existsSync(join(baseArg, 'cli.js'))) {
  console.error('usage: node scripts/compare-builds.mjs BASELINE_DIST [--rounds N] [--speed-only|--output-only]');
  process.exit(2);
}
const base = resolve(baseArg);
const current = join(root, 'dist');
const rounds = Number(options[options.indexOf('--rounds') + 1] ?? 0) || 5;

/** The folders `analyze` runs on: the seeds, every ../shared folder of texts, samples/, test/fixtures/ (recursive). */
function textFolders() {
  const shared = [];
  const visit = (dir) => {
    const entries = readdirSync(dir);
    if (entries.some((name) => name.endsWith('.txt'))) shared.push(dir);
    for (const name of entries) if (statSync(join(dir, name)).isDirectory()) visit(join(dir, name));
  };
  for (const dir of ['seeds', 'data'].map((d) => join(sharedDir, d)).filter(existsSync)) visit(dir);
  return [...shared, join(root, 'samples'), join(root, 'test', 'fixtures')];
}

function compareOutput() {
  let differences = 0;
  for (const dir of textFolders()) {
    const run = (dist) => spawnSync(process.execPath, [join(dist, 'cli.js'), 'analyze', dir, '--jsonl'], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.split('\n');
    const [before, after] = [run(base), run(current)];
    const changed = before.filter((line, i) => line !== after[i]).length + Math.abs(before.length - after.length);
    differences += changed;
    const where = relative(root, dir).startsWith('..') ? relative(sharedDir, dir) : relative(root, dir);
    console.log(`${changed === 0 ? 'same   ' : 'CHANGED'} ${where}: ${before.length - 1} records${changed ? `, ${changed} differ` : ''}`);
  }
  return differences;
}

/** CPU time (user + system, all threads: the garbage collector's too), steadier than wall time on a busy machine. */
function cpuSeconds(run) {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

function compareSpeed() {
  const require = createRequire(import.meta.url);
  const cores = { baseline: require(join(base, 'core.js')).analyze, current: require(join(current, 'core.js')).analyze };
  const { texts, source } = loadCorpus();
  const size = megabytes(texts);
  const big = bigArticle(texts);
  const times = { baseline: { corpus: [], big: [] }, current: { corpus: [], big: [] } };
  for (const analyze of Object.values(cores)) texts.slice(0, 50).forEach((t) => analyze(t));
  for (let round = 0; round < rounds; round++) {
    for (const [name, analyze] of round % 2 ? Object.entries(cores).reverse() : Object.entries(cores)) {
      globalThis.gc?.();
      times[name].corpus.push(cpuSeconds(() => texts.forEach((t) => analyze(t))));
      times[name].big.push(cpuSeconds(() => analyze(big)) * 1000);
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`CPU time, ${rounds} alternating rounds over ${source} (${size.toFixed(2)} MB) and one 1 MB file:`);
  for (const name of ['baseline', 'current']) {
    console.log(`  ${name.padEnd(8)} ${(size / median(times[name].corpus)).toFixed(2)} MB per CPU-second, 1 MB file ${median(times[name].big).toFixed(0)} ms of CPU`);
  }
  const ratio = (key) => (median(times.baseline[key]) / median(times.current[key])).toFixed(2);
  console.log(`  current vs baseline: corpus ${ratio('corpus')}× faster, 1 MB file ${ratio('big')}× faster (medians; > 1 is faster)`);
}

const differences = options.includes('--speed-only') ? 0 : compareOutput();
if (!options.includes('--output-only')) compareSpeed();
if (differences) console.log(`${differences} records differ`);
process.exit(differences ? 1 : 0);
