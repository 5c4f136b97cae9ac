/** Byline: Set Quote Speaker — attributes the quote at the cursor (or the selected quote) to a speaker. */

import type { PickItem } from './types';
import { correctionTarget } from './correctionSpan';
import type { CommandDeps, CommandHandler } from './types';

const OTHER = '\u0000other';

export function setQuoteSpeaker(deps: CommandDeps): CommandHandler {
  return async () => {
    const editor = deps.editor();
    if (!editor?.key) {
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
    const items: PickItem<string>[] = [
      ...speakers.map((speaker) => ({
        label: speaker.name,
        description: speaker.name === current ? 'current speaker' : speaker.kind,
        value: speaker.name,
      })),
      { label: 'Another speaker…', description: 'type a name', value: OTHER },
    ];
    const activeIndex = Math.max(0, items.findIndex((item) => item.value === current));
    let speaker = await deps.ui.pick(items, { title: 'Set quote speaker', placeholder: 'Who said this?', activeIndex });
    if (speaker === OTHER) {
      speaker = (await deps.ui.input({ title: 'Set quote speaker', prompt: 'Canonical name of the speaker', value: current ?? '' }))?.trim();
    }
    if (!speaker) {
      return;
    }
    const kind = speakers.find((known) => known.name === speaker)?.kind;
    await deps.annotations.add(editor.key, editor.text, [target.span], {
      type: 'Correction',
      action: 'set-speaker',
      speaker,
      ...(kind ? { speakerKind: kind } : {}),
    });
  };
}
