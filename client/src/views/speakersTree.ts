/** The Speakers view: the server's workspace speaker index, speaker → files with their quotes → first mention. */

import * as vscode from 'vscode';
import type { WorkspaceSpeaker, WorkspaceSpeakerFile } from '../../../server/src/protocol/protocol';

type Node = { kind: 'speaker'; speaker: WorkspaceSpeaker } | { kind: 'file'; file: WorkspaceSpeakerFile };

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
    return node.kind === 'speaker' ? node.speaker.files.map((file) => ({ kind: 'file', file })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { speaker } = node;
      const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'} · ${speaker.files.length} file${speaker.files.length === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(speaker.kind === 'org' ? 'organization' : 'person');
      const aliases = speaker.aliases.length > 0 ? `  \nAlso: ${speaker.aliases.join(', ')}` : '';
      const roles = speaker.roles.length > 0 ? `  \nRoles: ${speaker.roles.join(', ')}` : '';
      item.tooltip = new vscode.MarkdownString(`**${speaker.name}** (${speaker.kind})${aliases}${roles}`);
      item.contextValue = 'bylineSpeaker';
      return item;
    }
    const { file } = node;
    const uri = vscode.Uri.parse(file.uri);
    const item = new vscode.TreeItem(vscode.workspace.asRelativePath(uri));
    item.description = `${file.quotes} quote${file.quotes === 1 ? '' : 's'}, ${file.mentions} mention${file.mentions === 1 ? '' : 's'}`;
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
