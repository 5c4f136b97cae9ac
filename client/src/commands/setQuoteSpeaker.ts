/** Byline: Set Quote Speaker — attributes the quote at the cursor (or the selected quote) to a speaker. */

import { correctionTarget } from './correctionSpan';
import { pickSpeaker } from './speakerPick';
import type { CommandDeps, CommandHandler } from './types';

export function setQuoteSpeaker(deps: CommandDeps): CommandHandler {
  return async () => {
    const editor = deps.editor();
    if (!editor?.inWorkspace) {
      deps.ui.warn('Byline: put the cursor in a quote of an article inside a workspace folder.');
      return;
    }
    const target = await correctionTarget(deps, editor, 'quote');
    const selected = editor.selections.some((selection) => selection.end > selection.start);
    if (!target || (!target.analysis?.quoteAtPosition && !selected)) {
      deps.ui.warn('Byline: no quote at the cursor — select the quoted words.');
      return;
    }
    const current = target.analysis?.quoteAtPosition?.speaker?.name;
    const speakers = await deps.server.speakers(editor.uri);
    const speaker = await pickSpeaker(deps.ui, speakers, {
      title: 'Set quote speaker',
      placeholder: 'Who said this?',
      ...(current ? { current } : {}),
      otherLabel: 'Another speaker…',
      otherPrompt: 'Canonical name of the speaker',
    });
    if (!speaker) {
      return;
    }
    const kind = speakers.find((known) => known.name === speaker)?.kind;
    await deps.annotations.add(editor.uri, [target.range], {
      type: 'Correction',
      action: 'set-speaker',
      speaker,
      ...(kind ? { speakerKind: kind } : {}),
    });
  };
}
