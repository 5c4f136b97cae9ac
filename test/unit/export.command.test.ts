import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { exportCorpus, type ExportCommandDeps, type ExportServer, type ExportUi } from '../../client/src/commands/exportCorpus';
import { DocumentPolicy } from '../../server/src/documents/policy';
import { exportCorpus as serverExport, exportPlan, type ExportContext } from '../../server/src/features/exportCorpus';
import { defaultSettings } from '../../server/src/protocol/settings';

/** The language server's export functions, in-process, with a progress reporter that forwards percentages. */
function inProcessServer(folders: string[]): ExportServer {
  const policy = new DocumentPolicy(folders);
  policy.update(defaultSettings);
  const context: ExportContext = { policy, folders: () => folders, log: () => undefined };
  return {
    plan: (sources) => Promise.resolve(exportPlan({ sources }, context)),
    run: (params, report, token) => {
      const progress: WorkDoneProgressReporter = {
        begin: () => undefined,
        report: (percentage: number | string, message?: string) => report(message ?? '', typeof percentage === 'number' ? percentage : 0),
        done: () => undefined,
      };
      return serverExport(params, context, progress, token as CancellationToken);
    },
  };
}

function workspace(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-export-command-'));
  mkdirSync(join(root, 'ws'));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(root, 'ws', `story-${i}.txt`), `Bakery ${i} wins prize\n\n“Flour is everything,” said owner Tomas Reed on Sunday.\n`);
  }
  return root;
}

interface Recorded {
  reports: { message: string; increment: number }[];
  offeredDestinations: string[];
  infos: string[];
  revealed: string[];
}

function deps(root: string, answers: { formats: string[]; cancelAfter?: number; reveal?: boolean; destination?: string }): { deps: ExportCommandDeps; recorded: Recorded } {
  const recorded: Recorded = { reports: [], offeredDestinations: [], infos: [], revealed: [] };
  const ui: ExportUi = {
    pick: <T>(items: { value: T }[]) => Promise.resolve(items[0].value),
    pickMany: <T>(items: { value: T }[], options: { title: string }) =>
      Promise.resolve(/formats/u.test(options.title) ? items.filter((item) => answers.formats.includes(String(item.value))).map((item) => item.value) : []),
    chooseFolder: () => Promise.resolve(undefined),
    chooseDestination: (offered) => {
      recorded.offeredDestinations.push(offered);
      return Promise.resolve(answers.destination ?? join(root, 'export'));
    },
    withProgress: (_title, task) => {
      const token = { isCancellationRequested: false };
      return task((message, increment) => {
        recorded.reports.push({ message, increment });
        if (answers.cancelAfter !== undefined && recorded.reports.length >= answers.cancelAfter) {
          token.isCancellationRequested = true;
        }
      }, token);
    },
    info: (message, ...actions) => {
      recorded.infos.push(message);
      return Promise.resolve(answers.reveal && actions.includes('Reveal') ? 'Reveal' : undefined);
    },
    warn: (message) => recorded.infos.push(`warn: ${message}`),
    error: (message) => recorded.infos.push(`error: ${message}`),
  };
  return {
    recorded,
    deps: {
      ui,
      workspaceFolders: () => [join(root, 'ws')],
      server: inProcessServer([join(root, 'ws')]),
      reveal: (path) => {
        recorded.revealed.push(path);
        return Promise.resolve();
      },
      log: (message) => console.error(message),
    },
  };
}

test('Export Corpus: per-file progress, a summary with Reveal, output in the chosen folder', async () => {
  const root = workspace(4);
  const { deps: d, recorded } = deps(root, { formats: ['jsonl', 'brat'], reveal: true });
  await exportCorpus(d)();
  assert.deepEqual(
    recorded.reports.slice(0, 4).map((report) => report.message),
    ['1/4 story-0.txt', '2/4 story-1.txt', '3/4 story-2.txt', '4/4 story-3.txt'],
  );
  const total = recorded.reports.reduce((sum, report) => sum + report.increment, 0);
  assert.ok(Math.abs(total - 100) < 1e-9, `progress adds up to ${total}`);
  assert.match(recorded.infos.at(-1) ?? '', /exported 4 documents — \d+ quotes, \d+ speakers, \d+ dates, 0 claims; 0 orphaned/u);
  assert.deepEqual(recorded.revealed, [join(root, 'export')]);
  assert.deepEqual(readdirSync(join(root, 'export')).sort(), ['brat', 'byline-export.json', 'corpus.jsonl']);
});

test('Export Corpus: Cancel leaves nothing behind and says so', async () => {
  const root = workspace(6);
  const { deps: d, recorded } = deps(root, { formats: ['jsonl'], cancelAfter: 2 });
  await exportCorpus(d)();
  assert.ok(!existsSync(join(root, 'export')));
  assert.deepEqual(readdirSync(root), ['ws']);
  assert.match(recorded.infos.at(-1) ?? '', /cancelled; nothing was written/u);
});

test('Export Corpus from the explorer exports only the selected files', async () => {
  const root = workspace(3);
  const { deps: d, recorded } = deps(root, { formats: ['spans'] });
  const selected = [{ fsPath: join(root, 'ws', 'story-2.txt') }];
  await exportCorpus(d)(selected[0], selected);
  assert.match(recorded.infos.at(-1) ?? '', /exported 1 document — \d+ quotes?, \d+ speakers?, \d+ dates?, 0 claims; 0 orphaned annotations skipped\.$/u);
});

test('Export Corpus obeys the destination rules: never into the exported folder, replaces only an earlier export', async () => {
  const root = workspace(2);
  const ws = join(root, 'ws');
  writeFileSync(join(ws, 'notes.md'), 'my notes');
  const intoWorkspace = deps(root, { formats: ['jsonl'], destination: ws });
  await exportCorpus(intoWorkspace.deps)();
  assert.deepEqual(intoWorkspace.recorded.offeredDestinations, [join(root, 'ws-byline-export')], 'the default lies outside the exported folder');
  assert.match(intoWorkspace.recorded.infos.at(-1) ?? '', /^error: Byline: refusing to export to .*: it is an input folder/u);
  assert.deepEqual(readdirSync(ws).sort(), ['notes.md', 'story-0.txt', 'story-1.txt']);

  const first = deps(root, { formats: ['jsonl', 'brat'] });
  await exportCorpus(first.deps)();
  writeFileSync(join(root, 'export', 'notes.md'), 'kept');
  const again = deps(root, { formats: ['jsonl'] });
  await exportCorpus(again.deps)();
  assert.match(again.recorded.infos.at(-1) ?? '', /exported 2 documents/u);
  assert.deepEqual(readdirSync(join(root, 'export')).sort(), ['byline-export.json', 'corpus.jsonl', 'notes.md']);
});

test('Export Corpus: when no document can be exported, it says so and writes nothing', async () => {
  const root = workspace(0);
  writeFileSync(join(root, 'ws', 'scan.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const { deps: d, recorded } = deps(root, { formats: ['jsonl'] });
  await exportCorpus(d)();
  assert.match(recorded.infos.at(-1) ?? '', /^warn: Byline: no document could be exported \(1 failed/u);
  assert.ok(!existsSync(join(root, 'export')));
});
