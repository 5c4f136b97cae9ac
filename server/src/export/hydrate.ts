import { stripBom } from '../core/structure';
import { sha256Hex } from './buildRecord';
import { ExportedText } from './exportedText';
import { STANDOFF_FORMAT, type StandoffRecord } from './formats/standoff';
import { CORPUS_FORMAT, CORPUS_VERSION, type CorpusRecord, type TextPiece } from './record';

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
  // `text` goes right after `end`, where an exported record has it, so hydrated lines equal exported ones byte for byte.
  const fill = <T extends { start: number; end: number }>(span: T): T & TextPiece => {
    const filled: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(span)) {
      filled[key] = value;
      if (key === 'end') {
        filled.text = exported.slice(span);
      }
    }
    return filled as unknown as T & TextPiece;
  };
  const fillOrNull = <T extends { start: number; end: number }>(span: T | null): (T & TextPiece) | null => (span ? fill(span) : null);
  const { metadata, speakers } = upgraded(standoff);
  const record: CorpusRecord = {
    ...standoff,
    format: CORPUS_FORMAT,
    text: exported.text,
    version: CORPUS_VERSION,
    metadata: {
      ...metadata,
      title: metadata.titleSpan ? exported.slice(metadata.titleSpan) : null,
      byline: metadata.bylineSpan ? exported.slice(metadata.bylineSpan) : null,
      credits: metadata.credits.map(fill),
    },
    quotes: standoff.quotes.map((quote) => ({ ...fill(quote), speakerMention: fillOrNull(quote.speakerMention), cue: fillOrNull(quote.cue) })),
    speakers: speakers.map((speaker) => ({ ...speaker, mentions: speaker.mentions.map(fill) })),
    dates: standoff.dates.map(fill),
    boilerplate: standoff.boilerplate.map(fill),
    claims: standoff.claims.map(fill),
  };
  return { ok: true, record: reorder(record) };
}

/**
 * A version 1 standoff (before the byline, the credits and the speakers' quote counts) read as version 2: no byline
 * or credits known, and each speaker's quotes counted from the quotes attributed to it.
 */
function upgraded(standoff: StandoffRecord): Pick<StandoffRecord, 'metadata' | 'speakers'> {
  if (standoff.version !== 1) {
    return standoff;
  }
  const metadata = { ...standoff.metadata, byline: null, bylineSpan: null, credits: [] };
  const speakers = standoff.speakers.map((speaker) => {
    const quotes = standoff.quotes.filter((quote) => quote.speaker === speaker.id).length;
    return { ...speaker, quotes, mentionedOnly: quotes === 0 };
  });
  return { metadata, speakers };
}

/** Puts `text` back after `source`, where an exported record has it. */
function reorder(record: CorpusRecord): CorpusRecord {
  const { format, version, id, source, text, sha256, ...rest } = record;
  return { format, version, id, source, text, sha256, ...rest };
}
