/** The span a correction applies to: the selection, else the quote at the cursor (from the server), else the word. */

import { OffsetMap } from '../../../server/src/protocol/offsets';
import type { AnalysisResult } from '../../../server/src/protocol/protocol';
import type { Span } from '../../../server/src/core/types';
import { wordAt } from './spans';
import type { CommandDeps, EditorState } from './types';

export interface CorrectionTarget {
  span: Span;
  analysis: AnalysisResult | null;
}

export async function correctionTarget(
  deps: CommandDeps,
  editor: EditorState,
  prefer: 'quote' | 'word' | 'selection',
): Promise<CorrectionTarget | null> {
  const selection = editor.selections[0] ?? { start: 0, end: 0 };
  const map = new OffsetMap(editor.text);
  const analysis = await deps.server.analysisAt(editor.uri, map.positionAt(selection.start));
  if (selection.end > selection.start) {
    return { span: selection, analysis };
  }
  if (prefer === 'selection') {
    return null;
  }
  const quote = analysis?.quoteAtPosition;
  if (prefer === 'quote' && quote) {
    return { span: { start: map.offsetAt(quote.range.start), end: map.offsetAt(quote.range.end) }, analysis };
  }
  const word = wordAt(editor.text, selection.start);
  return word ? { span: word, analysis } : null;
}
