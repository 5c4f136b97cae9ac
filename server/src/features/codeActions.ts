import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { SET_PUBLICATION_DATE_COMMAND } from '../protocol/publication';
import type { DiagnosticSettings } from '../protocol/settings';
import type { Article } from '../documents/article';
import { isEnabled, toDiagnostic } from './diagnostics';

/**
 * Quick fixes from findings overlapping the range: correct a quote glyph, remove a repeated paragraph, set the
 * article's publication date for its unresolved dates.
 */
export function codeActions(article: Article, range: Range, enabled: DiagnosticSettings, clientCommands = false): CodeAction[] {
  const { analysis, offsets } = article;
  const from = offsets.offsetAt(range.start);
  const to = offsets.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const finding of analysis.findings) {
    if (!isEnabled(finding, enabled) || finding.start > to || finding.end < from) {
      continue;
    }
    if (finding.ruleId === 'unresolved-date') {
      // One action for the range: the article's date resolves every relative date at once. The command asks for
      // the date, so only a client that registers it (the VS Code extension) gets the action.
      if (clientCommands && !actions.some((action) => action.command?.command === SET_PUBLICATION_DATE_COMMAND)) {
        const title = "Set the article's publication date…";
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(finding, offsets)],
          isPreferred: true,
          command: { title, command: SET_PUBLICATION_DATE_COMMAND, arguments: [article.uri] },
        });
      }
      continue;
    }
    if (!finding.fix) {
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
