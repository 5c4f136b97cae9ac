/** Finding the stored annotation a command acts on: the one passed by the claims view, or the one at the cursor. */

import type { AnchoredAnnotation, DocumentKey } from '../store/documentAnnotations';
import { isAnnotationRef, type CommandDeps } from './types';

export interface Targeted {
  uri: string;
  key: DocumentKey;
  text: string;
  entry: AnchoredAnnotation;
}

/**
 * The annotations a command should act on. From the view: that one. From the editor: those under the cursors or
 * selections, filtered by `accept`; when several qualify the user picks one (or all, when `allowAll`).
 */
export async function targetAnnotations(
  deps: CommandDeps,
  arg: unknown,
  accept: (entry: AnchoredAnnotation) => boolean,
  what: string,
  allowAll = false,
): Promise<Targeted[]> {
  if (isAnnotationRef(arg)) {
    const document = await deps.document(arg.uri);
    const entry = deps.annotations.get(arg.uri)?.byId(arg.id);
    return document && entry ? [{ uri: arg.uri, key: document.key, text: document.text, entry }] : [];
  }
  const editor = deps.editor();
  const annotations = editor ? deps.annotations.get(editor.uri) : undefined;
  if (!editor?.key || !annotations) {
    deps.ui.warn(`Byline: put the cursor on a ${what} in an article.`);
    return [];
  }
  const found = new Map<string, AnchoredAnnotation>();
  for (const selection of editor.selections) {
    for (const entry of annotations.at(selection).filter(accept)) {
      found.set(entry.annotation.id, entry);
    }
  }
  const entries = [...found.values()];
  if (entries.length === 0) {
    deps.ui.warn(`Byline: no ${what} at the cursor.`);
    return [];
  }
  const key = editor.key;
  const wrap = (entry: AnchoredAnnotation): Targeted => ({ uri: editor.uri, key, text: editor.text, entry });
  if (entries.length === 1) {
    return [wrap(entries[0])];
  }
  const items = entries.map((entry) => ({
    label: describe(entry),
    description: editor.text.slice(entry.span?.start ?? 0, entry.span?.end ?? 0).slice(0, 80),
    value: [entry],
  }));
  const choice = await deps.ui.pick(allowAll ? [...items, { label: `All ${entries.length}`, description: '', value: entries }] : items, {
    title: `Which ${what}?`,
  });
  return (choice ?? []).map(wrap);
}

export function describe(entry: AnchoredAnnotation): string {
  const body = entry.annotation.body;
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
