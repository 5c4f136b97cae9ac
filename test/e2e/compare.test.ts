/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CompareResult } from '../../server/src/protocol/agreement';
import { writeAgreementExample } from '../helpers/agreementExample';
import { activateByline, openArticle, requestScreenshot, workspaceRoot } from './helpers';

interface ComparisonApi {
  views: { comparison: { current: CompareResult | undefined; getChildren(node?: unknown): unknown[] } };
}

const BRIDGE = 'articles/harbour-bridge-vote.txt';

function storedLabels(): string[] {
  const store = JSON.parse(readFileSync(join(workspaceRoot(), '.byline', 'annotations', `${BRIDGE}.json`), 'utf8')) as {
    annotations: { creator: { name: string }; body: { label?: string } }[];
  };
  return store.annotations.map((annotation) => `${annotation.body.label ?? 'correction'}/${annotation.creator.name}`);
}

suite('Compare Annotations', () => {
  test("compares with a colleague's folder: disagreements per file in the Comparison view, marked inline, adjudicated into the store", async () => {
    // Alice (this workspace) and Bob (a folder outside it) annotated the same invented articles.
    const example = await writeAgreementExample(mkdtempSync(join(tmpdir(), 'byline-e2e-compare-')));
    cpSync(join(example.alice, 'articles'), join(workspaceRoot(), 'articles'), { recursive: true });
    cpSync(join(example.alice, '.byline', 'annotations', 'articles'), join(workspaceRoot(), '.byline', 'annotations', 'articles'), { recursive: true });
    const api = (await activateByline()) as unknown as ComparisonApi;
    const editor = await openArticle(join(workspaceRoot(), BRIDGE));

    const shown = (): CompareResult | undefined => api.views.comparison.current;
    assert.equal(shown(), undefined, 'nothing is compared before the user asks');
    // What the quick pick ("A colleague's folder…") and the folder dialog answer, passed as the command's argument.
    await vscode.commands.executeCommand('byline.compareAnnotations', { kind: 'folder', path: example.bob });
    const result = shown();
    assert.ok(result, 'the comparison is shown');
    const bridge = result.files.find((file) => file.source === BRIDGE);
    assert.ok(bridge, 'the bridge article is compared');
    assert.deepEqual(
      bridge.disagreements.map((d) => [d.layer, d.differences.join('+') || (d.mine ? 'only mine' : 'only theirs')]),
      [['claims', 'label'], ['claims', 'boundary'], ['claims', 'value'], ['claims', 'only theirs'], ['claims', 'attribution']],
    );
    assert.ok(result.notCompared.some((skipped) => /fishing-quota/.test(skipped.source)), 'the changed text is listed, not compared');
    const roots = api.views.comparison.getChildren();
    assert.equal(roots.length, 1 + result.files.length + result.notCompared.length, 'workspace summary, files, texts not compared');
    const label = bridge.disagreements[0];
    editor.selection = new vscode.Selection(label.mine!.range.start.line, label.mine!.range.start.character + 2, label.mine!.range.start.line, label.mine!.range.start.character + 2);
    editor.revealRange(new vscode.Range(label.mine!.range.start.line, 0, label.mine!.range.start.line, 0), vscode.TextEditorRevealType.InCenter);
    if (process.env.BYLINE_E2E_SCREENSHOTS) {
      // room for the Comparison view's lines in the README's picture: a narrower editor, a wider side bar
      await vscode.window.showTextDocument(editor.document, { preview: false });
      for (let step = 0; step < 3; step++) {
        await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
      }
      await requestScreenshot('compare-annotations');
    }

    // Take theirs at the cursor: Alice's "check-worthy claim" there becomes a copy of Bob's "opinion".
    const alicesClaims = (): number => storedLabels().filter((stored) => stored === 'check-worthy claim/alice').length;
    assert.equal(alicesClaims(), 3);
    await vscode.commands.executeCommand('byline.comparison.takeTheirs');
    const after = shown()!;
    assert.equal(after.files.find((file) => file.source === BRIDGE)!.disagreements.length, bridge.disagreements.length - 1);
    assert.ok(storedLabels().includes('opinion/bob'), `a copy of Bob's claim is in the store: ${storedLabels().join(', ')}`);
    assert.equal(alicesClaims(), 2);
    await vscode.commands.executeCommand('byline.comparison.close');
    assert.equal(shown(), undefined);
  });
});
