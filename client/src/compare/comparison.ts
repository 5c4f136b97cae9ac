/**
 * Compare Annotations in VS Code: asks the server to compare this folder's annotations with a colleague's folder or
 * another annotator, lists the disagreements per file in the Comparison view with an agreement summary per file
 * and for the workspace, marks them inline (mine, theirs, both), and sends each adjudication to the server.
 */

import * as path from 'node:path';
import * as vscode from 'vscode';
import { counted } from '../../../server/src/protocol/plural';
import {
  AnnotatorsRequest,
  CompareAnnotationsRequest,
  ResolveDisagreementRequest,
  type AnnotatorsResult,
  type CompareResult,
  type ComparisonTarget,
  type DisagreementItem,
  type FileComparison,
  type Resolution,
  type ResolveResult,
} from '../../../server/src/protocol/agreement';
import { disagreementHover, disagreementText, disagreementTitle, fileDescription, sideOf, workspaceSummary, type Side } from './comparisonModel';

/** Sends a request to the language server (rejects with the server's message). */
export type SendRequest = <R>(method: string, params: unknown) => Promise<R>;

export type ComparisonNode =
  | { kind: 'summary' }
  | { kind: 'file'; file: FileComparison }
  | { kind: 'disagreement'; file: FileComparison; item: DisagreementItem }
  | { kind: 'skipped'; source: string; reason: string };

const ICONS: Record<Side, string> = { mine: 'person', theirs: 'account', both: 'diff' };
const COLORS: Record<Side, string> = { mine: 'byline.comparison.mine', theirs: 'byline.comparison.theirs', both: 'byline.comparison.both' };

export class Comparison implements vscode.TreeDataProvider<ComparisonNode>, vscode.Disposable {
  private target: ComparisonTarget | undefined;
  private result: CompareResult | undefined;
  private readonly changed = new vscode.EventEmitter<ComparisonNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly decorations: Record<Side, vscode.TextEditorDecorationType>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly send: SendRequest) {
    const style = (side: Side): vscode.TextEditorDecorationType =>
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(COLORS[side]),
        border: side === 'theirs' ? '1px dashed' : '1px solid',
        borderColor: new vscode.ThemeColor(COLORS[side]),
        overviewRulerColor: new vscode.ThemeColor(COLORS[side]),
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      });
    this.decorations = { mine: style('mine'), theirs: style('theirs'), both: style('both') };
    this.disposables.push(...Object.values(this.decorations), this.changed, vscode.window.onDidChangeVisibleTextEditors(() => this.decorate()));
  }

  /** The comparison shown now (tests read it). */
  get current(): CompareResult | undefined {
    return this.result;
  }

  /**
   * Asks what to compare with — a colleague's folder or another annotator of this store — and compares; a target
   * passed as the command's argument (scripts, tests, keybindings) skips the questions.
   */
  async pickAndCompare(given?: ComparisonTarget): Promise<void> {
    if (given) {
      await this.compare(given);
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage('Byline: open the folder of your corpus to compare its annotations.');
      return;
    }
    const annotators = await this.send<AnnotatorsResult>(AnnotatorsRequest.method, { folder: folder.uri.toString() });
    type Pick = vscode.QuickPickItem & { target?: ComparisonTarget };
    const picks: Pick[] = [
      { label: "$(folder-opened) A colleague's folder…", detail: 'their copy of the corpus, with its own .byline/ store' },
      ...annotators.annotators
        .filter((annotator) => annotator.name !== annotators.current)
        .map((annotator) => ({
          label: `$(person) ${annotator.name}`,
          description: `${counted(annotator.annotations, 'annotation')} in this store`,
          target: { kind: 'annotators' as const, mine: annotators.current, theirs: annotator.name },
        })),
    ];
    const picked = await vscode.window.showQuickPick(picks, { title: `Compare your annotations (${annotators.current}) with…` });
    if (!picked) {
      return;
    }
    let target = picked.target;
    if (!target) {
      const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Compare', title: "A colleague's copy of the corpus" });
      if (!chosen?.[0]) {
        return;
      }
      target = { kind: 'folder', path: chosen[0].fsPath };
    }
    await this.compare(target);
  }

  async compare(target: ComparisonTarget): Promise<CompareResult> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const result = await this.send<CompareResult>(CompareAnnotationsRequest.method, { ...(folder ? { folder: folder.uri.toString() } : {}), target });
    this.target = target;
    this.result = result;
    await vscode.commands.executeCommand('setContext', 'byline.comparing', true);
    this.changed.fire(undefined);
    this.decorate();
    void vscode.commands.executeCommand('byline.comparison.focus');
    void vscode.window.showInformationMessage(`Byline: ${workspaceSummary(result)}`);
    return result;
  }

  async compareAgain(): Promise<void> {
    if (this.target) {
      await this.compare(this.target);
    }
  }

  /** Adjudicates one disagreement (from the view, or the one at the cursor), then compares again. */
  async resolve(resolution: Resolution, node?: ComparisonNode): Promise<ResolveResult | undefined> {
    const found = node?.kind === 'disagreement' ? node : this.atCursor();
    if (!found || !this.target) {
      void vscode.window.showInformationMessage('Byline: pick a disagreement in the Comparison view (or put the cursor in a marked span).');
      return undefined;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Byline writes nothing in an untrusted workspace. Trust the workspace to adjudicate.');
      return undefined;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    const written = await this.send<ResolveResult>(ResolveDisagreementRequest.method, {
      ...(folder ? { folder: folder.uri.toString() } : {}),
      target: this.target,
      source: found.file.source,
      theirSource: found.file.theirSource,
      mine: found.item.mine?.id ?? null,
      theirs: found.item.theirs?.id ?? null,
      resolution,
    });
    await this.compare(this.target);
    return written;
  }

  async close(): Promise<void> {
    this.target = undefined;
    this.result = undefined;
    await vscode.commands.executeCommand('setContext', 'byline.comparing', false);
    this.changed.fire(undefined);
    this.decorate();
  }

  getChildren(node?: ComparisonNode): ComparisonNode[] {
    if (!this.result) {
      return [];
    }
    if (!node) {
      return [
        { kind: 'summary' },
        ...this.result.files.map((file) => ({ kind: 'file' as const, file })),
        ...this.result.notCompared.map((skipped) => ({ kind: 'skipped' as const, ...skipped })),
      ];
    }
    return node.kind === 'file' ? node.file.disagreements.map((item) => ({ kind: 'disagreement' as const, file: node.file, item })) : [];
  }

  getTreeItem(node: ComparisonNode): vscode.TreeItem {
    const result = this.result!;
    switch (node.kind) {
      case 'summary': {
        const item = new vscode.TreeItem('Workspace', vscode.TreeItemCollapsibleState.None);
        item.description = workspaceSummary(result);
        item.tooltip = `Mine: ${result.mine}\nTheirs: ${result.theirs}\n${workspaceSummary(result)}`;
        item.iconPath = new vscode.ThemeIcon('graph');
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(path.basename(node.file.source), node.file.disagreements.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.description = fileDescription(node.file);
        item.tooltip = `${node.file.source}\n${fileDescription(node.file)}`;
        item.resourceUri = vscode.Uri.parse(node.file.uri);
        item.contextValue = 'byline.comparedFile';
        return item;
      }
      case 'disagreement': {
        const item = new vscode.TreeItem(disagreementTitle(node.item), vscode.TreeItemCollapsibleState.None);
        item.description = disagreementText(node.item);
        item.tooltip = new vscode.MarkdownString(disagreementHover(node.item, result.mine, result.theirs));
        item.iconPath = new vscode.ThemeIcon(ICONS[sideOf(node.item)], new vscode.ThemeColor(COLORS[sideOf(node.item)]));
        item.contextValue = 'byline.disagreement';
        const range = (node.item.mine ?? node.item.theirs)!.range;
        item.command = {
          command: 'vscode.open',
          title: 'Show',
          arguments: [vscode.Uri.parse(node.file.uri), { selection: new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) }],
        };
        return item;
      }
      case 'skipped': {
        const item = new vscode.TreeItem(path.basename(node.source), vscode.TreeItemCollapsibleState.None);
        item.description = `not compared: ${node.reason}`;
        item.tooltip = `${node.source}: ${node.reason}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
    }
  }

  private atCursor(): { file: FileComparison; item: DisagreementItem } | undefined {
    const editor = vscode.window.activeTextEditor;
    const file = editor && this.result?.files.find((candidate) => candidate.uri === editor.document.uri.toString());
    if (!editor || !file) {
      return undefined;
    }
    const cursor = editor.selection.active;
    const item = file.disagreements.find((candidate) =>
      [candidate.mine, candidate.theirs].some((span) => span && toRange(span.range).contains(cursor)),
    );
    return item ? { file, item } : undefined;
  }

  private decorate(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const file = this.result?.files.find((candidate) => candidate.uri === editor.document.uri.toString());
      const bySide: Record<Side, vscode.DecorationOptions[]> = { mine: [], theirs: [], both: [] };
      for (const item of file?.disagreements ?? []) {
        const hoverMessage = new vscode.MarkdownString(disagreementHover(item, this.result!.mine, this.result!.theirs));
        const side = sideOf(item);
        for (const span of [item.mine, item.theirs]) {
          if (span && !bySide[side].some((existing) => existing.range.isEqual(toRange(span.range)))) {
            bySide[side].push({ range: toRange(span.range), hoverMessage });
          }
        }
      }
      for (const side of ['mine', 'theirs', 'both'] as const) {
        editor.setDecorations(this.decorations[side], bySide[side]);
      }
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}

function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
