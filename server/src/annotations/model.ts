/**
 * The Byline annotation store format, version 1 — modeled on the W3C Web Annotation data model
 * (https://www.w3.org/TR/annotation-model/): an annotation has a body (what is said) and a target (where),
 * the target is anchored by a TextQuoteSelector and a TextPositionSelector.
 *
 * Layout on disk: one store file per annotated document, in the workspace folder's `.byline/annotations/`,
 * named after the document's workspace-relative path (`storeFileName`), e.g.
 *   articles/2025/city-budget.txt  →  .byline/annotations/articles/2025/city-budget.txt.json
 * Why one file per document rather than one per workspace: two annotators (or two windows, or a git merge)
 * working on different articles never touch the same file; a damaged file costs one document, not the corpus;
 * opening an article reads only its own annotations. The JSON Schema is `schemas/byline-store-1.schema.json`.
 *
 * Offsets: `TextPositionSelector.start/end` are Unicode code points (end exclusive) into the document text as
 * decoded from UTF-8 with a leading BOM removed and line endings kept as they are ("\r\n" counts 2). The same
 * text is hashed for `target.sha256` (hex SHA-256 of its UTF-8 bytes). Conversion to UTF-16 offsets happens
 * only through `server/src/protocol/offsets.ts`.
 *
 * This module holds types and small pure helpers only: no vscode, no fs.
 */

import type { CorrectableLayer, SpeakerKind } from '../core/types';

export const STORE_SCHEMA_VERSION = 1;
/** Folder, relative to a workspace folder root, that holds everything Byline writes. */
export const STORE_DIR = '.byline';
/** Sub-folder of `STORE_DIR` with one store file per annotated document. */
export const ANNOTATIONS_DIR = 'annotations';
/** Where a store file that could not be read is copied before anything else happens (under `STORE_DIR`). */
export const BACKUP_DIR = 'backup';

/** Default claim labels; the set is configurable (`byline.claims.labels`). */
export const DEFAULT_CLAIM_LABELS: readonly string[] = [
  'claim',
  'check-worthy claim',
  'opinion',
  'prediction',
  'not a claim',
];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The annotated text itself. */
  exact: string;
  /** Up to `CONTEXT_LENGTH` code points of text just before `exact` (shorter at the start of the document). */
  prefix: string;
  /** Up to `CONTEXT_LENGTH` code points of text just after `exact`. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Code-point offset of the first character. */
  start: number;
  /** Code-point offset just after the last character. */
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Number of code points of context kept in `prefix` / `suffix`. */
export const CONTEXT_LENGTH = 32;

export interface AnnotationTarget {
  /** Workspace-folder-relative path of the document, with "/" separators. */
  source: string;
  /** Hex SHA-256 of the document text (see the module comment) when the selectors were last computed. */
  sha256: string;
  /** Always one TextQuoteSelector and one TextPositionSelector, in that order. */
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** A claim tag (W3C motivation "classifying"). Attributes are optional free strings; `label` is one of the configured labels. */
export interface ClaimBody {
  type: 'ClaimTag';
  label: string;
  /** Who makes the claim (often the speaker of the enclosing quote). */
  claimant?: string;
  /** E.g. statistic, causal, quote-of-record… (configurable list, free text allowed). */
  claimType?: string;
  /** Fact-check verdict or rating, e.g. true, mostly false. */
  verdict?: string;
  note?: string;
}

/**
 * An annotator's correction of the automatic analysis (W3C motivation "editing"). Mirrors the core `Correction`
 * without offsets, which live in the target: `set-speaker` names the speaker of the quote under the target;
 * `add` marks the target as a quote/date/boilerplate span the analysis missed; `reject` removes the automatic
 * annotation of `layer` that overlaps the target.
 */
export type CorrectionBody =
  | { type: 'Correction'; action: 'set-speaker'; speaker: string; speakerKind?: SpeakerKind; note?: string }
  | {
      type: 'Correction';
      action: 'add';
      layer: CorrectableLayer;
      /** Quote kind, boilerplate kind, … */
      kind?: string;
      /** TIMEX3 value of an added date. */
      value?: string;
      /** Speaker of an added quote. */
      speaker?: string;
      note?: string;
    }
  | { type: 'Correction'; action: 'reject'; layer: CorrectableLayer; note?: string };

export type AnnotationBody = ClaimBody | CorrectionBody;

export type Motivation = 'classifying' | 'editing';

export interface Creator {
  type: 'Person' | 'Software';
  name: string;
}

export interface Annotation {
  /** Globally unique, `urn:uuid:<uuid v4>`; the key for merging concurrent writers. */
  id: string;
  type: 'Annotation';
  /** "classifying" for claim tags, "editing" for corrections. */
  motivation: Motivation;
  body: AnnotationBody;
  target: AnnotationTarget;
  creator: Creator;
  /** ISO 8601 UTC timestamps. */
  created: string;
  modified: string;
}

/** One store file: the annotations of one document. */
export interface StoreFile {
  /** Bumped on any incompatible change; readers refuse newer versions and migrate older ones. */
  schemaVersion: typeof STORE_SCHEMA_VERSION;
  type: 'BylineAnnotationStore';
  /** Same as every annotation's `target.source`. */
  source: string;
  annotations: Annotation[];
}

export function isClaim(annotation: Annotation): annotation is Annotation & { body: ClaimBody } {
  return annotation.body.type === 'ClaimTag';
}

export function isCorrection(annotation: Annotation): annotation is Annotation & { body: CorrectionBody } {
  return annotation.body.type === 'Correction';
}

export function motivationOf(body: AnnotationBody): Motivation {
  return body.type === 'ClaimTag' ? 'classifying' : 'editing';
}

export function emptyStore(source: string): StoreFile {
  return { schemaVersion: STORE_SCHEMA_VERSION, type: 'BylineAnnotationStore', source, annotations: [] };
}

/** Characters kept as-is in a store file name segment; everything else (incl. "%") is percent-encoded. */
const SAFE_SEGMENT = /[A-Za-z0-9._\- ()[\]+,=@~]/u;

/**
 * Store file path (relative to `.byline/annotations/`, "/" separators) for a document's workspace-relative path.
 * Folders are mirrored so the store is easy to browse; each segment is percent-encoded so the mapping is
 * injective and safe on every file system (no ":", "\", "..", reserved characters).
 */
export function storeFileName(source: string): string {
  const segments = source.split('/').filter((segment) => segment !== '' && segment !== '.');
  return (
    segments
      .map((segment) => {
        const encoded = Array.from(segment, (char) =>
          SAFE_SEGMENT.test(char)
            ? char
            : Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
        ).join('');
        return encoded === '..' ? '%2E%2E' : encoded;
      })
      .join('/') + '.json'
  );
}

/** Inverse of `storeFileName`. */
export function sourceOfStoreFileName(fileName: string): string {
  return fileName
    .replace(/\.json$/u, '')
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
}
