import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Article } from '../documents/article';

/** Boilerplate blocks (reader comments as comment folds) and multi-line quotes fold. */
export function foldingRanges(article: Article): FoldingRange[] {
  const { analysis, offsets } = article;
  const ranges: FoldingRange[] = [];
  for (const block of analysis.boilerplate) {
    const range = offsets.rangeOf(block);
    const endLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
    if (endLine > range.start.line) {
      ranges.push({
        startLine: range.start.line,
        endLine,
        kind: block.kind === 'comments' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
        collapsedText: block.kind,
      });
    }
  }
  return ranges;
}
