/**
 * What re-analysing a region against a base analysis needs, built once per base (ahead of time, while the editor
 * is idle): the quotes crossing a range found by bisection, and one pattern for the names its speakers go by. Pure.
 */
import type { Analysis, Span } from './types';
import { partitionPoint } from './partitionPoint';

/** Builds ahead of time what splicing against `analysis` needs (call it while the editor is idle). */
export function prepareBase(analysis: Analysis): void {
  knownForms(analysis);
  quoteIndex(analysis);
}

/** Quote extents (marks included) sorted by start, with the largest end so far. */
interface QuoteIndex {
  starts: Float64Array;
  ends: Float64Array;
  maxEnd: Float64Array;
}

const quoteIndexes = new WeakMap<Analysis, QuoteIndex>();

function quoteIndex(analysis: Analysis): QuoteIndex {
  let index = quoteIndexes.get(analysis);
  if (!index) {
    const extents = analysis.quotes
      .map((quote) => ({ start: quote.open.start, end: quote.close ? quote.close.end : quote.end }))
      .sort((a, b) => a.start - b.start);
    const starts = Float64Array.from(extents, (extent) => extent.start);
    const ends = Float64Array.from(extents, (extent) => extent.end);
    const maxEnd = new Float64Array(ends.length);
    ends.forEach((end, i) => (maxEnd[i] = Math.max(end, i > 0 ? maxEnd[i - 1] : 0)));
    index = { starts, ends, maxEnd };
    quoteIndexes.set(analysis, index);
  }
  return index;
}

/** Extents of the quotes of `analysis` that overlap [start, end). */
export function quotesCrossing(analysis: Analysis, start: number, end: number): Span[] {
  const { starts, ends, maxEnd } = quoteIndex(analysis);
  const low = partitionPoint(starts.length, (index) => starts[index] < end);
  const crossing: Span[] = [];
  // Quotes start before `end` below `low`; walking down, none ends after `start` once the largest end so far does not.
  for (let i = low - 1; i >= 0 && maxEnd[i] > start; i--) {
    if (ends[i] > start) {
      crossing.push({ start: starts[i], end: ends[i] });
    }
  }
  return crossing;
}

export interface KnownForms {
  pattern: RegExp;
  /** Name or alias → index of the speaker in the analysis. */
  speakerOf: Map<string, number>;
}

const surfaceForms = new WeakMap<Analysis, KnownForms | null>();

/** One pattern matching every name and alias of the document's speakers (built once per analysis). */
export function knownForms(previous: Analysis): KnownForms | null {
  let known = surfaceForms.get(previous);
  if (known === undefined) {
    const speakerOf = new Map<string, number>();
    previous.speakers.forEach((speaker, index) => {
      if (speaker.kind === 'person' || speaker.kind === 'org') {
        for (const form of [speaker.name, ...speaker.aliases]) {
          if (/^\p{Lu}/u.test(form) && !speakerOf.has(form)) {
            speakerOf.set(form, index);
          }
        }
      }
    });
    const forms = [...speakerOf.keys()].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    known = forms.length ? { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), speakerOf } : null;
    surfaceForms.set(previous, known);
  }
  return known;
}
