import type { ExportOptions } from '../options';
import type { CodePointSpan, CorpusRecord, Provenance } from '../record';

export type EntityType = 'Quote' | 'Speaker' | 'Date' | 'Boilerplate' | 'Claim';

/** One labelled span of a record, in exported code points, as the span formats (brat, CoNLL, spans) see it. */
export interface LabelledSpan extends CodePointSpan {
  /** Entity type, or the claim's own label as a type name when `claimLabels` is on. */
  label: string;
  entity: EntityType;
  /** Id of the record item it comes from (q1, s1 mention, d1, …). */
  ref: string;
  provenance: Provenance;
}

/** A label as a type name that brat, CoNLL tags and spaCy accept: letters, digits, "_" and "-" only. */
export function typeName(label: string): string {
  const cleaned = label.trim().replace(/[^\p{L}\p{N}_-]+/gu, '_').replace(/^_+|_+$/gu, '');
  return cleaned ? cleaned[0].toUpperCase() + cleaned.slice(1) : 'Unlabelled';
}

/** Every labelled span of a record, in text order; speaker spans are the speakers' mentions. */
export function labelledSpans(record: CorpusRecord, options: Pick<ExportOptions, 'claimLabels'>): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const quote of record.quotes) {
    spans.push({ start: quote.start, end: quote.end, label: 'Quote', entity: 'Quote', ref: quote.id, provenance: quote.provenance });
  }
  for (const speaker of record.speakers) {
    speaker.mentions.forEach((mention, index) => {
      spans.push({ start: mention.start, end: mention.end, label: 'Speaker', entity: 'Speaker', ref: `${speaker.id}.m${index + 1}`, provenance: speaker.provenance });
    });
  }
  for (const date of record.dates) {
    spans.push({ start: date.start, end: date.end, label: 'Date', entity: 'Date', ref: date.id, provenance: date.provenance });
  }
  for (const block of record.boilerplate) {
    spans.push({ start: block.start, end: block.end, label: 'Boilerplate', entity: 'Boilerplate', ref: block.id, provenance: block.provenance });
  }
  for (const claim of record.claims) {
    const label = options.claimLabels ? typeName(claim.label) : 'Claim';
    spans.push({ start: claim.start, end: claim.end, label, entity: 'Claim', ref: claim.id, provenance: claim.provenance });
  }
  return spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
}
