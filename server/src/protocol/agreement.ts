/**
 * The `byline/*` messages of Compare Annotations: the server compares this workspace folder's annotations ("mine",
 * the reference) with a colleague's folder or with another annotator of the same store ("theirs"), and applies
 * the annotator's adjudication of each disagreement as store writes (with a backup of the store file first).
 * Ranges are LSP ranges in the text on disk.
 */
/* eslint-disable @typescript-eslint/no-namespace -- the LSP convention (XRequest.method / XRequest.type) */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { Difference, LayerAgreement } from '../agreement/compare';
import type { AgreementLayer } from '../agreement/types';

export type { Difference, LayerAgreement, SpanAgreement } from '../agreement/compare';
export type { Coefficient } from '../agreement/statistics';
export type { AgreementLayer } from '../agreement/types';

/** What "mine" is compared with. */
export type ComparisonTarget =
  /** A colleague's copy of the corpus: a folder holding `.byline/` (or the `.byline` folder itself). */
  | { kind: 'folder'; path: string }
  /** Two annotators (creator names) of this workspace folder's store. */
  | { kind: 'annotators'; mine: string; theirs: string };

export interface CompareParams {
  /** URI of the workspace folder whose store is "mine"; the first folder when absent. */
  folder?: string;
  target: ComparisonTarget;
}

export interface ComparedSpan {
  /** Annotation id in its store. */
  id: string;
  range: Range;
  /** The annotated text. */
  text: string;
  label: string;
  value?: string;
  attribution?: string;
  creator?: string;
}

export interface DisagreementItem {
  layer: AgreementLayer;
  /** Empty when only one side marked the span. */
  differences: Difference[];
  mine: ComparedSpan | null;
  theirs: ComparedSpan | null;
}

export interface FileComparison {
  uri: string;
  /** Workspace-relative path in my folder. */
  source: string;
  /** The same text's path on their side (it may have been renamed). */
  theirSource: string;
  layers: LayerAgreement[];
  disagreements: DisagreementItem[];
}

export interface CompareResult {
  mine: string;
  theirs: string;
  /** Every layer pooled over the compared files. */
  overall: LayerAgreement[];
  files: FileComparison[];
  /** Texts not compared, with why (changed on one side, or present on one side only). */
  notCompared: { source: string; reason: string }[];
}

/** Compares the annotations; an error response carries a message for the user (no store, unknown annotator…). */
export namespace CompareAnnotationsRequest {
  export const method = 'byline/compareAnnotations' as const;
  export const type = new RequestType<CompareParams, CompareResult, void>(method);
}

export interface AnnotatorsParams {
  folder?: string;
}

export interface AnnotatorsResult {
  /** Every creator name in the folder's store with its number of annotations, most first. */
  annotators: { name: string; annotations: number }[];
  /** The name new annotations are recorded under here (`byline.annotator`, else the OS user name). */
  current: string;
}

export namespace AnnotatorsRequest {
  export const method = 'byline/annotators' as const;
  export const type = new RequestType<AnnotatorsParams, AnnotatorsResult, void>(method);
}

export type Resolution = 'keep-mine' | 'take-theirs' | 'keep-both' | 'drop-both';

export interface ResolveParams {
  folder?: string;
  target: ComparisonTarget;
  /** The file's `source` and `theirSource` from the comparison. */
  source: string;
  theirSource: string;
  mine: string | null;
  theirs: string | null;
  resolution: Resolution;
}

export interface ResolveResult {
  /** Annotations written (copies of theirs) and removed in my store. */
  added: number;
  removed: number;
  /** Where the store file was copied before the write (null when nothing was written). */
  backup: string | null;
}

/**
 * Applies one adjudication to my store: keep mine (with two annotators of one store, theirs is removed), take theirs
 * (mine removed, a copy of theirs added — with another annotator it is already there), keep both (a copy of theirs
 * added), drop both. Refused in an untrusted workspace.
 */
export namespace ResolveDisagreementRequest {
  export const method = 'byline/resolveDisagreement' as const;
  export const type = new RequestType<ResolveParams, ResolveResult, void>(method);
}
