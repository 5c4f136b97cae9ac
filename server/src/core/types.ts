/**
 * The analysis model shared by every module of the core and by its adapters (LSP server, CLI, exporters).
 *
 * Offsets: every `start`/`end` in the core is a UTF-16 code-unit index into the analysed string (a JS string
 * index), `end` exclusive. That is what JS strings, regexes and LSP positions speak natively; the one place that
 * converts to Unicode code points (for JSONL and exports) or to LSP positions is `server/src/protocol/offsets.ts`.
 * The analysed string is the document text with a leading BOM removed (see `stripBom`).
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** A line of the document, without its terminator ("\n", "\r\n" or "\r"). */
export interface Line extends Span {
  index: number;
}

/** A paragraph: a maximal run of non-blank lines. */
export interface Paragraph extends Span {
  index: number;
  firstLine: number;
  lastLine: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** The text split into lines and paragraphs; sentences are segmented lazily per paragraph and cached. */
export interface TextStructure {
  text: string;
  lines: Line[];
  paragraphs: Paragraph[];
  /** Sentences of one paragraph (segmented with retext's English parser on first use). */
  sentencesOf(paragraph: number): Sentence[];
  /** Index of the line containing `offset` (binary search). */
  lineAt(offset: number): number;
  /** Index of the paragraph containing `offset`, or -1 when the offset lies on a blank line. */
  paragraphAt(offset: number): number;
}

export type QuoteMarks = 'balanced' | 'mismatched' | 'unclosed';
export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title';

export interface Quote extends Span {
  /** start/end cover the text between the marks. */
  text: string;
  open: Span;
  /** null when the quote is unclosed. */
  close: Span | null;
  marks: QuoteMarks;
  kind: QuoteKind;
  /** 0 for a top-level quote, 1 for a quote nested in another one, … */
  depth: number;
  /** Index into `Analysis.speakers`, or null. */
  speaker: number | null;
  /** The mention the quote is attributed to (a pronoun counts). */
  speakerMention: Span | null;
  cue: TextSpan | null;
  inBoilerplate: boolean;
  inComments: boolean;
}

export type SpeakerKind = 'person' | 'org';
export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention extends TextSpan {
  speaker: number;
  kind: MentionKind;
}

export interface Speaker {
  /** Canonical name (longest full name, or a role phrase for unnamed sources). */
  name: string;
  kind: SpeakerKind;
  /** Other surface forms that occur as mentions, pronouns excluded. */
  aliases: string[];
  roles: string[];
  /** Indices into `Analysis.mentions`, in text order. */
  mentions: number[];
  /** Indices into `Analysis.quotes`, in text order. */
  quotes: number[];
  /** Named in the article body but attributed no quote: not counted as a speaker, never offered as a claimant. */
  mentionedOnly: boolean;
  /** False for an unnamed source known only by a role phrase ("the alliance's top military officer"). */
  named: boolean;
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateExpression extends TextSpan {
  /** TIMEX3 value: 2025-12-02, 2025-12, 2025, P3Y, PXD, PRESENT_REF, … */
  value: string;
  type: DateType;
  /** TimeML modifier: APPROX, LESS_THAN, START, … */
  mod?: string;
  /** True when the value depends on an anchor (weekday, "last week", "tomorrow", …). */
  relative: boolean;
  /** The date a relative expression was resolved against (YYYY-MM-DD), when there was one. */
  anchor?: string;
  /** True when the expression is relative but nothing fixes its anchor. */
  unresolved?: boolean;
}

/** Kinds of page furniture; this order is also the order of the semantic-token modifiers (protocol/legend.ts). */
export const BOILERPLATE_KINDS = [
  'title-repeat',
  'caption',
  'photo-credit',
  'byline',
  'dateline',
  'metadata',
  'related-link',
  'read-more',
  'share',
  'tags',
  'navigation',
  'legal',
  'copyright',
  'advertisement',
  'comments',
] as const;

export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number];

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
}

/** given: handed in with the text (CLI, stdin, `.byline/`); stated: printed on the page; inferred: read from clues. */
export type PublishedBasis = 'given' | 'stated' | 'inferred' | 'unknown';

export interface PublishedDate {
  /** YYYY-MM-DD or null. */
  value: string | null;
  /** YYYY-MM or YYYY when only that much is known. */
  partial?: string;
  basis: PublishedBasis;
  evidence: TextSpan | null;
  reason?: string;
}

export interface ArticleMetadata {
  title: TextSpan | null;
  titleRepeats: Span[];
  outlet: TextSpan | null;
  byline: TextSpan | null;
  /** Photo and image credit lines ("(Photo: Jane Roe/Agency)"): the people they name are no speakers. */
  credits: TextSpan[];
  published: PublishedDate;
}

/** A repeated paragraph: `copy` repeats `original` verbatim. */
export interface DuplicateParagraph {
  original: Span;
  copy: Span;
  /** What removing the copy deletes: the copy and the line breaks before it. */
  removal: Span;
}

export type FindingRule =
  | 'unclosed-quote'
  | 'mismatched-quote'
  | 'unattributed-quote'
  | 'duplicate-paragraph'
  | 'unresolved-date';

/** A problem worth telling the annotator about, with an optional text fix. Shared by diagnostics, code actions, CLI. */
export interface Finding extends Span {
  ruleId: FindingRule;
  message: string;
  severity: 'warning' | 'information' | 'hint';
  fix?: { title: string; edits: { start: number; end: number; newText: string }[] };
}

export interface Analysis {
  /** Version of this model; bump when its shape changes. */
  version: 1;
  /** The analysed text (BOM removed). */
  text: string;
  /** True when the text started with a BOM that was removed before analysis. */
  hadBom: boolean;
  structure: TextStructure;
  metadata: ArticleMetadata;
  quotes: Quote[];
  speakers: Speaker[];
  mentions: Mention[];
  dates: DateExpression[];
  boilerplate: Boilerplate[];
  duplicates: DuplicateParagraph[];
  findings: Finding[];
  /** Set when the analysis was cut short (time budget, size limit, cancellation); the result is partial. */
  degraded?: string;
}

export interface CancellationLike {
  readonly isCancellationRequested: boolean;
}

/** Evidence from other files of the same corpus (e.g. lines repeated across an outlet's pages). */
export interface CorpusContext {
  /** Number of documents a normalised line occurs in; see `normalizeLineKey`. */
  lineDocumentFrequency(key: string): number;
  /** Number of documents in the corpus. */
  readonly documentCount: number;
}

export interface AnalyzeOptions {
  /**
   * The publication date to resolve relative dates against, overriding what the text says: a date given as input
   * (YYYY-MM-DD, an ISO date-time, YYYY-MM or YYYY; see `parseGivenDate`, which throws on a malformed one), or an
   * already resolved `PublishedDate` carried over as is.
   */
  published?: string | PublishedDate;
  /**
   * The locale the article was written in (BCP 47, e.g. en-GB): orders day and month in numeric dates such as
   * 08/01/2008, which stay underspecified (2008-XX-XX) without one.
   */
  locale?: string;
  corpus?: CorpusContext;
  /** Furniture already decided by the caller (a region re-analysed inside a known document): not detected again. */
  boilerplate?: Boilerplate[];
  token?: CancellationLike;
  /** Soft time budget in ms; stages after it is spent are skipped and `degraded` is set. */
  budgetMs?: number;
  /** Annotator corrections applied on top of the automatic analysis. */
  corrections?: Correction[];
}

/** An annotation layer an annotator can correct. */
export type CorrectableLayer = 'quote' | 'date' | 'boilerplate';

/**
 * An annotator's correction of the automatic analysis (stored by the client in `.byline/`, anchored there by
 * selectors; here already resolved to UTF-16 offsets of the current text). Corrections win over the analysis.
 */
export type Correction =
  /** The quote overlapping `target` is attributed to `speaker` (a canonical name; created if unknown). */
  | { action: 'set-speaker'; target: Span; speaker: string; speakerKind?: SpeakerKind }
  /** A span the analysis missed: a quote (with optional kind and speaker), a date (with value), or boilerplate (with kind). */
  | { action: 'add'; layer: CorrectableLayer; span: Span; kind?: string; value?: string; speaker?: string }
  /** The automatic annotation of this layer overlapping `span` is wrong and is removed. */
  | { action: 'reject'; layer: CorrectableLayer; span: Span };
