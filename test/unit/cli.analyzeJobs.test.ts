import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

test(
  'analyze --jobs: the worker pool writes the same records, in the same order, with the same failures as one thread',
  { skip: existsSync(CLI) ? false : 'dist/cli.js is missing (npm run build)' },
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'byline-analyze-jobs-'));
    try {
      for (let i = 0; i < 7; i++) {
        const text = `Pier ${i} reopens\n\nBy Ana Lenz\n\n“Come and fish,” said warden Oda Brisk on Monday ${i + 1} June.\n\nShare this article\n`;
        writeFileSync(join(folder, `pier-${i}.${i % 2 === 0 ? 'txt' : 'article'}`), text);
      }
      writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
      const run = (jobs: number) => spawnSync(process.execPath, [CLI, 'analyze', folder, '--jsonl', '--jobs', String(jobs)], { encoding: 'utf8' });
      const one = run(1);
      const three = run(3);
      assert.equal(one.stdout.trim().split('\n').length, 7);
      assert.equal(three.stdout, one.stdout);
      assert.deepEqual([three.status, one.status], [1, 1], 'the binary file fails in both');
      assert.match(three.stderr, /photo\.txt/);
      assert.match(three.stderr, /binary/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);
