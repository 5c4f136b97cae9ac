import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { DiagnosticSettings } from '../protocol/settings';
import type { Article } from './article';
import { isEnabled, toDiagnostic } from './diagnostics';

/** Quick fixes (correct a quote glyph, remove a repeated paragraph) from findings overlapping the range. */
export function codeActions(article: Article, range: Range, enabled: DiagnosticSettings): CodeAction[] {
  const { analysis, offsets } = article;
  const from = offsets.offsetAt(range.start);
  const to = offsets.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of analysis.findings) {
    if (!finding.fix || !isEnabled(finding, enabled) || finding.start > to || finding.end < from) {
      continue;
    }
    actions.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(finding, offsets)],
      isPreferred: true,
      edit: {
        changes: { [article.uri]: finding.fix.edits.map((edit) => ({ range: offsets.rangeOf(edit), newText: edit.newText })) },
      },
    });
  }
  return actions;
}
