/** Byline: Reject Annotation — marks an automatic quote, date or boilerplate span as wrong. */

import type { CorrectableLayer } from '../../../server/src/protocol/annotations';
import { correctionTarget } from './correctionSpan';
import type { CommandDeps, CommandHandler } from './types';

export function rejectAnnotation(deps: CommandDeps): CommandHandler {
  return async () => {
    const editor = deps.editor();
    if (!editor?.inWorkspace) {
      deps.ui.warn('Byline: put the cursor on the wrong annotation in an article inside a workspace folder.');
      return;
    }
    const layer = await deps.ui.pick<CorrectableLayer>(
      [
        { label: 'Quote', description: 'this is not a quote', value: 'quote' },
        { label: 'Date', description: 'this is not a date expression', value: 'date' },
        { label: 'Boilerplate', description: 'this is article text, not outlet boilerplate', value: 'boilerplate' },
      ],
      { title: 'Reject the automatic annotation', placeholder: 'Which annotation is wrong here?' },
    );
    if (!layer) {
      return;
    }
    const target = await correctionTarget(deps, editor, layer === 'quote' ? 'quote' : 'word');
    if (!target) {
      deps.ui.warn('Byline: select the wrongly annotated text.');
      return;
    }
    await deps.annotations.add(editor.uri, [target.range], { type: 'Correction', action: 'reject', layer });
  };
}
