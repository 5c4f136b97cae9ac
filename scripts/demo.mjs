// npm start: analyses the bundled sample articles (samples/, written by us), exports them as a corpus and prints
// a short summary. Everything it writes goes to out/demo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const samples = join(root, 'samples');
const out = join(root, 'out', 'demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function byline(args, options = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    console.error(`byline ${args.join(' ')} failed with exit code ${result.status}`);
    process.exit(result.status ?? 1);
  }
  return result;
}

console.log(`Analysing ${readdirSync(samples).length} sample articles in samples/ …\n`);
process.stdout.write(byline(['analyze', samples]).stdout);

const analysisFile = join(out, 'analysis.jsonl');
byline(['analyze', samples, '--jsonl', '--out', analysisFile]);
const records = readFileSync(analysisFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const speakers = new Map();
for (const record of records) {
  for (const quote of record.quotes) {
    if (quote.speaker) {
      speakers.set(quote.speaker.name, (speakers.get(quote.speaker.name) ?? 0) + 1);
    }
  }
}
console.log('Quotes per speaker across the samples:');
for (const [name, count] of [...speakers].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(count).padStart(3)}  ${name}`);
}

const exportDir = join(out, 'corpus');
const exported = byline(['export', samples, '--format', 'jsonl,webanno,brat,conll,spans', '--out', exportDir], { stdio: ['ignore', 'pipe', 'pipe'] });
// only the export's closing summary, not its progress lines
console.log(`\n${exported.stderr.trim().split('\n').at(-1).replace(/^byline export: /, 'Exported ')}`);
console.log(`\nAnalysis JSONL: ${analysisFile}`);
console.log(`Corpus export (native JSONL, W3C Web Annotation, brat, CoNLL, span JSONL): ${exportDir}`);
