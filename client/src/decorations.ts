/** Claims and corrections drawn in the editor: theme-aware background + gutter icon, hover with the attributes. */

import * as vscode from 'vscode';
import type { AnnotationClient } from './annotations';
import { annotationMarkdown } from './annotationHover';

export class AnnotationDecorations implements vscode.Disposable {
  private readonly claim: vscode.TextEditorDecorationType;
  private readonly correction: vscode.TextEditorDecorationType;

  constructor(
    extension: vscode.ExtensionContext,
    private readonly annotations: AnnotationClient,
  ) {
    this.claim = vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('byline.claimBackground'),
      overviewRulerColor: new vscode.ThemeColor('byline.claimRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      light: { gutterIconPath: extension.asAbsolutePath('media/claim-light.svg') },
      dark: { gutterIconPath: extension.asAbsolutePath('media/claim-dark.svg') },
      gutterIconSize: 'contain',
    });
    this.correction = vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('byline.correctionBorder'),
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  refresh(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): void {
    for (const editor of editors) {
      const document = this.annotations.get(editor.document.uri.toString());
      const current = document?.result.version === undefined || document.result.version === editor.document.version;
      if (!current) {
        // Ranges of an older version: VS Code moves the decorations already drawn; the server's answer follows.
        continue;
      }
      const claims: vscode.DecorationOptions[] = [];
      const corrections: vscode.DecorationOptions[] = [];
      for (const { annotation, range: placed } of document?.items ?? []) {
        if (!placed) {
          continue;
        }
        const range = new vscode.Range(placed.start.line, placed.start.character, placed.end.line, placed.end.character);
        const hoverMessage = new vscode.MarkdownString(annotationMarkdown(annotation));
        (annotation.body.type === 'ClaimTag' ? claims : corrections).push({ range, hoverMessage });
      }
      editor.setDecorations(this.claim, claims);
      editor.setDecorations(this.correction, corrections);
    }
  }

  dispose(): void {
    this.claim.dispose();
    this.correction.dispose();
  }
}
