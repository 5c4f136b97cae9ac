import { detectBoilerplate } from './boilerplate';
import { applyCorrections } from './corrections';
import { findDates } from './dates';
import { dayMonthOrderOf } from './dates/dayMonthOrder';
import { findDuplicateParagraphs } from './duplicates';
import { parseGivenDate } from './givenDate';
import { collectFindings } from './findings';
import { extractMetadata } from './metadata';
import { resolvePublished } from './published';
import { findQuotes } from './quotes';
import { changedQuote } from './quoteRecord';
import { withoutOutletSpeaker } from './outletSpeakers';
import { attributeQuotes } from './speakers';
import { buildStructure, stripBom } from './structure';
import type { Analysis, AnalyzeOptions, Boilerplate, PublishedDate, Quote } from './types';
import { partitionPoint } from './partitionPoint';
import { packedMap } from './packedMap';

export type * from './types';
export { normalizeLineKey, stripBom } from './structure';
export { InvalidPublishedDate, parseGivenDate } from './givenDate';

/** Flags quotes inside page furniture (any kind but comments) and inside reader comments. */
function markFurniture(quotes: Quote[], boilerplate: Boilerplate[]): Quote[] {
  const blocks = [...boilerplate].sort((a, b) => a.start - b.start);
  // Blocks are disjoint: the only one that can hold a quote is the last one starting at or before it.
  const containing = (quote: Quote): Boilerplate | undefined => {
    const low = partitionPoint(blocks.length, (index) => blocks[index].start <= quote.start);
    const block = low > 0 ? blocks[low - 1] : undefined;
    return block && quote.end <= block.end ? block : undefined;
  };
  return packedMap(quotes, (quote) => {
    const block = containing(quote);
    return block ? changedQuote(quote, { inBoilerplate: block.kind !== 'comments', inComments: block.kind === 'comments' }) : quote;
  });
}

/** Thrown when the caller's cancellation token fires between stages. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

/**
 * Analyses one article. Pure and deterministic: the same text and options give the same result.
 * Offsets are UTF-16 code units into `analysis.text` (the input minus a leading BOM).
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const started = Date.now();
  let degraded: string | undefined;
  const checkpoint = (stage: string): boolean => {
    if (options.token?.isCancellationRequested) {
      throw new AnalysisCancelled();
    }
    if (!degraded && options.budgetMs !== undefined && Date.now() - started > options.budgetMs) {
      degraded = `time budget of ${options.budgetMs} ms spent before ${stage}`;
    }
    return degraded === undefined;
  };

  const { text, hadBom } = stripBom(input);
  const structure = buildStructure(text);
  const boilerplate = options.boilerplate ?? (checkpoint('boilerplate') ? detectBoilerplate(structure, options.corpus) : []);
  const metadataBase = extractMetadata(structure, boilerplate);
  // resolvePublished reads the whole text for weekday clues: a stage of its own for the budget
  const published: PublishedDate =
    typeof options.published === 'string'
      ? parseGivenDate(options.published)
      : (options.published ??
        (checkpoint('published')
          ? resolvePublished(structure, boilerplate)
          : { value: null, basis: 'unknown', evidence: null, reason: 'not read: analysis cut short' }));
  const found = checkpoint('quotes') ? markFurniture(findQuotes(structure), boilerplate) : [];
  const dates = checkpoint('dates') ? findDates(structure, published, boilerplate, dayMonthOrderOf(options.locale)) : [];
  const attribution = checkpoint('speakers')
    ? withoutOutletSpeaker(attributeQuotes(structure, found, boilerplate), metadataBase.outlet?.text)
    : { quotes: found, speakers: [], mentions: [] };
  const duplicates = checkpoint('duplicates') ? findDuplicateParagraphs(structure) : [];
  const findings = collectFindings({ text, quotes: attribution.quotes, dates, duplicates });
  return applyCorrections({
    version: 1,
    text,
    hadBom,
    structure,
    metadata: { ...metadataBase, published },
    quotes: attribution.quotes,
    speakers: attribution.speakers,
    mentions: attribution.mentions,
    dates,
    boilerplate,
    duplicates,
    findings,
    ...(degraded ? { degraded } : {}),
  }, options.corrections ?? []);
}
