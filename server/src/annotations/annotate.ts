/**
 * Creating annotations and resolving a store against a document's current text (pure apart from hashing).
 * Shared by the client (tagging, corrections) and the CLI exporter (claims and corrections on export).
 */

import type { Correction, Span } from '../core/types';
import { CodePointMap } from '../protocol/offsets';
import { reanchor, selectorsFor, type AnchorResult } from './anchoring';
import { newAnnotationId, textSha256 } from './hash';
import { motivationOf, type Annotation, type AnnotationBody, type Creator, type StoreFile } from './model';

export interface NewAnnotation {
  source: string;
  /** The document text (BOM removed) the span refers to. */
  text: string;
  /** UTF-16 span in `text`. */
  span: Span;
  body: AnnotationBody;
  creator: Creator;
  now?: Date;
  id?: string;
}

export function createAnnotation(input: NewAnnotation): Annotation {
  const now = (input.now ?? new Date()).toISOString();
  return {
    id: input.id ?? newAnnotationId(),
    type: 'Annotation',
    motivation: motivationOf(input.body),
    body: input.body,
    target: { source: input.source, sha256: textSha256(input.text), selector: selectorsFor(input.text, input.span) },
    creator: input.creator,
    created: now,
    modified: now,
  };
}

/** The annotation with a new body (an edit by the annotator): `modified` moves on. */
export function withBody(annotation: Annotation, body: AnnotationBody, now = new Date()): Annotation {
  return { ...annotation, body, motivation: motivationOf(body), modified: now.toISOString() };
}

/**
 * The annotation re-targeted at `span` of `text` (after a live edit or re-anchoring). `modified` is kept: moving
 * with the text is not an edit of the annotation, and must not win a merge against a real edit elsewhere.
 */
export function retarget(annotation: Annotation, text: string, span: Span, sha256 = textSha256(text)): Annotation {
  return { ...annotation, target: { ...annotation.target, sha256, selector: selectorsFor(text, span) } };
}

export interface ResolvedAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

/** Places every annotation of a store in the document's current text. */
export function resolveStore(store: StoreFile, text: string): ResolvedAnnotation[] {
  const sha256 = textSha256(text);
  const map = new CodePointMap(text);
  return store.annotations.map((annotation) => ({ annotation, anchor: reanchor(text, annotation.target, sha256, map) }));
}

/** The corrections among resolved annotations, as core `Correction`s (UTF-16 spans); orphans are left out. */
export function correctionsOf(resolved: readonly ResolvedAnnotation[]): Correction[] {
  const corrections: Correction[] = [];
  for (const { annotation, anchor } of resolved) {
    const body = annotation.body;
    if (anchor.status !== 'anchored' || body.type !== 'Correction') {
      continue;
    }
    const span = anchor.span;
    switch (body.action) {
      case 'set-speaker':
        corrections.push({ action: 'set-speaker', target: span, speaker: body.speaker, ...(body.speakerKind ? { speakerKind: body.speakerKind } : {}) });
        break;
      case 'add':
        corrections.push({
          action: 'add',
          layer: body.layer,
          span,
          ...(body.kind !== undefined ? { kind: body.kind } : {}),
          ...(body.value !== undefined ? { value: body.value } : {}),
          ...(body.speaker !== undefined ? { speaker: body.speaker } : {}),
        });
        break;
      case 'reject':
        corrections.push({ action: 'reject', layer: body.layer, span });
        break;
    }
  }
  return corrections;
}
