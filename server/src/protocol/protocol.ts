/**
 * Every custom `byline/*` message between the client and the language server, declared once and imported by both
 * sides (the client through this folder). Keep it backward compatible: add optional fields, never rename.
 * Types only come from `vscode-languageserver-protocol`, so the client bundle does not pull in the server runtime.
 */
/* eslint-disable @typescript-eslint/no-namespace -- the LSP convention (XRequest.method / XRequest.type), as vscode-languageserver-protocol declares its own messages */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Position, Range, TextDocumentIdentifier } from 'vscode-languageserver-protocol';
import type { Correction, PublishedBasis, SpeakerKind } from '../core/types';

// ---------------------------------------------------------------------------------------------------------------
// Client → server
// ---------------------------------------------------------------------------------------------------------------

export interface CorrectionsParams {
  /** The document the corrections belong to. */
  uri: string;
  /** Corrections resolved to UTF-16 offsets of the document's current text; they win over the analysis. */
  corrections: Correction[];
  /** The document version the offsets were resolved against, when the document is open. */
  version?: number;
}

/**
 * The annotator's corrections for one document (sent on open, after each change to `.byline/` and after edits
 * moved the anchors). An empty list clears them. The server re-analyses and refreshes tokens and diagnostics.
 */
export namespace CorrectionsNotification {
  export const method = 'byline/corrections' as const;
  export const type = new NotificationType<CorrectionsParams>(method);
}

export interface AnalysisParams {
  textDocument: TextDocumentIdentifier;
  /** When given, the result describes the quote and speaker at this position too. */
  position?: Position;
}

export interface AnalysisCounts {
  quotes: number;
  /** Speakers with at least one quote (the names only mentioned are not counted). */
  speakers: number;
  dates: number;
  boilerplate: number;
  findings: number;
}

export interface SpeakerRef {
  /** Canonical name, as in `WorkspaceSpeaker.name`. */
  name: string;
  kind: SpeakerKind;
}

export interface AnalysisResult {
  uri: string;
  /** Version of the document that was analysed (0 when read from disk). */
  version: number;
  /** False when Byline is switched off for this document (setting, `byline: off` marker, exclude glob, binary). */
  enabled: boolean;
  /** Why the document is off or analysed in reduced mode. */
  reason?: string;
  /** Set when the analysis is partial (size limit, time budget). */
  degraded?: string;
  counts: AnalysisCounts;
  title: string | null;
  /** YYYY-MM-DD, or null when the article's date is unknown. */
  published: string | null;
  /** YYYY-MM or YYYY when only that much of the article's date is known. */
  publishedPartial?: string;
  /** Where the article's date comes from: given (by the user), stated (on the page), inferred, unknown. */
  publishedBasis?: PublishedBasis;
  /** The basis in words: "set by Ada in .byline/metadata", "stated on the page (dateline): “…”". */
  publishedWhy?: string;
  /** Relative dates the article's date could not resolve. */
  unresolvedDates?: number;
  /** The innermost quote containing `position`, when a position was given. */
  quoteAtPosition?: { range: Range; text: string; speaker: SpeakerRef | null } | null;
  /** The speaker of the quote or mention at `position`. */
  speakerAtPosition?: SpeakerRef | null;
  /** The claimant a claim tagged at `position` starts with: that quote's or mention's speaker, when quoted and named. */
  claimantAtPosition?: SpeakerRef | null;
}

/** Per-document summary for the status bar, plus what is at a position. */
export namespace AnalysisRequest {
  export const method = 'byline/analysis' as const;
  export const type = new RequestType<AnalysisParams, AnalysisResult, void>(method);
}

export interface WorkspaceSpeakersParams {
  /** Case-insensitive substring filter on names and aliases; all speakers when absent. */
  query?: string;
  /** Restrict to speakers occurring in this document. */
  uri?: string;
  /** Files listed per speaker (default 50). */
  maxFiles?: number;
}

export interface WorkspaceSpeakerFile {
  uri: string;
  quotes: number;
  mentions: number;
  /** The first mention in that file. */
  firstMention: Range;
}

export interface WorkspaceSpeaker extends SpeakerRef {
  aliases: string[];
  roles: string[];
  quotes: number;
  mentions: number;
  /** Named in the workspace's articles but quoted in none: not counted as a speaker. */
  mentionedOnly: boolean;
  /** Offered in the claimant pick: quoted, and named (an unnamed role phrase is not). */
  claimant: boolean;
  /** The files with the most quotes first; at most `maxFiles` of them (see `fileCount`). */
  files: WorkspaceSpeakerFile[];
  /** How many files mention the speaker in all (may exceed `files.length`). */
  fileCount?: number;
}

export interface WorkspaceSpeakersResult {
  speakers: WorkspaceSpeaker[];
  /** False while the background index is still being built (the list is then partial). */
  complete: boolean;
}

/** Speakers across the workspace index, for the client's speakers view, most quoted first. */
export namespace WorkspaceSpeakersRequest {
  export const method = 'byline/workspaceSpeakers' as const;
  export const type = new RequestType<WorkspaceSpeakersParams, WorkspaceSpeakersResult, void>(method);
}

// ---------------------------------------------------------------------------------------------------------------
// Server → client
// ---------------------------------------------------------------------------------------------------------------

export interface IndexStatusParams {
  state: 'indexing' | 'ready';
  indexedFiles: number;
  totalFiles: number;
}

/**
 * Progress of the workspace speaker index; `ready` is sent once the first full index is built and after each
 * batch of file changes is applied. The client refreshes its speakers view on it (and tests wait for it).
 */
export namespace IndexStatusNotification {
  export const method = 'byline/indexStatus' as const;
  export const type = new NotificationType<IndexStatusParams>(method);
}

/** The settings section the server reads through workspace/configuration. */
export const settingsSection = 'byline' as const;
