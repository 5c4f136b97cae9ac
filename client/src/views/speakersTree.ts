/**
 * The Speakers view: the server's workspace speaker index, speaker → files → quotes. A file's quotes come from
 * the server's document symbols (each speaker symbol holds its quotes), asked for only when the file is expanded.
 */

import * as vscode from 'vscode';
import type { WorkspaceSpeaker, WorkspaceSpeakerFile } from '../../../server/src/protocol/protocol';
import { counted } from '../../../server/src/protocol/plural';

type Node =
  | { kind: 'speaker'; speaker: WorkspaceSpeaker }
  | { kind: 'file'; speaker: string; file: WorkspaceSpeakerFile }
  | { kind: 'quote'; uri: vscode.Uri; symbol: vscode.DocumentSymbol };

export class SpeakersTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly speakers: () => Promise<WorkspaceSpeaker[]>) {}

  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 300);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      return (await this.speakers()).map((speaker) => ({ kind: 'speaker', speaker }));
    }
    if (node.kind === 'speaker') {
      return node.speaker.files.map((file) => ({ kind: 'file', speaker: node.speaker.name, file }));
    }
    if (node.kind === 'file') {
      const uri = vscode.Uri.parse(node.file.uri);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      const speaker = (symbols ?? []).find((symbol) => symbol.name === node.speaker);
      return (speaker?.children ?? []).map((symbol) => ({ kind: 'quote', uri, symbol }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { speaker } = node;
      const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
      const quotes = speaker.mentionedOnly ? 'mentioned only' : counted(speaker.quotes, 'quote');
      item.description = `${quotes} · ${counted(speaker.files.length, 'file')}`;
      item.iconPath = new vscode.ThemeIcon(speaker.kind === 'org' ? 'organization' : 'person');
      const aliases = speaker.aliases.length > 0 ? `  \nAlso: ${speaker.aliases.join(', ')}` : '';
      const roles = speaker.roles.length > 0 ? `  \nRoles: ${speaker.roles.join(', ')}` : '';
      item.tooltip = new vscode.MarkdownString(`**${speaker.name}** (${speaker.kind})${aliases}${roles}`);
      item.contextValue = 'bylineSpeaker';
      return item;
    }
    if (node.kind === 'quote') {
      const item = new vscode.TreeItem(node.symbol.name);
      item.description = `line ${node.symbol.range.start.line + 1}`;
      item.iconPath = new vscode.ThemeIcon('quote');
      item.command = { command: 'vscode.open', title: 'Open', arguments: [node.uri, { selection: node.symbol.selectionRange }] };
      return item;
    }
    const { file } = node;
    const uri = vscode.Uri.parse(file.uri);
    const item = new vscode.TreeItem(
      vscode.workspace.asRelativePath(uri),
      file.quotes > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.description = `${counted(file.quotes, 'quote')}, ${counted(file.mentions, 'mention')}`;
    item.resourceUri = uri;
    const { start, end } = file.firstMention;
    item.command = {
      command: 'vscode.open',
      title: 'Open',
      arguments: [uri, { selection: new vscode.Range(start.line, start.character, end.line, end.character) }],
    };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}
