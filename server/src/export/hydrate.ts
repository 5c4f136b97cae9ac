import { stripBom } from '../core/structure';
import { sha256Hex } from './buildRecord';
import { ExportedText } from './exportedText';
import { STANDOFF_FORMAT, type StandoffRecord } from './formats/standoff';
import { CORPUS_FORMAT, type CorpusRecord, type TextPiece } from './record';

export type HydrateResult = { ok: true; record: CorpusRecord } | { ok: false; reason: string };

/**
 * Rebuilds a full record from a text-free standoff record and the recipient's copy of the source text.
 * Refuses when the copy is not the text that was annotated (its SHA-256 differs), never guessing offsets.
 */
export function hydrateRecord(standoff: StandoffRecord, sourceFileText: string): HydrateResult {
  if ((standoff.format as string) !== STANDOFF_FORMAT) {
    return { ok: false, reason: 'not a byline-standoff record' };
  }
  const { text: source } = stripBom(sourceFileText);
  const sourceSha = sha256Hex(source);
  if (sourceSha !== standoff.source.sha256) {
    return {
      ok: false,
      reason: `text differs from the annotated one (sha256 ${sourceSha.slice(0, 12)}… instead of ${standoff.source.sha256.slice(0, 12)}…)`,
    };
  }
  const exported = ExportedText.fromRemovedCodePoints(source, standoff.removed);
  if (sha256Hex(exported.text) !== standoff.sha256) {
    return { ok: false, reason: 'the removed ranges do not rebuild the exported text (standoff damaged?)' };
  }
  const fill = <T extends { start: number; end: number }>(span: T): T & TextPiece => ({ ...span, text: exported.slice(span) });
  const fillOrNull = <T extends { start: number; end: number }>(span: T | null): (T & TextPiece) | null => (span ? fill(span) : null);
  const record: CorpusRecord = {
    ...standoff,
    format: CORPUS_FORMAT,
    text: exported.text,
    metadata: { ...standoff.metadata, title: standoff.metadata.titleSpan ? exported.slice(standoff.metadata.titleSpan) : null },
    quotes: standoff.quotes.map((quote) => ({ ...fill(quote), speakerMention: fillOrNull(quote.speakerMention), cue: fillOrNull(quote.cue) })),
    speakers: standoff.speakers.map((speaker) => ({ ...speaker, mentions: speaker.mentions.map(fill) })),
    dates: standoff.dates.map(fill),
    boilerplate: standoff.boilerplate.map(fill),
    claims: standoff.claims.map(fill),
  };
  return { ok: true, record: reorder(record) };
}

/** Puts `text` near the top, where an exported record has it, so hydrated lines read like exported ones. */
function reorder(record: CorpusRecord): CorpusRecord {
  const { format, version, id, source, text, sha256, ...rest } = record;
  return { format, version, id, source, text, sha256, ...rest };
}
