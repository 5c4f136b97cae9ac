/**
 * Fast provisional re-analysis after an edit: re-analyse only the paragraphs the edit touched and splice the result
 * into the previous analysis, shifting everything after the edit. Cross-paragraph evidence (a pronoun resolved to a
 * speaker named earlier, boilerplate decided from its neighbours) is approximated from the previous analysis; the
 * adapter replaces the result with a full `analyze` once typing pauses. Pure.
 */
import { collectFindings } from './findings';
import { analyze } from './index';
import { buildStructure, stripBom } from './structure';
import type { Analysis, AnalyzeOptions, Mention, Quote, Span, Speaker, TextStructure } from './types';
import { diffTexts, headEnd, paragraphEnd, paragraphStart } from './textEdits';
import { knownForms, quotesCrossing } from './regionBase';
import { speakerKey } from './workspaceIndex';
import { matchesOf } from './matches';

export { prepareBase } from './regionBase';
export { diffTexts, type TextEdit } from './textEdits';

/** Above this many changed characters a full analysis is as cheap as splicing. */
const MAX_REGION = 64_000;
/** Edits among the first paragraphs can change the title, byline or published date: those need a full analysis. */
const HEAD_PARAGRAPHS = 3;

/** A structure built on first use: splicing must not pay for splitting a large text that no feature may read. */
export function lazyStructure(text: string): TextStructure {
  let built: TextStructure | undefined;
  const get = (): TextStructure => (built ??= buildStructure(text));
  return {
    text,
    get lines() {
      return get().lines;
    },
    get paragraphs() {
      return get().paragraphs;
    },
    sentencesOf: (paragraph) => get().sentencesOf(paragraph),
    lineAt: (offset) => get().lineAt(offset),
    paragraphAt: (offset) => get().paragraphAt(offset),
  };
}

const outer = (quote: Quote): Span => ({ start: quote.open.start, end: quote.close ? quote.close.end : quote.end });

/** How much text before the region is analysed along with it, so pronouns and role phrases find their speaker. */
const CONTEXT_PARAGRAPHS = 2;
const MAX_CONTEXT = 4000;

/** The edited paragraphs re-analysed on their own (with a little context), ready to splice. */
export interface RegionAnalysis {
  previous: Analysis;
  /** The new text (BOM removed). */
  text: string;
  hadBom: boolean;
  /** The re-analysed region in the new text; it was [start, oldEnd) in the previous text. */
  start: number;
  end: number;
  oldEnd: number;
  delta: number;
  /** Where the analysed local text starts (context before `start`); local offsets + contextStart = text offsets. */
  contextStart: number;
  local: Analysis;
}

/**
 * Re-analyses the paragraphs an edit touched. Returns null when the text did not change, undefined when the edit
 * needs a full analysis (a large change, a change in the article's head or inside boilerplate).
 */
export function analyzeRegion(previous: Analysis, input: string, options: AnalyzeOptions = {}): RegionAnalysis | null | undefined {
  const { text, hadBom } = stripBom(input);
  const edit = diffTexts(previous.text, text);
  if (!edit) {
    return null;
  }
  const delta = edit.newEnd - edit.oldEnd;
  let start = paragraphStart(text, edit.start);
  let end = paragraphEnd(text, edit.newEnd);
  // Grow the region over quotes that cross it (a quote may run on over paragraphs), until none crosses its edges.
  for (let grown = true; grown; ) {
    grown = false;
    for (const quote of quotesCrossing(previous, start, end - delta)) {
      if (quote.start < start || quote.end + delta > end) {
        start = Math.min(start, quote.start);
        end = Math.max(end, quote.end + delta);
        grown = true;
      }
    }
  }
  const oldEnd = end - delta;
  const inFurniture = previous.boilerplate.some((block) => block.start < oldEnd && start < block.end);
  if (inFurniture || start < headEnd(previous.text, HEAD_PARAGRAPHS) || end - start > MAX_REGION) {
    return undefined;
  }
  let contextStart = start;
  for (let i = 0; i < CONTEXT_PARAGRAPHS && contextStart > 0; i++) {
    const before = paragraphStart(text, Math.max(0, contextStart - 2));
    if (start - before > MAX_CONTEXT) {
      break;
    }
    contextStart = before;
  }
  // the document's furniture in the context before the region (the region holds none): names there are no speakers
  const furniture = previous.boilerplate
    .filter((block) => block.start >= contextStart && block.end <= start)
    .map((block) => ({ ...block, start: block.start - contextStart, end: block.end - contextStart }));
  const local = analyze(text.slice(contextStart, end), {
    ...options,
    boilerplate: furniture,
    corrections: [],
    published: options.published ?? previous.metadata.published,
  });
  return { previous, text, hadBom, start, end, oldEnd, delta, contextStart, local: alignWithDocument(local, previous) };
}

/**
 * Makes the region's own analysis speak the document's language: boilerplate is the document's to decide (the
 * region lies outside it), speakers the document knows keep its kind, and known names are mentions.
 */
function alignWithDocument(local: Analysis, previous: Analysis): Analysis {
  const documentSpeakers = new Map(previous.speakers.map((speaker) => [speakerKey(speaker.name), speaker]));
  const aligned: Analysis = {
    ...local,
    boilerplate: [],
    quotes: local.quotes.map((quote) => (quote.inBoilerplate || quote.inComments ? { ...quote, inBoilerplate: false, inComments: false } : quote)),
    speakers: local.speakers.map((speaker) => {
      const known = documentSpeakers.get(speakerKey(speaker.name));
      return known && known.kind !== speaker.kind ? { ...speaker, kind: known.kind } : speaker;
    }),
  };
  return withKnownSpeakers(aligned, previous);
}

/**
 * A paragraph analysed alone misses a surname whose full name came earlier in the article: the names and aliases
 * the document's speakers already have are added as mentions where the local analysis found none.
 */
function withKnownSpeakers(local: Analysis, previous: Analysis): Analysis {
  const known = knownForms(previous);
  if (!known) {
    return local;
  }
  const speakers = [...local.speakers];
  const added: Mention[] = [];
  const localIndex = new Map<number, number>();
  for (const match of matchesOf(local.text, known.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (local.mentions.some((mention) => mention.start < end && start < mention.end)) {
      continue;
    }
    const documentSpeaker = known.speakerOf.get(match[0]) ?? 0;
    let index = localIndex.get(documentSpeaker);
    if (index === undefined) {
      const speaker = previous.speakers[documentSpeaker];
      const key = speakerKey(speaker.name);
      index = speakers.findIndex((candidate) => speakerKey(candidate.name) === key);
      if (index < 0) {
        index = speakers.push({ ...speaker, mentions: [], quotes: [] }) - 1;
      }
      localIndex.set(documentSpeaker, index);
    }
    added.push({ start, end, text: match[0], speaker: index, kind: 'name' });
  }
  if (added.length === 0) {
    return local;
  }
  return { ...local, speakers, mentions: [...local.mentions, ...added].sort((a, b) => a.start - b.start) };
}

/** The previous analysis with the region's re-analysis spliced in and everything after it shifted. */
export function spliceRegion(region: RegionAnalysis): Analysis {
  const { previous, text, start, oldEnd, delta, contextStart, local } = region;
  const shift = <T extends Span>(span: T): T | null =>
    span.end <= start ? span : span.start >= oldEnd ? { ...span, start: span.start + delta, end: span.end + delta } : null;
  const move = (span: Span | null): Span | null => (span ? shift(span) : null);
  const inRegion = (span: Span): boolean => span.start + contextStart >= start;
  const at = <T extends Span>(span: T): T => ({ ...span, start: span.start + contextStart, end: span.end + contextStart });

  const speakers: Speaker[] = previous.speakers.map((speaker) => ({ ...speaker, mentions: [], quotes: [] }));
  const speakerOf = new Map(speakers.map((speaker, index) => [speakerKey(speaker.name), index]));
  const mapSpeaker = (index: number | null): number | null => {
    if (index === null) {
      return null;
    }
    const speaker = local.speakers[index];
    const key = speakerKey(speaker.name);
    let mapped = speakerOf.get(key);
    if (mapped === undefined) {
      mapped = speakers.push({ ...speaker, mentions: [], quotes: [] }) - 1;
      speakerOf.set(key, mapped);
    }
    return mapped;
  };

  const boilerplate = previous.boilerplate.map(shift).filter((block) => block !== null);
  const keptQuotes: Quote[] = [];
  for (const quote of previous.quotes) {
    const moved = shift(outer(quote));
    if (moved) {
      const by = moved.start - outer(quote).start;
      const plus = <T extends Span>(span: T): T => (by === 0 ? span : { ...span, start: span.start + by, end: span.end + by });
      keptQuotes.push({
        ...plus(quote),
        open: plus(quote.open),
        close: quote.close ? plus(quote.close) : null,
        cue: quote.cue ? plus(quote.cue) : null,
        speakerMention: move(quote.speakerMention),
      });
    }
  }
  const newQuotes = local.quotes
    .filter((quote) => inRegion(outer(quote)))
    .map((quote): Quote => ({
      ...at(quote),
      open: at(quote.open),
      close: quote.close ? at(quote.close) : null,
      cue: quote.cue ? at(quote.cue) : null,
      speakerMention: quote.speakerMention ? at(quote.speakerMention) : null,
      speaker: mapSpeaker(quote.speaker),
      inBoilerplate: false,
      inComments: false,
    }));
  const quotes = [...keptQuotes, ...newQuotes].sort((a, b) => a.open.start - b.open.start);

  const mentions: Mention[] = [
    ...previous.mentions.map(shift).filter((mention): mention is Mention => mention !== null),
    ...local.mentions.filter(inRegion).map((mention) => ({ ...at(mention), speaker: mapSpeaker(mention.speaker) ?? mention.speaker })),
  ].sort((a, b) => a.start - b.start);
  mentions.forEach((mention, index) => speakers[mention.speaker]?.mentions.push(index));
  quotes.forEach((quote, index) => (quote.speaker === null ? undefined : speakers[quote.speaker]?.quotes.push(index)));

  const dates = [...previous.dates.map(shift).filter((date) => date !== null), ...local.dates.filter(inRegion).map(at)].sort(
    (a, b) => a.start - b.start,
  );
  const duplicates = previous.duplicates
    .map((duplicate) => {
      const original = shift(duplicate.original);
      const copy = shift(duplicate.copy);
      const removal = shift(duplicate.removal);
      return original && copy && removal ? { original, copy, removal } : null;
    })
    .filter((duplicate) => duplicate !== null);
  return {
    ...previous,
    text,
    hadBom: region.hadBom,
    structure: lazyStructure(text),
    quotes,
    speakers,
    mentions,
    dates,
    boilerplate,
    duplicates,
    findings: collectFindings({ text, quotes, dates, duplicates }),
  };
}

/**
 * Re-analyses `input` given the analysis of the previous text, or returns undefined when the edit needs a full
 * analysis (large change, or a change in the article's head or in boilerplate).
 */
export function reanalyzeEdit(previous: Analysis, input: string, options: AnalyzeOptions = {}): Analysis | undefined {
  const region = analyzeRegion(previous, input, options);
  return region === null ? previous : region && spliceRegion(region);
}
