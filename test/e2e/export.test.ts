/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { acceptPromptsUntil, activateByline, filesBelow, requestScreenshot, workspaceRoot } from './helpers';

/** Copies of each fixture, each a long article (the fixture repeated), in the screenshot archive. */
const ARCHIVE_COPIES = 40;
const ARCHIVE_REPEATS = 25;

/**
 * For the export-progress screenshot only: an archive large enough that the export runs for a few seconds, made of
 * our own fixtures (never seed text in a committed picture).
 */
function makeArchive(root: string): string {
  const archive = join(root, 'archive');
  mkdirSync(archive, { recursive: true });
  const fixtures = process.env.BYLINE_E2E_FIXTURES ?? '';
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt'))) {
    const long = Array.from({ length: ARCHIVE_REPEATS }, () => readFileSync(join(fixtures, name), 'utf8')).join('\n');
    for (let copy = 1; copy <= ARCHIVE_COPIES; copy++) {
      writeFileSync(join(archive, `${String(copy).padStart(3, '0')}-${name}`), long);
    }
  }
  return archive;
}

suite('Export Corpus', () => {
  test('Export Corpus writes the corpus files for the workspace', async () => {
    await activateByline();
    const root = workspaceRoot();
    if (process.env.BYLINE_E2E_SCREENSHOTS) {
      // for the picture: an article open and no leftover notifications
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.window.showTextDocument(vscode.Uri.file(join(root, 'articles', 'library-reopens.txt')));
    }
    const out = join(root, 'byline-export');
    const articles = vscode.Uri.file(process.env.BYLINE_E2E_SCREENSHOTS ? makeArchive(root) : join(root, 'articles'));
    // As from the explorer's context menu on the articles folder: then only formats, options and destination are asked.
    const exporting = vscode.commands.executeCommand('byline.exportCorpus', articles, [articles]);
    let shot: Promise<void> | undefined;
    const staging = (): boolean => readdirSync(root).some((name) => name.startsWith('.byline-export.byline-export-'));
    await acceptPromptsUntil(() => {
      if (!shot && staging()) {
        // the export is writing into its staging folder: the progress notification is up
        // headless, the workbench keeps toasts back (the page never has the OS focus): open the notification list
        shot = Promise.resolve(vscode.commands.executeCommand('notifications.showList')).then(() =>
          requestScreenshot('export-progress', 1000),
        );
      }
      // the staged export is renamed into place when complete
      return existsSync(join(out, 'corpus.jsonl'));
    }, `an export in ${out}`);
    await shot;
    const records = readFileSync(join(out, 'corpus.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id?: string; path?: string; quotes?: unknown[] });
    const articleCount = filesBelow(articles.fsPath).filter((name) => name.endsWith('.txt')).length;
    assert.equal(records.length, articleCount, 'one record per article of the folder');
    assert.ok(records.some((record) => (record.quotes?.length ?? 0) > 0), 'the records carry the analysis');
    // the closing "export done" notification waits for a click; dismiss it so the command ends
    await vscode.commands.executeCommand('notifications.clearAll');
    await exporting;
  });
});
