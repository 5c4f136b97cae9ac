/** Finding the stored annotation a command acts on: the one passed by the claims view, or the one at the cursor. */

import type { AnnotationItem } from '../../../server/src/protocol/annotations';
import { OffsetMap } from '../../../server/src/protocol/offsets';
import { isAnnotationRef, type CommandDeps } from './types';

export interface Targeted {
  uri: string;
  item: AnnotationItem;
}

/**
 * The annotations a command should act on. From the view: that one. From the editor: those under the cursors or
 * selections, filtered by `accept`; when several qualify the user picks one (or all, when `allowAll`).
 */
export async function targetAnnotations(
  deps: CommandDeps,
  arg: unknown,
  accept: (item: AnnotationItem) => boolean,
  what: string,
  allowAll = false,
): Promise<Targeted[]> {
  if (isAnnotationRef(arg)) {
    const item = deps.annotations.get(arg.uri)?.byId(arg.id);
    return item ? [{ uri: arg.uri, item }] : [];
  }
  const editor = deps.editor();
  const annotations = editor ? deps.annotations.get(editor.uri) : undefined;
  if (!editor?.inWorkspace || !annotations) {
    deps.ui.warn(`Byline: put the cursor on a ${what} in an article.`);
    return [];
  }
  const found = new Map<string, AnnotationItem>();
  for (const selection of editor.selections) {
    for (const item of annotations.at(editor.text, selection).filter(accept)) {
      found.set(item.annotation.id, item);
    }
  }
  const items = [...found.values()];
  if (items.length === 0) {
    deps.ui.warn(`Byline: no ${what} at the cursor.`);
    return [];
  }
  const wrap = (item: AnnotationItem): Targeted => ({ uri: editor.uri, item });
  if (items.length === 1) {
    return [wrap(items[0])];
  }
  const map = new OffsetMap(editor.text);
  const choices = items.map((item) => ({
    label: describe(item),
    description: item.range ? editor.text.slice(map.offsetAt(item.range.start), map.offsetAt(item.range.end)).slice(0, 80) : '',
    value: [item],
  }));
  const choice = await deps.ui.pick(allowAll ? [...choices, { label: `All ${items.length}`, description: '', value: items }] : choices, {
    title: `Which ${what}?`,
  });
  return (choice ?? []).map(wrap);
}

export function describe(item: Pick<AnnotationItem, 'annotation'>): string {
  const body = item.annotation.body;
  if (body.type === 'ClaimTag') {
    return body.claimant ? `${body.label} — ${body.claimant}` : body.label;
  }
  switch (body.action) {
    case 'set-speaker':
      return `speaker: ${body.speaker}`;
    case 'add':
      return `marked as ${body.layer}${body.kind ? ` (${body.kind})` : ''}${body.value ? ` = ${body.value}` : ''}`;
    case 'reject':
      return `rejected ${body.layer}`;
  }
}
