/**
 * Store annotations and native export records as agreement units (pure). The store holds what annotators did —
 * claim tags and corrections of the automatic analysis — so a store comparison measures human work only; an
 * export record holds the whole corpus (automatic spans included), so an export comparison measures the corpora.
 */

import type { Annotation } from '../annotations/model';
import type { CorpusRecord } from '../export/record';
import type { AgreementLayer, AgreementUnit } from './types';

const LAYER_OF_CORRECTION: Record<'quote' | 'date' | 'boilerplate', AgreementLayer> = { quote: 'quotes', date: 'dates', boilerplate: 'boilerplate' };
const REJECTED: Record<AgreementLayer, string> = { claims: 'not a claim', quotes: 'not a quote', dates: 'not a date', boilerplate: 'not boilerplate' };

/**
 * The unit of one annotation placed at code points [start, end): a claim keeps its label, verdict and claimant;
 * a correction becomes the annotator's judgement of the span in its layer — "quote" (with the speaker) for an
 * added quote or a speaker correction, "date" (with its value), the boilerplate kind, or "not a …" for a rejection.
 */
export function unitOfAnnotation(annotation: Annotation, start: number, end: number): AgreementUnit {
  const base = { start, end, ref: annotation.id, creator: annotation.creator.name };
  const body = annotation.body;
  if (body.type === 'ClaimTag') {
    return { ...base, layer: 'claims', label: body.label, ...optional('value', body.verdict), ...optional('attribution', body.claimant) };
  }
  if (body.action === 'set-speaker') {
    return { ...base, layer: 'quotes', label: 'quote', attribution: body.speaker };
  }
  const layer = LAYER_OF_CORRECTION[body.layer];
  if (body.action === 'reject') {
    return { ...base, layer, label: REJECTED[layer] };
  }
  switch (layer) {
    case 'quotes':
      return { ...base, layer, label: 'quote', ...optional('attribution', body.speaker) };
    case 'dates':
      return { ...base, layer, label: 'date', ...optional('value', body.value) };
    default:
      return { ...base, layer, label: body.kind?.trim() || 'boilerplate' };
  }
}

/** Every span of an exported document (code points into `record.text`). */
export function unitsOfRecord(record: CorpusRecord): AgreementUnit[] {
  const speakers = new Map(record.speakers.map((speaker) => [speaker.id, speaker.name]));
  const units: AgreementUnit[] = [];
  for (const quote of record.quotes) {
    const speaker = quote.speaker === null ? undefined : speakers.get(quote.speaker);
    units.push({ layer: 'quotes', start: quote.start, end: quote.end, label: 'quote', ref: quote.id, ...optional('attribution', speaker) });
  }
  for (const date of record.dates) {
    units.push({ layer: 'dates', start: date.start, end: date.end, label: 'date', ref: date.id, ...optional('value', date.value) });
  }
  for (const block of record.boilerplate) {
    units.push({ layer: 'boilerplate', start: block.start, end: block.end, label: block.kind, ref: block.id });
  }
  for (const claim of record.claims) {
    units.push({
      layer: 'claims',
      start: claim.start,
      end: claim.end,
      label: claim.label,
      ref: claim.id,
      ...optional('value', claim.attributes.verdict),
      ...optional('attribution', claim.attributes.claimant),
      ...optional('creator', claim.creator),
    });
  }
  return units;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value !== undefined && value.trim() !== '' ? ({ [key]: value } as Record<K, string>) : {};
}
