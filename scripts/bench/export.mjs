// Export throughput and memory: `byline export` of 10,000 generated articles (invented text, written to a temp
// folder) in the native JSONL, brat, CoNLL, spans, W3C and standoff formats. The export is streamed — one document
// is analysed, rendered, written and dropped at a time — so peak RSS must stay flat: it is measured for 2,000 and
// 10,000 articles and should barely move. Targets: < 60 s and < 300 MB peak RSS for 10,000 articles.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const TARGET_SECONDS = 60;
const TARGET_RSS_MB = 300;
const JOBS = Math.min(4, availableParallelism());

const towns = ['Eastmere', 'Port Wren', 'Ortham', 'Caldby', 'Lindale', 'Marrow Bay', 'Hessick', 'Tollen'];
const first = ['Rhea', 'Tomas', 'Priya', 'Ilse', 'Jonah', 'Mara', 'Osman', 'Greta', 'Luis', 'Ada'];
const last = ['Moss', 'Reed', 'Lund', 'Varga', 'Pell', 'Okafor', 'Brandt', 'Sato', 'Quill', 'Hale'];
const roles = ['Mayor', 'Councillor', 'union leader', 'head teacher', 'spokeswoman', 'harbour master'];
const topics = ['ferry route', 'library hours', 'tram line', 'market hall', 'school budget', 'flood wall', 'bus depot'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const outlets = ['The Wren Courier', 'Ortham Weekly', 'Caldby Gazette'];

/** Deterministic pseudo-random numbers, so every run exports the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function article(i) {
  const rnd = random(i + 1);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const town = pick(towns);
  const topic = pick(topics);
  const outlet = pick(outlets);
  const person = () => `${pick(first)} ${pick(last)}`;
  const a = person();
  const b = person();
  const day = 1 + Math.floor(rnd() * 28);
  const month = pick(months);
  const emoji = i % 7 === 0 ? ' 🚋' : '';
  const paragraphs = [
    `${town} council votes on new ${topic}${emoji}`,
    `By ${person()}, ${outlet}`,
    `${town.toUpperCase()}, ${month} ${day} (${outlet}) — The council voted on ${pick(weekdays)} to go ahead with the ${topic}, a plan first tabled in ${2015 + (i % 10)}.`,
    `“This is the most important decision we have taken in ${3 + (i % 9)} years,” said ${pick(roles)} ${a}. “We will start work next ${pick(weekdays)}.”`,
    `${b}, who opposed the plan, said it would cost “far more than anyone admits”. ${b.split(' ')[0]} added that residents had not been asked.`,
    `The works are expected to last ${2 + (i % 5)} months, until ${pick(months)} ${2026 + (i % 2)}. A public meeting is planned for ${day} ${month}.`,
    `Read more: ${pick(topics)} in ${pick(towns)}`,
    `© 2026 ${outlet}. All rights reserved.`,
  ];
  const text = paragraphs.join('\n\n') + '\n';
  return i % 5 === 0 ? text.replace(/\n/g, '\r\n') : text;
}

function generate(folder, count) {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const sub = join(folder, `batch-${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(i).padStart(5, '0')}.txt`), article(i));
  }
}

function runExport(input, out) {
  const preload = join(dirname(out), 'maxrss.cjs');
  writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`MAXRSS ${u.maxRSS} CPU ${(u.userCPUTime + u.systemCPUTime) / 1e6}\\n`); });\n");
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-r', preload, cli, 'export', input, '--format', 'jsonl,brat,conll,spans,webanno,standoff', '--out', out, '--jobs', String(JOBS)], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`export exited with ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  const usage = /MAXRSS (\d+) CPU ([\d.]+)/.exec(result.stderr);
  return { seconds, cpuSeconds: Number(usage?.[2] ?? NaN), peakMb: Number(usage?.[1] ?? NaN) / 1024 };
}

const work = mkdtempSync(join(tmpdir(), 'byline-bench-export-'));
try {
  const results = [];
  for (const count of [2000, 10000]) {
    const input = join(work, `in-${count}`);
    generate(input, count);
    const figures = runExport(input, join(work, `out-${count}`));
    results.push({ count, ...figures });
    console.log(
      `export of ${count} articles (6 formats, --jobs ${JOBS}): ${figures.seconds.toFixed(1)} s wall, ${figures.cpuSeconds.toFixed(1)} s CPU, ` +
        `${(count / figures.seconds).toFixed(0)} articles/s, peak RSS ${figures.peakMb.toFixed(0)} MB`,
    );
    rmSync(join(work, `out-${count}`), { recursive: true, force: true });
  }
  const [small, large] = results;
  console.log(`peak RSS growth from ${small.count} to ${large.count} articles: ${(large.peakMb - small.peakMb).toFixed(0)} MB (${(large.peakMb / small.peakMb).toFixed(2)}×) — flat means the export streams`);
  console.log(
    `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores: wall time includes waiting for other processes; ` +
      `CPU s / ${JOBS} ≈ ${(large.cpuSeconds / JOBS).toFixed(0)} s is what the export alone would take on idle cores`,
  );
  const ok = large.seconds < TARGET_SECONDS && large.peakMb < TARGET_RSS_MB;
  console.log(`targets for ${large.count}: < ${TARGET_SECONDS} s and < ${TARGET_RSS_MB} MB peak RSS — ${ok ? 'met' : 'NOT met'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
