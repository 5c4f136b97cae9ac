import type { Analysis, Span } from '../core/types';
import { CodePointMap } from '../protocol/offsets';

/**
 * The analysis JSONL record (`byline analyze --jsonl`): one line per document, offsets in Unicode code points,
 * end exclusive, over the text with its BOM removed. The scorers in ../shared/eval read this contract.
 */
export interface AnalysisRecord {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** Photo and image credit lines: the people they name are not speakers. */
  credits: { start: number; end: number; text: string }[];
  published: { value: string | null; partial?: string; basis: string; evidence: string | null; reason?: string };
  quotes: {
    start: number;
    end: number;
    text: string;
    kind: string;
    marks: string;
    speaker: { name: string; start: number; end: number } | null;
    cue: { start: number; end: number; text: string } | null;
    inBoilerplate: boolean;
    inComments: boolean;
  }[];
  /** `quotes` counts the quotes attributed to the speaker; `mentionedOnly` is true when that is 0 (named, never quoted). */
  speakers: {
    name: string;
    kind: string;
    aliases: string[];
    roles: string[];
    quotes: number;
    mentionedOnly: boolean;
    mentions: { start: number; end: number; text: string }[];
  }[];
  dates: { start: number; end: number; text: string; value: string; type: string; mod?: string }[];
  boilerplate: { start: number; end: number; kind: string }[];
  findings: { start: number; end: number; ruleId: string; message: string }[];
  degraded?: string;
}

/**
 * What `analyze - --jsonl` writes in place of a stdin line it cannot analyse (not JSON, no "text", or the analysis
 * failed): one output line per input line, so a streamed job (Dask, Spark's pipe, Hadoop Streaming) keeps the
 * failure as data and loses nothing else. `line` counts the lines of that process's stdin from 1.
 */
export interface AnalysisErrorRecord {
  id: string | null;
  line: number;
  error: string;
}

export function toAnalysisErrorRecord(source: { line: number; id: string | null }, error: string): AnalysisErrorRecord {
  return { id: source.id, line: source.line, error };
}

export function toAnalysisRecord(id: string, path: string, analysis: Analysis): AnalysisRecord {
  const points = new CodePointMap(analysis.text);
  const span = (s: Span): { start: number; end: number } => ({ start: points.toCodePoint(s.start), end: points.toCodePoint(s.end) });
  const { metadata } = analysis;
  return {
    id,
    path,
    title: metadata.title?.text ?? null,
    outlet: metadata.outlet?.text ?? null,
    byline: metadata.byline?.text ?? null,
    credits: metadata.credits.map((credit) => ({ ...span(credit), text: credit.text })),
    published: {
      value: metadata.published.value,
      ...(metadata.published.partial ? { partial: metadata.published.partial } : {}),
      basis: metadata.published.basis,
      evidence: metadata.published.evidence?.text ?? null,
      ...(metadata.published.reason ? { reason: metadata.published.reason } : {}),
    },
    quotes: analysis.quotes.map((quote) => ({
      ...span(quote),
      text: quote.text,
      kind: quote.kind,
      marks: quote.marks,
      speaker:
        quote.speaker !== null && quote.speakerMention
          ? { name: analysis.speakers[quote.speaker].name, ...span(quote.speakerMention) }
          : null,
      cue: quote.cue ? { ...span(quote.cue), text: quote.cue.text } : null,
      inBoilerplate: quote.inBoilerplate,
      inComments: quote.inComments,
    })),
    speakers: analysis.speakers.map((speaker) => ({
      name: speaker.name,
      kind: speaker.kind,
      aliases: speaker.aliases,
      roles: speaker.roles,
      quotes: speaker.quotes.length,
      mentionedOnly: speaker.mentionedOnly,
      mentions: speaker.mentions.map((index) => ({ ...span(analysis.mentions[index]), text: analysis.mentions[index].text })),
    })),
    dates: analysis.dates.map((date) => ({
      ...span(date),
      text: date.text,
      value: date.value,
      type: date.type,
      ...(date.mod ? { mod: date.mod } : {}),
    })),
    boilerplate: analysis.boilerplate.map((block) => ({ ...span(block), kind: block.kind })),
    findings: analysis.findings.map((finding) => ({ ...span(finding), ruleId: finding.ruleId, message: finding.message })),
    ...(analysis.degraded ? { degraded: analysis.degraded } : {}),
  };
}
