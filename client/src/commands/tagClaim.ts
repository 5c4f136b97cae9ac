/** Byline: Tag Claim — tags the selections (or the sentence at each cursor) with a label and attributes. */

import { OffsetMap } from '../../../server/src/protocol/offsets';
import { askClaim } from './claimForm';
import { claimSpans } from '../../../server/src/protocol/spans';
import type { CommandDeps, CommandHandler } from './types';

export function tagClaim(deps: CommandDeps): CommandHandler {
  return async () => {
    const editor = deps.editor();
    if (!editor) {
      deps.ui.warn('Byline: open an article to tag a claim.');
      return;
    }
    if (!editor.inWorkspace) {
      deps.ui.warn('Byline: claims are stored per workspace folder; open this file inside a workspace folder.');
      return;
    }
    const spans = claimSpans(editor.text, editor.selections);
    if (spans.length === 0) {
      deps.ui.warn('Byline: nothing to tag here (select text, or put the cursor in a sentence).');
      return;
    }
    // Ask where the annotator pointed (the cursor, or the middle of the selection): that is inside the quote
    // whose speaker should be the claimant, while a sentence's start is often the opening quotation mark.
    const first = editor.selections[0] ?? spans[0];
    const probe = first.start === first.end ? first.start : Math.floor((first.start + first.end) / 2);
    const [analysis, speakers] = await Promise.all([
      deps.server.analysisAt(editor.uri, new OffsetMap(editor.text).positionAt(probe)),
      deps.server.speakers(editor.uri),
    ]);
    const claimant = analysis?.claimantAtPosition?.name;
    const title = spans.length > 1 ? `Tag ${spans.length} claims` : 'Tag claim';
    const body = await askClaim(deps.ui, deps.claimSettings(), claimant ? { claimant } : {}, title, speakers);
    if (!body) {
      return;
    }
    const map = new OffsetMap(editor.text);
    await deps.annotations.add(editor.uri, spans.map((span) => map.rangeOf(span)), body);
  };
}
