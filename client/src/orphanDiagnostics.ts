/** Orphaned annotations as warnings in the Problems panel (own collection), at their last known line. */

import * as vscode from 'vscode';
import { CodePointMap } from '../../server/src/protocol/offsets';
import type { AnnotationService } from './store/annotationService';
import { describe } from './commands/target';

export class OrphanDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('byline-annotations');

  constructor(
    private readonly annotations: AnnotationService,
    private readonly textOf: (uri: string) => string | undefined,
  ) {}

  refresh(uri: string): void {
    const document = this.annotations.get(uri);
    const orphans = document?.orphans ?? [];
    if (orphans.length === 0) {
      this.collection.delete(vscode.Uri.parse(uri));
      return;
    }
    const text = this.textOf(uri) ?? '';
    const map = new CodePointMap(text);
    const lines = text.split(/\r\n|\r|\n/u);
    const diagnostics = orphans.map((entry) => {
      const offset = map.fromCodePoint(entry.annotation.target.selector[1].start);
      const line = text.slice(0, offset).split(/\r\n|\r|\n/u).length - 1;
      const range = new vscode.Range(line, 0, line, lines[line]?.length ?? 0);
      const exact = entry.annotation.target.selector[0].exact.replace(/\s+/gu, ' ').slice(0, 80);
      const diagnostic = new vscode.Diagnostic(
        range,
        `Orphaned annotation (${describe(entry)}): ${entry.orphanReason ?? 'its text was not found'} — it was on "${exact}". Edit or remove it in the Claims view.`,
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
