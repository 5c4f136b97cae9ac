import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as nodeModule from 'node:module';

const DIST = join(__dirname, '..', '..', 'dist');
const CLI = join(DIST, 'cli.js');
const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

test(
  'the CLI launcher leaves V8 code of its bundle in the compile cache, which a second run reads (Node >= 22.1)',
  {
    skip: !existsSync(CLI) ? 'dist/cli.js is missing (npm run build)' : !hasCompileCache ? `Node ${process.version} has no module.enableCompileCache` : false,
  },
  () => {
    const scratch = mkdtempSync(join(tmpdir(), 'byline-compile-cache-'));
    try {
      const article = join(scratch, 'pier.txt');
      writeFileSync(article, 'Pier reopens\n\n“Come and fish,” said warden Oda Brisk on Monday.\n');
      // os.tmpdir() follows TMPDIR: the cache lands in the scratch folder, not in the machine's shared one
      const env = { ...process.env, TMPDIR: scratch, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined };
      const run = () => spawnSync(process.execPath, [CLI, 'analyze', article, '--jsonl'], { encoding: 'utf8', env });
      const first = run();
      assert.equal(first.status, 0, first.stderr);
      const cacheRoot = join(scratch, 'node-compile-cache');
      const entries = readdirSync(cacheRoot, { recursive: true }).map(String).filter((name) => statSync(join(cacheRoot, name)).isFile());
      assert.ok(entries.length > 0, 'no compile cache entry was written');
      const second = run();
      assert.equal(second.stdout, first.stdout, 'the cached run analyses the same');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  },
);

test('each launcher loads its bundle beside it', { skip: existsSync(CLI) ? false : 'dist/cli.js is missing (npm run build)' }, () => {
  for (const name of ['cli', 'server', 'worker']) {
    assert.ok(existsSync(join(DIST, `${name}-bundle.js`)), `dist/${name}-bundle.js is missing`);
  }
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /analyze/);
});
