/** The status bar item for the active article: quotes, speakers, dates, claims (and orphans). */

import * as vscode from 'vscode';
import type { AnalysisResult } from '../../server/src/protocol/protocol';
import type { AnnotationClient } from './annotations';
import { LANGUAGE_ID } from './ctx';
import { statusText } from './statusText';

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('byline.status', vscode.StatusBarAlignment.Left, 50);
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private visible = false;

  constructor(
    private readonly annotations: AnnotationClient,
    private readonly analysis: (uri: string) => Promise<AnalysisResult | null>,
  ) {
    this.item.name = 'Byline';
    this.item.command = 'byline.showOutput';
  }

  /** Debounced: re-asks the server after edits settle. */
  refresh(delay = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const uri = editor.document.uri.toString();
    const generation = ++this.generation;
    const analysis = await this.analysis(uri);
    if (generation !== this.generation) {
      return;
    }
    const items = this.annotations.get(uri)?.items ?? [];
    const claims = items.filter((item) => item.annotation.body.type === 'ClaimTag' && item.range).length;
    const orphans = items.filter((item) => !item.range).length;
    const { text, tooltip } = statusText(analysis, claims, orphans);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.visible = true;
  }

  /** What the item shows now (a status bar item cannot be read back through the vscode API by anyone else). */
  snapshot(): { text: string; tooltip?: string; visible: boolean } {
    const tooltip = typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value;
    return { text: this.item.text, ...(tooltip ? { tooltip } : {}), visible: this.visible };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
