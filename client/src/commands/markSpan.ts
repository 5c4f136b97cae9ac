/** Byline: Mark as Quote / Date / Boilerplate — records a span the automatic analysis missed. */

import { OffsetMap } from '../../../server/src/protocol/offsets';
import { BOILERPLATE_KINDS, type CorrectableLayer, type CorrectionBody } from '../../../server/src/protocol/annotations';
import type { CommandDeps, CommandHandler } from './types';


async function askDetails(deps: CommandDeps, layer: CorrectableLayer): Promise<CorrectionBody | undefined> {
  if (layer === 'boilerplate') {
    const kind = await deps.ui.pick(
      BOILERPLATE_KINDS.map((value) => ({ label: value, value })),
      { title: 'Mark as boilerplate: kind' },
    );
    return kind === undefined ? undefined : { type: 'Correction', action: 'add', layer, kind };
  }
  if (layer === 'date') {
    const value = await deps.ui.input({
      title: 'Mark as date: value',
      prompt: 'TIMEX3 value, e.g. 2026-03-14 or P2W (empty to leave it to the analysis)',
    });
    return value === undefined ? undefined : { type: 'Correction', action: 'add', layer, ...(value.trim() ? { value: value.trim() } : {}) };
  }
  const speaker = await deps.ui.input({ title: 'Mark as quote: speaker', prompt: 'Who is quoted? (empty if unknown)' });
  return speaker === undefined ? undefined : { type: 'Correction', action: 'add', layer, ...(speaker.trim() ? { speaker: speaker.trim() } : {}) };
}

export function markSpan(layer: CorrectableLayer): (deps: CommandDeps) => CommandHandler {
  return (deps) => async () => {
    const editor = deps.editor();
    const spans = editor?.selections.filter((selection) => selection.end > selection.start) ?? [];
    if (!editor?.inWorkspace || spans.length === 0) {
      deps.ui.warn(`Byline: select the text to mark as ${layer}.`);
      return;
    }
    const body = await askDetails(deps, layer);
    if (body) {
      const map = new OffsetMap(editor.text);
      await deps.annotations.add(editor.uri, spans.map((span) => map.rangeOf(span)), body);
    }
  };
}
