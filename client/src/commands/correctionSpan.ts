/** The span a correction applies to: the selection, else the quote at the cursor (from the server), else the word. */

import { OffsetMap, type Range } from '../../../server/src/protocol/offsets';
import type { AnalysisResult } from '../../../server/src/protocol/protocol';
import { wordAt } from '../../../server/src/protocol/spans';
import type { CommandDeps, EditorState } from './types';

export interface CorrectionTarget {
  range: Range;
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
    return { range: map.rangeOf(selection), analysis };
  }
  if (prefer === 'selection') {
    return null;
  }
  const quote = analysis?.quoteAtPosition;
  if (prefer === 'quote' && quote) {
    return { range: quote.range, analysis };
  }
  const word = wordAt(editor.text, selection.start);
  return word ? { range: map.rangeOf(word), analysis } : null;
}
