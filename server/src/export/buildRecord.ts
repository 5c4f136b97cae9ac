import { createHash } from 'node:crypto';
import type { Analysis, Correction, Span } from '../core/types';
import { ExportedText, widenToLineTerminator } from './exportedText';
import { NO_ANNOTATIONS, type CorrectionCredit, type DocumentAnnotations, type ExportOptions } from './options';
import {
  CORPUS_FORMAT,
  CORPUS_VERSION,
  type CorpusRecord,
  type Credit,
  type ExportClaim,
  type ExportQuote,
  type ExportSpeaker,
  type Provenance,
} from './record';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function correctionSpan(correction: Correction): Span {
  return correction.action === 'set-speaker' ? correction.target : correction.span;
}

/** True when an annotator's correction touched this span of this layer (it then counts as "corrected"). */
function correctedBy(corrections: Correction[], layer: 'quote' | 'date' | 'boilerplate', span: Span): boolean {
  return corrections.some((correction) => {
    const correctionLayer = correction.action === 'set-speaker' ? 'quote' : correction.layer;
    return correctionLayer === layer && correction.action !== 'reject' && overlaps(correctionSpan(correction), span);
  });
}

/** The creator and time of the correction that made or changed a span, as record fields. */
function creditOf(credits: readonly CorrectionCredit[] | undefined, layer: 'quote' | 'date' | 'boilerplate', span: Span): Credit {
  const credit = credits?.find((candidate) => candidate.layer === layer && overlaps(candidate.span, span));
  return credit ? { creator: credit.creator, created: credit.created } : {};
}

export interface RecordSource {
  id: string;
  /** Input-relative path, "/" separators. */
  path: string;
}

/**
 * Turns an analysis (already run with the document's corrections, so they win) and the document's claims into
 * the native export record. Pure apart from hashing.
 */
export function buildRecord(
  source: RecordSource,
  analysis: Analysis,
  options: ExportOptions,
  annotations: DocumentAnnotations = NO_ANNOTATIONS,
): CorpusRecord {
  const removed = options.dropBoilerplate ? analysis.boilerplate.map((block) => widenToLineTerminator(analysis.text, block)) : [];
  const exported = new ExportedText(analysis.text, removed);
  const { corrections } = annotations;
  const keep = (provenance: Provenance): boolean => options.automatic || provenance !== 'automatic';
  const layers = options.layers;

  const speakerIds = new Map<number, string>();
  const speakers: ExportSpeaker[] = [];
  const correctedNames = new Set(
    corrections.flatMap((c) => (c.action === 'set-speaker' ? [c.speaker] : c.action === 'add' && c.speaker ? [c.speaker] : [])),
  );
  const quotes: ExportQuote[] = [];
  if (layers.has('quote')) {
    for (const quote of analysis.quotes) {
      const piece = exported.piece(quote);
      const provenance: Provenance = correctedBy(corrections, 'quote', quote) ? 'corrected' : 'automatic';
      if (!piece || !keep(provenance)) {
        continue;
      }
      let speaker: string | null = null;
      if (layers.has('speaker') && quote.speaker !== null) {
        speaker = speakerIds.get(quote.speaker) ?? `s${speakerIds.size + 1}`;
        speakerIds.set(quote.speaker, speaker);
      }
      quotes.push({
        id: `q${quotes.length + 1}`,
        ...piece,
        kind: quote.kind,
        marks: quote.marks,
        speaker,
        speakerMention: speaker !== null && quote.speakerMention ? exported.piece(quote.speakerMention) : null,
        cue: quote.cue ? exported.piece(quote.cue) : null,
        inBoilerplate: quote.inBoilerplate,
        inComments: quote.inComments,
        provenance,
        ...(provenance === 'automatic' ? {} : creditOf(annotations.credits, 'quote', quote)),
      });
    }
  }
  if (layers.has('speaker')) {
    analysis.speakers.forEach((speaker, index) => {
      const provenance: Provenance = correctedNames.has(speaker.name) ? 'corrected' : 'automatic';
      if (!speakerIds.has(index) && !keep(provenance)) {
        return;
      }
      const id = speakerIds.get(index) ?? `s${speakerIds.size + 1}`;
      speakerIds.set(index, id);
      const quoted = quotes.filter((quote) => quote.speaker === id).length;
      speakers.push({
        id,
        name: speaker.name,
        kind: speaker.kind,
        aliases: speaker.aliases,
        roles: speaker.roles,
        mentions: speaker.mentions.flatMap((mentionIndex) => {
          const mention = analysis.mentions[mentionIndex];
          const piece = mention ? exported.piece(mention) : null;
          return piece ? [{ ...piece, kind: mention.kind }] : [];
        }),
        quotes: quoted,
        mentionedOnly: quoted === 0,
        provenance,
      });
    });
    speakers.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  }

  const dates = !layers.has('date')
    ? []
    : analysis.dates.flatMap((date) => {
        const piece = exported.piece(date);
        const provenance: Provenance = correctedBy(corrections, 'date', date) ? 'corrected' : 'automatic';
        if (!piece || !keep(provenance)) {
          return [];
        }
        const credit = provenance === 'automatic' ? {} : creditOf(annotations.credits, 'date', date);
        return [{ ...piece, value: date.value, type: date.type, ...(date.mod ? { mod: date.mod } : {}), relative: date.relative, provenance, ...credit }];
      });

  const boilerplate =
    !layers.has('boilerplate') || options.dropBoilerplate
      ? []
      : analysis.boilerplate.flatMap((block) => {
          const piece = exported.piece(block);
          const provenance: Provenance = correctedBy(corrections, 'boilerplate', block) ? 'corrected' : 'automatic';
          const credit = provenance === 'automatic' ? {} : creditOf(annotations.credits, 'boilerplate', block);
          return piece && keep(provenance) ? [{ ...piece, kind: block.kind, provenance, ...credit }] : [];
        });

  const claims: ExportClaim[] = !layers.has('claim')
    ? []
    : annotations.claims.flatMap((claim) => {
        const piece = exported.piece(claim.span);
        if (!piece) {
          return [];
        }
        return [
          {
            id: '',
            ...piece,
            label: claim.label,
            attributes: { ...claim.attributes },
            provenance: 'manual' as const,
            ...(claim.creator ? { creator: claim.creator } : {}),
            ...(claim.created ? { created: claim.created } : {}),
          },
        ];
      });
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  claims.forEach((claim, index) => (claim.id = `c${index + 1}`));

  const { metadata } = analysis;
  const titleSpan = metadata.title ? exported.span(metadata.title) : null;
  const bylineSpan = metadata.byline ? exported.span(metadata.byline) : null;
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    id: source.id,
    source: { path: source.path, sha256: sha256Hex(analysis.text) },
    text: exported.text,
    sha256: sha256Hex(exported.text),
    removed: exported.removedCodePoints(),
    metadata: {
      title: titleSpan ? exported.slice(titleSpan) : null,
      titleSpan,
      outlet: metadata.outlet?.text ?? null,
      byline: bylineSpan ? exported.slice(bylineSpan) : null,
      bylineSpan,
      credits: metadata.credits.flatMap((credit) => exported.piece(credit) ?? []),
      published: {
        value: metadata.published.value,
        ...(metadata.published.partial ? { partial: metadata.published.partial } : {}),
        basis: metadata.published.basis,
      },
    },
    quotes,
    speakers,
    dates: dates.map((date, index) => ({ id: `d${index + 1}`, ...date })),
    boilerplate: boilerplate.map((block, index) => ({ id: `b${index + 1}`, ...block })),
    claims,
    stats: { orphans: annotations.orphans },
    ...(analysis.degraded ? { degraded: analysis.degraded } : {}),
  };
}
