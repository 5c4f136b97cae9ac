/** Merging concurrent writers' annotations (pure). The annotation id is the key; the newest `modified` wins. */

import type { Annotation } from './model';

export interface Deletion {
  id: string;
  /** ISO timestamp of the deletion. */
  at: string;
}

export interface StoreChanges {
  upserts: Annotation[];
  deletions: Deletion[];
}

function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isNaN(value) ? 0 : value;
}

/**
 * Applies our changes on top of what is on disk now. An annotation changed on disk after our change (another
 * window edited it later) is kept as it is on disk; a deletion loses against a later edit made elsewhere.
 * Annotations we did not touch are kept, so nothing another writer saved is lost.
 */
export function mergeChanges(onDisk: readonly Annotation[], changes: StoreChanges): Annotation[] {
  const byId = new Map(onDisk.map((annotation) => [annotation.id, annotation]));
  for (const upsert of changes.upserts) {
    const current = byId.get(upsert.id);
    if (!current || time(current.modified) <= time(upsert.modified)) {
      byId.set(upsert.id, upsert);
    }
  }
  for (const deletion of changes.deletions) {
    const current = byId.get(deletion.id);
    if (current && time(current.modified) <= time(deletion.at)) {
      byId.delete(deletion.id);
    }
  }
  return sortAnnotations([...byId.values()]);
}

/** Document order (by code-point start), then creation time: stable files, small diffs. */
export function sortAnnotations(annotations: Annotation[]): Annotation[] {
  return annotations.sort(
    (a, b) =>
      a.target.selector[1].start - b.target.selector[1].start ||
      a.target.selector[1].end - b.target.selector[1].end ||
      a.created.localeCompare(b.created) ||
      a.id.localeCompare(b.id),
  );
}
