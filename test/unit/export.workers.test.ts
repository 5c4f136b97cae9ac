import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import { collectInputs, runExport } from '../../server/src/export/runExport';

const WORKER = resolve(__dirname, '..', '..', 'dist', 'worker.js');

test(
  'worker threads give the same output, in the same order, as the inline export',
  { skip: existsSync(WORKER) ? false : 'dist/worker.js is missing (npm run build)' },
  async () => {
    const root = mkdtempSync(join(tmpdir(), 'byline-export-workers-'));
    mkdirSync(join(root, 'in'));
    for (let i = 0; i < 9; i++) {
      const crlf = i % 3 === 0 ? '\r\n' : '\n';
      writeFileSync(
        join(root, 'in', `n${i}.txt`),
        [`Pier ${i} reopens 🎣`, '', `“Come and fish,” said warden Oda Brisk on Monday ${i + 1} June.`, ''].join(crlf),
      );
    }
    const run = (jobs: number, out: string) =>
      runExport({ sources: [join(root, 'in')], inputs: collectInputs([join(root, 'in')]), formats: ['jsonl', 'conll'], options: DEFAULT_EXPORT_OPTIONS, out: join(root, out), jobs, workerFile: WORKER });
    const inline = await run(1, 'one');
    const threaded = await run(3, 'three');
    assert.equal(threaded.documents, 9);
    assert.deepEqual({ ...threaded, out: null }, { ...inline, out: null });
    for (const file of ['corpus.jsonl', 'corpus.conll']) {
      assert.equal(readFileSync(join(root, 'three', file), 'utf8'), readFileSync(join(root, 'one', file), 'utf8'), file);
    }
  },
);
