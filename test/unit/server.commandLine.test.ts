import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TSX } from '../helpers/cli';

const MAIN = join(__dirname, '..', '..', 'server', 'src', 'main.ts');
const server = (...args: string[]) => spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { encoding: 'utf8', input: '', timeout: 60_000 });

test('byline-server from a shell: --help and --version answer (exit 0); no transport says how to start it (exit 2)', () => {
  const help = server('--help');
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^usage: byline-server --stdio/u);
  const version = server('--version');
  assert.equal(version.status, 0, version.stderr);
  assert.match(version.stdout, /^byline-server \d+\.\d+\.\d+\n$/u);
  const bare = server();
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /no transport \(an editor starts it with --stdio\)/u);
});
