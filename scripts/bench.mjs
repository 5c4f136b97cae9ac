// npm run bench: runs every scripts/bench/*.mjs in turn (each prints its figures and ratios against a baseline
// measured in the same run). `npm run bench -- core` runs only the benches whose name contains "core".
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const benches = readdirSync(dir).filter((name) => name.endsWith('.mjs') && (only.length === 0 || only.some((o) => name.includes(o)))).sort();
let failed = 0;
for (const bench of benches) {
  console.log(`\n## ${bench.replace(/\.mjs$/, '')}`);
  const result = spawnSync(process.execPath, ['--expose-gc', join(dir, bench)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`${bench} exited with ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
