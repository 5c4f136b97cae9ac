/** The status bar item for the active article: quotes, speakers, dates, claims (and orphans). */

import * as vscode from 'vscode';
import type { AnalysisResult } from '../../server/src/protocol/protocol';
import type { AnnotationClient } from './annotations';
import { LANGUAGE_ID } from './ctx';

export function statusText(analysis: AnalysisResult | null, claims: number, orphans: number): { text: string; tooltip: string } {
  const orphanText = orphans > 0 ? `  $(warning) ${orphans}` : '';
  if (!analysis) {
    return { text: `$(tag) ${claims}${orphanText}`, tooltip: `Byline: ${claims} claim(s); the language server is not running` };
  }
  if (!analysis.enabled) {
    return { text: '$(circle-slash) Byline off', tooltip: `Byline is off for this file${analysis.reason ? `: ${analysis.reason}` : ''}` };
  }
  const { quotes, speakers, dates } = analysis.counts;
  const degraded = analysis.degraded ? ` (partial: ${analysis.degraded})` : '';
  const date = analysis.published ?? analysis.publishedPartial;
  return {
    text: `$(quote) ${quotes}  $(person) ${speakers}  $(calendar) ${dates}${date ? ` @ ${date}` : ''}  $(tag) ${claims}${orphanText}`,
    tooltip:
      `Byline${degraded}: ${quotes} quotes, ${speakers} speakers, ${dates} dates, ${claims} claims${orphans > 0 ? `, ${orphans} orphaned annotations` : ''}\n` +
      publishedText(analysis, date),
  };
}

/** What the article's relative dates are resolved against, and why, for the tooltip. */
function publishedText(analysis: AnalysisResult, date: string | undefined): string {
  if (!date) {
    const unresolved = analysis.unresolvedDates ?? 0;
    return `Published: unknown${unresolved > 0 ? ` — ${unresolved} relative date${unresolved === 1 ? '' : 's'} unresolved` : ''}; run "Byline: Set Publication Date…"`;
  }
  return `Relative dates resolved against ${date}${analysis.publishedWhy ? ` — ${analysis.publishedWhy}` : ''}`;
}

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
