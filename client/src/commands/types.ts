/**
 * The thin interfaces the command logic sees instead of the vscode API, so each command is unit-testable under
 * node:test with fakes (test/unit/commands.*.test.ts). extension-side adapters live in ../vscodeAdapters.ts.
 */

import type { AnalysisResult, WorkspaceSpeaker } from '../../../server/src/protocol/protocol';
import type { Position } from '../../../server/src/protocol/offsets';
import type { Span } from '../../../server/src/protocol/annotations';
import type { PublicationDateInfo } from '../../../server/src/protocol/publication';
import type { AnnotationClient } from '../annotations';

/** The active editor, reduced to what commands need. Offsets are UTF-16. */
export interface EditorState {
  uri: string;
  /** False when the document is not a file inside a workspace folder (nothing can be stored for it). */
  inWorkspace: boolean;
  /** True when the document is a news article (Byline's language), not some other file open in the editor. */
  article: boolean;
  text: string;
  /** Selections in order; an empty span is a cursor. */
  selections: Span[];
}

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
}

export interface Ui {
  pick<T>(items: PickItem<T>[], options: { title: string; placeholder?: string; activeIndex?: number }): Promise<T | undefined>;
  input(options: {
    title: string;
    prompt?: string;
    value?: string;
    placeholder?: string;
    /** A message when the value is not acceptable (shown as the user types), undefined when it is. */
    validateInput?: (value: string) => string | undefined;
  }): Promise<string | undefined>;
  /** An information message with optional buttons; resolves to the button chosen. */
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  warn(message: string): void;
  error(message: string): void;
}

export interface ServerQueries {
  /** The server's analysis summary of a document, with what is at `position`; null when the server is not running. */
  analysisAt(uri: string, position: Position): Promise<AnalysisResult | null>;
  speakers(uri?: string): Promise<WorkspaceSpeaker[]>;
  /** The document's publication date, its basis and what the text says; null when not analysed or no server. */
  publicationDate(uri: string): Promise<PublicationDateInfo | null>;
  /** Stores (or clears, with null) the document's given date; rejects with the server's message when refused. */
  setPublicationDate(uri: string, value: string | null): Promise<PublicationDateInfo | null>;
}

export interface ClaimSettings {
  labels: string[];
  claimTypes: string[];
  verdicts: string[];
  /** Ask claim type, verdict and note when tagging (label and claimant are always asked). */
  askAttributes: boolean;
}

export interface CommandDeps {
  ui: Ui;
  editor(): EditorState | undefined;
  annotations: AnnotationClient;
  server: ServerQueries;
  claimSettings(): ClaimSettings;
}

/** What the claims view passes to context-menu commands. */
export interface AnnotationRef {
  uri: string;
  id: string;
}

export function isAnnotationRef(value: unknown): value is AnnotationRef {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Record<string, unknown>;
  return typeof record.uri === 'string' && typeof record.id === 'string';
}

export type CommandHandler = (...args: unknown[]) => Promise<void>;
