/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateByline, articlePath, openArticle, requestScreenshot, type BylineApi } from './helpers';

/**
 * The part of Byline's API these tests read: a status bar item and tree views cannot be read through the vscode
 * API by anyone but their owner, so the extension hands them to its tests.
 */
interface UiApi extends BylineApi {
  statusBar?: () => { text: string; tooltip?: string; visible: boolean };
  views?: { claims: vscode.TreeDataProvider<unknown>; speakers: vscode.TreeDataProvider<unknown> };
}

const MISSING = 'activate() must return statusBar() and views { claims, speakers } for these tests (client/src/extension.ts)';

async function uiApi(): Promise<Required<Pick<UiApi, 'statusBar' | 'views'>>> {
  const api = (await activateByline()) as UiApi;
  assert.ok(api.statusBar && api.views, MISSING);
  return { statusBar: api.statusBar, views: api.views };
}

/** Re-reads `value()` as the workbench settles (the status bar is refreshed after edits settle); no fixed sleeps. */
async function eventually<T>(value: () => T | Promise<T>, ok: (current: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let current = await value();
  while (!ok(current)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${ms} ms waiting for ${what}; last value: ${JSON.stringify(current)}`);
    }
    await new Promise<void>((resolve) => {
      const subscription = vscode.window.onDidChangeActiveTextEditor(() => resolve());
      setTimeout(() => {
        subscription.dispose();
        resolve();
      }, 200);
    });
    current = await value();
  }
  return current;
}

async function labels(provider: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<string[]> {
  const result: string[] = [];
  for (const child of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(child);
    result.push(typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
  }
  return result;
}

suite('Status bar and views', () => {
  test('the status bar counts the quotes, speakers and dates of the active article', async () => {
    const { statusBar } = await uiApi();
    await openArticle(articlePath('ferry-strike.txt'));
    const status = await eventually(
      statusBar,
      (current) => current.visible && /\$\(quote\) [1-9]\d*\s+\$\(person\) [1-9]\d*\s+\$\(calendar\) [1-9]/.test(current.text),
      'quote, speaker and date counts in the status bar',
    );
    assert.match(status.text, /\$\(tag\) \d+/, 'the claims count');
    await requestScreenshot('status-bar');
  });

  test('the speakers view lists the speakers of the workspace', async () => {
    const { views } = await uiApi();
    const speakers = await eventually(
      () => labelsBelow(views.speakers),
      (current) => current.some((label) => /Fenwick|Lindqvist|Whitlow/.test(label)),
      'a speaker of our fixtures in the speakers view',
    );
    assert.ok(speakers.length > 0);
  });

  test('the claims view shows a tagged claim', async () => {
    const { views } = await uiApi();
    const all = await eventually(
      () => labelsBelow(views.claims),
      (current) => current.some((label) => label.includes('reading room') || label.includes('library-reopens')),
      'the claim tagged by the Claims suite (run the whole suite, not --grep)',
    );
    assert.ok(all.length > 0);
  });
});

/** Labels two levels deep (group → item). */
async function labelsBelow(provider: vscode.TreeDataProvider<unknown>): Promise<string[]> {
  const top = (await provider.getChildren()) ?? [];
  const result: string[] = [];
  for (const node of top) {
    const item = await provider.getTreeItem(node);
    result.push(typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
    result.push(...(await labels(provider, node)));
  }
  return result;
}
