/**
 * Export Corpus as a `byline/*` request the language server answers (every editor: the VS Code command, the
 * `byline.exportCorpus` executeCommand): the formats, the options, the request with work-done progress
 * ($/progress, from `workDoneToken` or created by the server) and cancellation, and the summary.
 */
/* eslint-disable @typescript-eslint/no-namespace -- the LSP convention (XRequest.method / XRequest.type) */
import { RequestType } from 'vscode-languageserver-protocol';
import type { WorkDoneProgressParams } from 'vscode-languageserver-protocol';

export const FORMAT_NAMES = ['jsonl', 'webanno', 'brat', 'conll', 'spans', 'claimreview', 'standoff'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMAT_DESCRIPTIONS: Record<FormatName, string> = {
  jsonl: 'native JSONL (corpus.jsonl), one document a line, schema byline-corpus-2',
  webanno: 'W3C Web Annotation JSON-LD (web-annotation.jsonl), one AnnotationPage per document a line',
  brat: 'brat standoff: brat/<doc>.txt + .ann and brat/annotation.conf',
  conll: 'CoNLL-style IOB columns token, start, end, tag (corpus.conll)',
  spans: 'spaCy/Prodigy/doccano span JSONL {"text","spans":[{"start","end","label"}],"label":[[start,end,label]]} (spans.jsonl)',
  claimreview: 'schema.org ClaimReview JSON-LD for claims with a verdict (claimreview.jsonl)',
  standoff: 'annotations without article text (standoff.jsonl), for `byline hydrate`',
};

export interface ExportChoices {
  /** Leave boilerplate out of the exported text (offsets then refer to the shortened text). Default false. */
  dropBoilerplate?: boolean;
  /** Only corrected and manual annotations, leaving out what the analysis found alone. Default false. */
  manualOnly?: boolean;
  /** Claims labelled by their own label (e.g. opinion) instead of Claim in brat, CoNLL and spans. Default false. */
  claimLabels?: boolean;
}

export interface ExportPlanParams {
  /** Files and folders (file URIs or absolute paths); the workspace folders when empty or absent. */
  sources?: string[];
}

export interface ExportPlanResult {
  /** Article files that would be exported. */
  documents: number;
  /** Article files left out because Byline is off for them (byline.exclude, byline.disabledFiles). */
  skipped: number;
}

/** How many documents an export of `sources` would write (the client says so before asking for formats). */
export namespace ExportPlanRequest {
  export const method = 'byline/exportPlan' as const;
  export const type = new RequestType<ExportPlanParams, ExportPlanResult, void>(method);
}

export interface ExportParams extends ExportPlanParams, WorkDoneProgressParams {
  /** At least one of FORMAT_NAMES. */
  formats: FormatName[];
  options?: ExportChoices;
  /** The new folder to write (file URI or absolute path); it must not exist, or be empty. */
  destination: string;
  /** Replace an earlier Byline export at `destination` (only the files its manifest lists are removed). */
  overwrite?: boolean;
}

export interface ExportResult {
  /** True when the export was cancelled: nothing was written. */
  cancelled: boolean;
  /** The folder written (absolute path), or null when nothing was. */
  destination: string | null;
  documents: number;
  skipped: number;
  failed: { path: string; error: string }[];
  quotes: number;
  speakers: number;
  dates: number;
  claims: number;
  orphans: number;
}

/**
 * Exports the documents with their stored claims and corrections under the user's settings. Progress is
 * reported as work-done progress; cancelling the request (or the progress) stops it and leaves nothing behind.
 * A destination that is refused (outside the allowed places, not empty) is an error response with the reason.
 */
export namespace ExportRequest {
  export const method = 'byline/export' as const;
  export const type = new RequestType<ExportParams, ExportResult, void>(method);
}
