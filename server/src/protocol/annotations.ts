/**
 * The `byline/*` messages of the annotation store, which the language server owns: listing, adding, editing and
 * removing claims and corrections per document, and the change notification the client's views follow.
 * Ranges are LSP ranges in the document's current text (the open version when it is open, else the file).
 */
/* eslint-disable @typescript-eslint/no-namespace -- the LSP convention (XRequest.method / XRequest.type) */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { Annotation, AnnotationBody } from '../annotations/model';

export type { Annotation, AnnotationBody, ClaimBody, CorrectionBody, Creator } from '../annotations/model';
export type { CorrectableLayer, Span } from '../core/types';
// STORE_DIR: the workspace folder's `.byline/`, which the server owns and the client creates on the user's word
export { DEFAULT_CLAIM_LABELS, STORE_DIR } from '../annotations/model';
export { BOILERPLATE_KINDS } from '../core/types';

export interface AnnotationItem {
  /** As stored in `.byline/` (W3C Web Annotation shape; see schemas/). */
  annotation: Annotation;
  /** Where it is in the current text, or null for an orphan (its text was not found). */
  range: Range | null;
  /** Why it could not be placed (orphans only). */
  orphanReason?: string;
  /** An orphan's last known line (from its stored position), for listing it. */
  lastLine?: number;
}

export interface DocumentAnnotationsResult {
  uri: string;
  /** Workspace-folder-relative path, the store's key. */
  source: string;
  /** The document version the ranges refer to; absent when they refer to the file on disk. */
  version?: number;
  /** True when the store file could not be read (it is backed up and left alone): nothing is written for it. */
  readOnly: boolean;
  items: AnnotationItem[];
}

export interface ListAnnotationsParams {
  /** One document; every annotated document of the workspace when absent. */
  uri?: string;
}

export interface ListAnnotationsResult {
  documents: DocumentAnnotationsResult[];
}

/** The claims and corrections of a document (or of every annotated document), placed in their current text. */
export namespace ListAnnotationsRequest {
  export const method = 'byline/annotations' as const;
  export const type = new RequestType<ListAnnotationsParams, ListAnnotationsResult, void>(method);
}

export interface AddAnnotationsParams {
  uri: string;
  /** One annotation per range, all with the same body (multi-cursor tagging). */
  ranges: Range[];
  body: AnnotationBody;
}

export interface AddAnnotationsResult {
  /** The stored annotations, in the order of `ranges`. */
  annotations: Annotation[];
}

/**
 * Tags claims or records corrections. Refused (an error response with a message for the user) in an untrusted
 * workspace, outside a workspace folder, for a read-only store file, or for a body that does not fit the schema.
 */
export namespace AddAnnotationsRequest {
  export const method = 'byline/addAnnotations' as const;
  export const type = new RequestType<AddAnnotationsParams, AddAnnotationsResult, void>(method);
}

export interface EditAnnotationParams {
  uri: string;
  id: string;
  body: AnnotationBody;
}

/** Replaces an annotation's body (label and attributes of a claim); null when there is no such annotation. */
export namespace EditAnnotationRequest {
  export const method = 'byline/editAnnotation' as const;
  export const type = new RequestType<EditAnnotationParams, Annotation | null, void>(method);
}

export interface RemoveAnnotationsParams {
  uri: string;
  ids: string[];
}

export interface RemoveAnnotationsResult {
  /** What was removed, for an Undo (send them back with RestoreAnnotationsRequest). */
  removed: Annotation[];
}

export namespace RemoveAnnotationsRequest {
  export const method = 'byline/removeAnnotations' as const;
  export const type = new RequestType<RemoveAnnotationsParams, RemoveAnnotationsResult, void>(method);
}

export interface RestoreAnnotationsParams {
  uri: string;
  annotations: Annotation[];
}

/** Puts removed annotations back (Undo of a removal). */
export namespace RestoreAnnotationsRequest {
  export const method = 'byline/restoreAnnotations' as const;
  export const type = new RequestType<RestoreAnnotationsParams, void, void>(method);
}

export interface AnnotationsChangedParams {
  uri: string;
}

/**
 * Server → client: a document's annotations changed (tagged, edited, moved by edits, orphaned, changed on disk by
 * another writer). The client asks for them again with ListAnnotationsRequest.
 */
export namespace AnnotationsChangedNotification {
  export const method = 'byline/annotationsChanged' as const;
  export const type = new NotificationType<AnnotationsChangedParams>(method);
}

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/**
 * Client → server: whether the workspace is trusted (also sent as `initializationOptions.trusted`). In an
 * untrusted workspace the server writes nothing. Editors without the notion never send it: trusted.
 */
export namespace WorkspaceTrustNotification {
  export const method = 'byline/workspaceTrust' as const;
  export const type = new NotificationType<WorkspaceTrustParams>(method);
}

/** Why nothing is written in an untrusted workspace (the server's refusal; the client warns before asking). */
export const UNTRUSTED_WORKSPACE_MESSAGE = 'Byline writes nothing in an untrusted workspace. Trust the workspace to save annotations.';

/** What a client may pass as `initializationOptions`. */
export interface BylineInitializationOptions {
  /** False in an untrusted workspace (default true). */
  trusted?: boolean;
  /**
   * True when the client registers the `byline.*` editor commands itself (the VS Code extension, which asks for
   * labels in quick picks): the server then does not advertise its executeCommand commands under the same names.
   */
  clientCommands?: boolean;
}
