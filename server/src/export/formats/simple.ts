import type { ExportOptions } from '../options';
import type { CorpusRecord } from '../record';
import { perDocumentFormat, type ExportFormat, type OutputChunk } from './format';
import { labelledSpans } from './labels';

const line = (file: string, value: unknown): OutputChunk => ({ file, content: JSON.stringify(value) + '\n', mode: 'append' });

/** Native JSONL: the record itself, one document a line. */
export function nativeFormat(): ExportFormat {
  return perDocumentFormat('jsonl', (record) => [line('corpus.jsonl', record)]);
}

export interface SpansLine {
  text: string;
  /** spaCy's `doc.char_span`, Prodigy's `spans`. */
  spans: { start: number; end: number; label: string }[];
  /** The same spans as doccano's sequence-labelling import reads them (its default label column). */
  label: [start: number, end: number, label: string][];
  meta: { id: string; source: string; sha256: string };
}

/** spaCy/Prodigy/doccano span JSONL: offsets are code points, as Python's str (spaCy's char_span) counts them. */
export function toSpansLine(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): SpansLine {
  const spans = labelledSpans(record, options).map((span) => ({ start: span.start, end: span.end, label: span.label }));
  return {
    text: record.text,
    spans,
    label: spans.map((span) => [span.start, span.end, span.label]),
    meta: { id: record.id, source: record.source.path, sha256: record.sha256 },
  };
}

export function spansFormat(options: ExportOptions): ExportFormat {
  return perDocumentFormat('spans', (record) => [line('spans.jsonl', toSpansLine(record, options))]);
}

/** schema.org ClaimReview (JSON-LD) for every claim that carries a verdict. */
export function toClaimReviews(record: CorpusRecord): Record<string, unknown>[] {
  return record.claims
    .filter((claim) => claim.attributes.verdict)
    .map((claim) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: claim.text,
      reviewRating: { '@type': 'Rating', alternateName: claim.attributes.verdict },
      itemReviewed: {
        '@type': 'Claim',
        ...(claim.attributes.claimant ? { author: { '@type': 'Person', name: claim.attributes.claimant } } : {}),
        appearance: {
          '@type': 'CreativeWork',
          ...(record.metadata.title ? { headline: record.metadata.title } : {}),
          ...(record.metadata.outlet ? { publisher: { '@type': 'Organization', name: record.metadata.outlet } } : {}),
          ...(record.metadata.published.value ? { datePublished: record.metadata.published.value } : {}),
          identifier: record.source.path,
        },
      },
      ...(claim.creator ? { author: { '@type': 'Person', name: claim.creator } } : {}),
      ...(claim.created ? { datePublished: claim.created.slice(0, 10) } : {}),
      ...(claim.attributes.note ? { reviewBody: claim.attributes.note } : {}),
    }));
}

/** ClaimReview lines; the file is written (empty) even when no claim has a verdict, so that it is always there. */
export function claimReviewFormat(): ExportFormat {
  let reviews = 0;
  return {
    name: 'claimreview',
    renderDocument: (record) => ({ chunks: toClaimReviews(record).map((review) => line('claimreview.jsonl', review)) }),
    take: ({ chunks }) => {
      reviews += chunks.length;
      return chunks;
    },
    finish: () => (reviews === 0 ? [{ file: 'claimreview.jsonl', content: '', mode: 'create' }] : []),
  };
}
