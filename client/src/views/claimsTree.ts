/** The Claims view: claims and corrections grouped by file, label or claimant; orphans listed apart. */

import * as vscode from 'vscode';
import type { AnnotationClient } from '../annotations';
import { describe } from '../commands/target';
import { annotationMarkdown } from '../annotationHover';
import { buildClaimsTree, type AnnotationNode, type ClaimsGrouping, type GroupNode } from './claimsModel';

type Node = GroupNode | AnnotationNode;

export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly annotations: AnnotationClient,
    private readonly grouping: () => ClaimsGrouping,
  ) {}

  /** Debounced: typing moves spans on every keystroke. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 150);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return buildClaimsTree(this.annotations.all(), this.grouping());
    }
    return node.kind === 'group' ? node.children : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.children.length}`;
      item.iconPath = new vscode.ThemeIcon(
        node.role === 'orphans' ? 'warning' : node.role === 'file' ? 'file' : node.role === 'corrections' ? 'edit' : 'tag',
      );
      item.contextValue = `bylineGroup.${node.role}`;
      return item;
    }
    const placed = node.item;
    const exact = placed.annotation.target.selector[0].exact.replace(/\s+/gu, ' ');
    const item = new vscode.TreeItem(exact.length > 70 ? `${exact.slice(0, 67)}…` : exact);
    item.id = `${node.uri}#${node.id}`;
    item.description = placed.range ? describe(placed) : `${describe(placed)} — ${node.source}`;
    const tooltip = new vscode.MarkdownString(annotationMarkdown(placed.annotation));
    if (!placed.range) {
      tooltip.appendMarkdown(`  \n⚠ Orphan: ${placed.orphanReason ?? 'text not found'}`);
    }
    item.tooltip = tooltip;
    const isClaim = placed.annotation.body.type === 'ClaimTag';
    item.iconPath = new vscode.ThemeIcon(placed.range ? (isClaim ? 'tag' : 'edit') : 'warning');
    item.contextValue = isClaim ? (placed.range ? 'bylineClaim' : 'bylineClaim.orphan') : placed.range ? 'bylineCorrection' : 'bylineCorrection.orphan';
    item.command = {
      command: 'byline.revealAnnotation',
      title: 'Go to annotation',
      arguments: [{ uri: node.uri, id: node.id }],
    };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
