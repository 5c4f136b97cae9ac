import { collectFindings } from './findings';
import type {
  Analysis,
  Boilerplate,
  BoilerplateKind,
  Correction,
  DateExpression,
  Quote,
  QuoteKind,
  Span,
  Speaker,
  SpeakerKind,
} from './types';

const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'scare', 'title'];
const BOILERPLATE_KINDS: readonly BoilerplateKind[] = [
  'title-repeat', 'caption', 'photo-credit', 'byline', 'dateline', 'metadata', 'related-link', 'read-more', 'share',
  'tags', 'navigation', 'legal', 'copyright', 'advertisement', 'comments',
];
/** Characters that open or close a quotation; an added quote span that starts/ends with one has real marks. */
const QUOTE_MARK = /["“”„‟«»‹›‘’‚']/;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The whole extent of a quote, marks included. */
function outer(quote: Quote): Span {
  return { start: quote.open.start, end: quote.close ? quote.close.end : quote.end };
}

function contains(outerSpan: Span, inner: Span): boolean {
  return outerSpan.start <= inner.start && inner.end <= outerSpan.end;
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Working copy of the layers corrections touch. */
interface Layers {
  text: string;
  quotes: Quote[];
  dates: DateExpression[];
  boilerplate: Boilerplate[];
  speakers: Speaker[];
}

/** Index of the speaker called `name` (canonical name or alias, case-insensitive); created when unknown. */
function speakerIndex(layers: Layers, name: string, kind: SpeakerKind = 'person'): number {
  const key = normalizeName(name);
  const found = layers.speakers.findIndex(
    (speaker) => normalizeName(speaker.name) === key || speaker.aliases.some((alias) => normalizeName(alias) === key),
  );
  if (found >= 0) {
    return found;
  }
  layers.speakers.push({ name: name.trim(), kind, aliases: [], roles: [], mentions: [], quotes: [], mentionedOnly: false, named: true });
  return layers.speakers.length - 1;
}

function addedQuote(layers: Layers, span: Span, kind: string | undefined, speaker: string | undefined): Quote {
  const { text } = layers;
  const hasMarks = span.end - span.start >= 2 && QUOTE_MARK.test(text[span.start]) && QUOTE_MARK.test(text[span.end - 1]);
  const open = hasMarks ? { start: span.start, end: span.start + 1 } : { start: span.start, end: span.start };
  const close = hasMarks ? { start: span.end - 1, end: span.end } : { start: span.end, end: span.end };
  const inner = { start: open.end, end: close.start };
  const block = layers.boilerplate.find((candidate) => contains(candidate, span));
  return {
    ...inner,
    text: text.slice(inner.start, inner.end),
    open,
    close,
    marks: 'balanced',
    kind: QUOTE_KINDS.find((candidate) => candidate === kind) ?? 'direct',
    depth: 0,
    speaker: speaker ? speakerIndex(layers, speaker) : null,
    speakerMention: null,
    cue: null,
    inBoilerplate: block !== undefined && block.kind !== 'comments',
    inComments: block?.kind === 'comments',
  };
}

function apply(layers: Layers, correction: Correction): void {
  if (correction.action === 'set-speaker') {
    const target = layers.quotes.findIndex((quote) => overlaps(outer(quote), correction.target));
    if (target >= 0) {
      const speaker = speakerIndex(layers, correction.speaker, correction.speakerKind);
      layers.quotes[target] = { ...layers.quotes[target], speaker, speakerMention: null };
    }
    return;
  }
  const span = correction.span;
  if (correction.layer === 'quote') {
    // An added quote replaces the automatic ones it cuts across; quotes nested wholly inside it stay.
    const nestedInAdded = (quote: Quote): boolean =>
      correction.action === 'add' && contains(span, outer(quote)) && !contains(outer(quote), span);
    layers.quotes = layers.quotes.filter((quote) => !overlaps(outer(quote), span) || nestedInAdded(quote));
    if (correction.action === 'add') {
      layers.quotes.push(addedQuote(layers, span, correction.kind, correction.speaker));
    }
  } else if (correction.layer === 'date') {
    layers.dates = layers.dates.filter((date) => !overlaps(date, span));
    if (correction.action === 'add') {
      const text = layers.text.slice(span.start, span.end);
      layers.dates.push({ ...span, text, value: correction.value ?? 'XXXX-XX-XX', type: 'DATE', relative: false });
    }
  } else {
    layers.boilerplate = layers.boilerplate.filter((block) => correction.action === 'add' || !overlaps(block, span));
    if (correction.action === 'add') {
      const kind = BOILERPLATE_KINDS.find((candidate) => candidate === correction.kind) ?? 'metadata';
      layers.boilerplate = layers.boilerplate.filter((block) => !contains(span, block));
      layers.boilerplate.push({ ...span, kind });
    }
  }
}

const byPosition = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/**
 * Applies an annotator's corrections on top of an automatic analysis; corrections win. Pure: returns a new
 * Analysis (the input is not modified). Spans outside the text are ignored; corrections apply in list order.
 */
export function applyCorrections(analysis: Analysis, corrections: readonly Correction[]): Analysis {
  if (corrections.length === 0) {
    return analysis;
  }
  const layers: Layers = {
    text: analysis.text,
    quotes: [...analysis.quotes],
    dates: [...analysis.dates],
    boilerplate: [...analysis.boilerplate],
    speakers: analysis.speakers.map((speaker) => ({ ...speaker })),
  };
  const length = analysis.text.length;
  for (const correction of corrections) {
    const span = correction.action === 'set-speaker' ? correction.target : correction.span;
    if (span.start < 0 || span.end > length || span.start > span.end) {
      continue;
    }
    apply(layers, correction);
  }
  const quotes = layers.quotes.sort((a, b) => byPosition(outer(a), outer(b)));
  const speakers = layers.speakers.map((speaker) => ({ ...speaker, quotes: [] as number[] }));
  quotes.forEach((quote, index) => {
    if (quote.speaker !== null) {
      speakers[quote.speaker].quotes.push(index);
    }
  });
  for (const speaker of speakers) {
    speaker.mentionedOnly = speaker.quotes.length === 0;
  }
  const dates = layers.dates.sort(byPosition);
  const findings = collectFindings({ text: analysis.text, quotes, dates, duplicates: analysis.duplicates });
  return { ...analysis, quotes, speakers, dates, boilerplate: layers.boilerplate.sort(byPosition), findings };
}
