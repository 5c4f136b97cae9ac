/** The Compare Annotations commands and the Comparison view. */

import * as vscode from 'vscode';
import type { ComparisonTarget } from '../../../server/src/protocol/agreement';
import { Comparison, type ComparisonNode, type SendRequest } from './comparison';
import { RESOLUTION_COMMANDS } from './comparisonModel';

/** Shows the server's refusal (no store there, unknown annotator, untrusted…) instead of failing silently. */
function reporting<A extends unknown[]>(run: (...args: A) => Promise<unknown>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await run(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(`Byline: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function registerComparison(owner: { push(...disposables: vscode.Disposable[]): void }, send: SendRequest): Comparison {
  const comparison = new Comparison(send);
  owner.push(
    comparison,
    vscode.window.createTreeView('byline.comparison', { treeDataProvider: comparison, showCollapseAll: true }),
    vscode.commands.registerCommand('byline.compareAnnotations', reporting((target?: ComparisonTarget) => comparison.pickAndCompare(target))),
    vscode.commands.registerCommand('byline.comparison.refresh', reporting(() => comparison.compareAgain())),
    vscode.commands.registerCommand('byline.comparison.close', () => comparison.close()),
    ...Object.entries(RESOLUTION_COMMANDS).map(([name, resolution]) =>
      vscode.commands.registerCommand(`byline.${name}`, reporting((node?: ComparisonNode) => comparison.resolve(resolution, node))),
    ),
  );
  return comparison;
}
