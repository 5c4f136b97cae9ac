import type { Position } from 'vscode-languageserver';
import type { AnalysisResult, SpeakerRef } from '../protocol/protocol';
import { publishedBasisText } from './dateHover';
import { quoteAt, quoteExtent, speakerAt, type Article } from './article';

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
      quotes: analysis.quotes.length,
      speakers: analysis.speakers.filter((speaker) => speaker.quotes.length > 0 || speaker.mentions.length > 0).length,
      dates: analysis.dates.length,
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
  }
  return result;
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
