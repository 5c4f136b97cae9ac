/**
 * The annotations of one document as the language server holds them: each stored annotation with its live UTF-16
 * span in the current text, or as an orphan. Pure (no fs, no LSP).
 */

import type { Correction, Span } from '../core/types';
import { correctionsOf, resolveStore, retarget } from './annotate';
import { moveSpan, reanchor, type ContentChange } from './anchoring';
import { textSha256 } from './hash';
import type { Annotation, StoreFile } from './model';

const DELETED_WHILE_EDITING = 'its text was deleted';

/** Identifies a document and where its annotations are stored. */
export interface DocumentKey {
  /** The document URI, as a string. */
  uri: string;
  /** File system path of the workspace folder that holds the `.byline/` store. */
  root: string;
  /** Workspace-folder-relative path with "/" separators (the store's `source`). */
  source: string;
}

export interface AnchoredAnnotation {
  annotation: Annotation;
  /** UTF-16 span in the current text, or null for an orphan. */
  span: Span | null;
  /** Why the annotation could not be placed (orphans only). */
  orphanReason?: string;
  /** True when the span moved since the selectors were last written (re-anchored, or moved by edits). */
  moved: boolean;
}

export class DocumentAnnotations {
  private constructor(
    readonly key: DocumentKey,
    public entries: AnchoredAnnotation[],
    /** True when the store file could not be read: nothing is written for this document. */
    readonly readOnly: boolean,
    /** The text the annotations were placed in (the live text may have moved on since, while it is open). */
    readonly placedIn: string,
  ) {}

  static resolve(key: DocumentKey, store: StoreFile, text: string, readOnly = false): DocumentAnnotations {
    const entries = resolveStore(store, text).map(({ annotation, anchor }): AnchoredAnnotation =>
      anchor.status === 'anchored'
        ? { annotation, span: anchor.span, moved: anchor.method !== 'unchanged' && anchor.method !== 'position' }
        : { annotation, span: null, orphanReason: anchor.reason, moved: false },
    );
    return new DocumentAnnotations(key, entries, readOnly, text);
  }

  static empty(key: DocumentKey, readOnly = false): DocumentAnnotations {
    return new DocumentAnnotations(key, [], readOnly, '');
  }

  /**
   * Merges what is on disk now (after our write or another writer's) with what we hold: annotations we already
   * hold keep their live span, new or changed ones are placed in the current text.
   */
  merged(store: StoreFile, text: string, readOnly = this.readOnly): DocumentAnnotations {
    const live = new Map(this.entries.map((entry) => [entry.annotation.id, entry]));
    const fresh = DocumentAnnotations.resolve(this.key, store, text, readOnly);
    fresh.entries = fresh.entries.map((entry) => {
      const held = live.get(entry.annotation.id);
      const sameTarget = held && JSON.stringify(held.annotation.target) === JSON.stringify(entry.annotation.target);
      return held && sameTarget ? { ...held, annotation: entry.annotation } : entry;
    });
    return fresh;
  }

  /**
   * Follows live edits; returns true when any span moved or was lost. With the new `text`, annotations whose text
   * was deleted during this session are looked for again, so an undo brings them back.
   */
  applyChanges(changes: readonly ContentChange[], text?: () => string): boolean {
    let changed = false;
    for (const change of changes) {
      for (const entry of this.entries) {
        if (!entry.span) {
          continue;
        }
        const moved = moveSpan(entry.span, change);
        if (!moved) {
          entry.span = null;
          entry.orphanReason = DELETED_WHILE_EDITING;
          changed = true;
        } else if (moved.start !== entry.span.start || moved.end !== entry.span.end) {
          entry.span = moved;
          entry.moved = true;
          changed = true;
        }
      }
    }
    const lost = this.entries.filter((entry) => entry.span === null && entry.orphanReason === DELETED_WHILE_EDITING);
    if (text !== undefined && lost.length > 0) {
      const current = text();
      for (const entry of lost) {
        const anchor = reanchor(current, entry.annotation.target);
        if (anchor.status === 'anchored') {
          entry.span = anchor.span;
          entry.moved = true;
          delete entry.orphanReason;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Annotations whose span overlaps `span` (or contains the point, for an empty span). */
  at(span: Span): AnchoredAnnotation[] {
    return this.entries.filter(
      (entry) =>
        entry.span !== null &&
        (span.start === span.end
          ? entry.span.start <= span.start && span.start <= entry.span.end
          : entry.span.start < span.end && span.start < entry.span.end),
    );
  }

  byId(id: string): AnchoredAnnotation | undefined {
    return this.entries.find((entry) => entry.annotation.id === id);
  }

  get orphans(): AnchoredAnnotation[] {
    return this.entries.filter((entry) => entry.span === null);
  }

  /** The corrections for the language server, in UTF-16 offsets of the current text. */
  corrections(): Correction[] {
    return correctionsOf(
      this.entries.map(({ annotation, span }) => ({
        annotation,
        anchor: span ? { status: 'anchored', span, method: 'unchanged' } : { status: 'orphan', reason: '' },
      })),
    );
  }

  /** Annotations that moved, re-targeted at their live spans in `text` (to be written when `text` is saved). */
  retargetedMoved(text: string): Annotation[] {
    const sha256 = textSha256(text);
    return this.entries
      .filter((entry): entry is AnchoredAnnotation & { span: Span } => entry.moved && entry.span !== null)
      .map((entry) => retarget(entry.annotation, text, entry.span, sha256));
  }
}
