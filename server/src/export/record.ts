/**
 * The native export record, format "byline-corpus" version 2: one JSON object per document and per line of
 * `corpus.jsonl`. Its JSON Schema is `schemas/byline-corpus-2.schema.json` (version 1, before the byline, credits and
 * the speakers' quote counts, stays in `schemas/` for older exports; `byline hydrate` reads both).
 * Every other format is rendered from this record, and `byline hydrate` rebuilds it from a text-free standoff.
 *
 * Offsets: Unicode code points into `text` (the exported text), end exclusive. `removed` lists the source ranges
 * (code points into the source text) left out of `text` when boilerplate removal is on.
 */

export const CORPUS_FORMAT = 'byline-corpus';
export const CORPUS_VERSION = 2;

export type Provenance = 'automatic' | 'corrected' | 'manual';

export interface CodePointSpan {
  start: number;
  end: number;
}

export interface TextPiece extends CodePointSpan {
  text: string;
}

/** Who made or changed a span by hand (a correction in the store), and when; absent on automatic spans. */
export interface Credit {
  creator?: string;
  created?: string;
}

export interface ExportQuote extends TextPiece, Credit {
  id: string;
  kind: string;
  marks: string;
  /** Id of the speaker in `speakers`, or null. */
  speaker: string | null;
  speakerMention: TextPiece | null;
  cue: TextPiece | null;
  inBoilerplate: boolean;
  inComments: boolean;
  provenance: Provenance;
}

export interface ExportMention extends TextPiece {
  kind: string;
}

export interface ExportSpeaker {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  mentions: ExportMention[];
  /** How many of the record's quotes are attributed to the speaker. */
  quotes: number;
  /** Named in the article but attributed no quote (quotes is 0). */
  mentionedOnly: boolean;
  provenance: Provenance;
}

export interface ExportDate extends TextPiece, Credit {
  id: string;
  value: string;
  type: string;
  mod?: string;
  relative: boolean;
  provenance: Provenance;
}

export interface ExportBoilerplate extends TextPiece, Credit {
  id: string;
  kind: string;
  provenance: Provenance;
}

export interface ExportClaim extends TextPiece {
  id: string;
  label: string;
  /** claimant, claimType, verdict, note — whichever the annotator filled in. */
  attributes: Record<string, string>;
  provenance: Provenance;
  creator?: string;
  created?: string;
}

export interface CorpusRecord {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_VERSION;
  id: string;
  source: {
    /** Path relative to the exported input folder, "/" separators (never absolute). */
    path: string;
    /** Hex SHA-256 of the source text (UTF-8, BOM removed, line endings kept), as the annotation store hashes it. */
    sha256: string;
  };
  text: string;
  /** Hex SHA-256 of `text`. */
  sha256: string;
  removed: CodePointSpan[];
  metadata: {
    title: string | null;
    titleSpan: CodePointSpan | null;
    outlet: string | null;
    /** The byline line ("By Jane Roe for Some Outlet") when it is in the exported text; its authors are no speakers. */
    byline: string | null;
    bylineSpan: CodePointSpan | null;
    /** Photo and image credit lines in the exported text; the people they name are no speakers. */
    credits: TextPiece[];
    published: { value: string | null; partial?: string; basis: string };
  };
  quotes: ExportQuote[];
  speakers: ExportSpeaker[];
  dates: ExportDate[];
  boilerplate: ExportBoilerplate[];
  claims: ExportClaim[];
  stats: { orphans: number };
  degraded?: string;
}
