/** Orphaned annotations as warnings in the Problems panel (own collection), at their last known line. */

import * as vscode from 'vscode';
import type { AnnotationClient } from './annotations';
import { describe } from './commands/target';

export class OrphanDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('byline-annotations');

  constructor(private readonly annotations: AnnotationClient) {}

  refresh(uri: string): void {
    const orphans = this.annotations.get(uri)?.orphans ?? [];
    if (orphans.length === 0) {
      this.collection.delete(vscode.Uri.parse(uri));
      return;
    }
    const diagnostics = orphans.map((item) => {
      const line = item.lastLine ?? 0;
      const range = new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER);
      const exact = item.annotation.target.selector[0].exact.replace(/\s+/gu, ' ').slice(0, 80);
      const diagnostic = new vscode.Diagnostic(
        range,
        `Orphaned annotation (${describe(item)}): ${item.orphanReason ?? 'its text was not found'} — it was on "${exact}". Edit or remove it in the Claims view.`,
        vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'byline';
      diagnostic.code = 'orphan-annotation';
      return diagnostic;
    });
    this.collection.set(vscode.Uri.parse(uri), diagnostics);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
