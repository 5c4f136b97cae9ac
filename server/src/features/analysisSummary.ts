import type { Position } from 'vscode-languageserver';
import type { Analysis, Span, Speaker } from '../core';
import { partitionPoint } from '../core/partitionPoint';
import type { AnalysisResult, SpeakerRef } from '../protocol/protocol';
import { publishedBasisText } from './dateHover';
import { quoteAt, quoteExtent, speakerAt, type Article } from '../documents/article';

/** Quotes and dates of the article itself: those inside boilerplate or reader comments are page furniture. */
function articleContent(analysis: Analysis): { quotes: number; dates: number } {
  const blocks = [...analysis.boilerplate].sort((a, b) => a.start - b.start);
  // Blocks are disjoint: only the last one starting at or before a span can hold it.
  const inFurniture = (span: Span): boolean => {
    const index = partitionPoint(blocks.length, (at) => blocks[at].start <= span.start) - 1;
    return index >= 0 && span.end <= blocks[index].end;
  };
  return {
    quotes: analysis.quotes.filter((quote) => !quote.inBoilerplate && !quote.inComments).length,
    dates: analysis.dates.filter((date) => !inFurniture(date)).length,
  };
}

/** The `byline/analysis` answer: counts for the status bar, and what is at the position. */
export function analysisSummary(article: Article, position: Position | undefined, reason?: string): AnalysisResult {
  const { analysis, offsets } = article;
  const result: AnalysisResult = {
    uri: article.uri,
    version: article.version,
    enabled: true,
    ...(reason ? { reason } : {}),
    ...(analysis.degraded ? { degraded: analysis.degraded } : {}),
    counts: {
      ...articleContent(analysis),
      // the people quoted: a name only mentioned is no speaker
      speakers: analysis.speakers.filter((speaker) => !speaker.mentionedOnly).length,
      boilerplate: analysis.boilerplate.length,
      findings: analysis.findings.length,
    },
    title: analysis.metadata.title?.text.trim() ?? null,
    published: analysis.metadata.published.value,
    ...(analysis.metadata.published.partial ? { publishedPartial: analysis.metadata.published.partial } : {}),
    publishedBasis: analysis.metadata.published.basis,
    publishedWhy: publishedBasisText(analysis.metadata.published),
    unresolvedDates: analysis.dates.filter((date) => date.unresolved).length,
  };
  if (position) {
    const offset = offsets.offsetAt(position);
    const ref = (index: number | null): SpeakerRef | null => {
      const speaker = index === null ? undefined : analysis.speakers[index];
      return speaker ? { name: speaker.name, kind: speaker.kind } : null;
    };
    const quote = quoteAt(analysis, offset);
    result.quoteAtPosition = quote
      ? { range: offsets.rangeOf(quoteExtent(quote)), text: quote.text, speaker: ref(quote.speaker) }
      : null;
    result.speakerAtPosition = ref(speakerAt(analysis, offset));
    const claimant = [quote?.speaker ?? null, speakerAt(analysis, offset)].find((index) => index !== null && isClaimant(analysis.speakers[index]));
    result.claimantAtPosition = ref(claimant ?? null);
  }
  return result;
}

/** Offered as a claimant: quoted, and named (a role phrase never resolved to a name is not a person to pick). */
export function isClaimant(speaker: Speaker): boolean {
  return !speaker.mentionedOnly && speaker.named;
}

/** The answer for a document Byline is off for. */
export function disabledSummary(uri: string, version: number, reason: string): AnalysisResult {
  return {
    uri,
    version,
    enabled: false,
    reason,
    counts: { quotes: 0, speakers: 0, dates: 0, boilerplate: 0, findings: 0 },
    title: null,
    published: null,
  };
}
