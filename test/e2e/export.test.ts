/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { acceptPromptsUntil, activateByline, filesBelow, requestScreenshot, workspaceRoot } from './helpers';

suite('Export Corpus', () => {
  test('Export Corpus writes the corpus files for the workspace', async () => {
    await activateByline();
    const root = workspaceRoot();
    const out = join(root, 'byline-export');
    const articles = vscode.Uri.file(join(root, 'articles'));
    // As from the explorer's context menu on the articles folder: then only formats, options and destination are asked.
    const exporting = vscode.commands.executeCommand('byline.exportCorpus', articles, [articles]);
    let shot: Promise<void> | undefined;
    const staging = (): boolean => readdirSync(root).some((name) => name.startsWith('.byline-export.byline-export-'));
    await acceptPromptsUntil(() => {
      if (!shot && staging()) {
        // the export is writing into its staging folder: the progress notification is up
        shot = requestScreenshot('export-progress', 300);
      }
      // the staged export is renamed into place when complete
      return existsSync(join(out, 'corpus.jsonl'));
    }, `an export in ${out}`);
    await shot;
    const records = readFileSync(join(out, 'corpus.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id?: string; path?: string; quotes?: unknown[] });
    const articleCount = filesBelow(join(root, 'articles')).filter((name) => name.endsWith('.txt')).length;
    assert.equal(records.length, articleCount, 'one record per article of the folder');
    assert.ok(records.some((record) => (record.quotes?.length ?? 0) > 0), 'the records carry the analysis');
    // the closing "export done" notification waits for a click; dismiss it so the command ends
    await vscode.commands.executeCommand('notifications.clearAll');
    await exporting;
  });
});
