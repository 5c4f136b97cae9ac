/** The status bar item's text and tooltip for the active article: quotes, speakers, dates, claims (and orphans). */

import { counted } from '../../server/src/protocol/plural';
import type { AnalysisResult } from '../../server/src/protocol/protocol';

export function statusText(analysis: AnalysisResult | null, claims: number, orphans: number): { text: string; tooltip: string } {
  const orphanText = orphans > 0 ? `  $(warning) ${orphans}` : '';
  if (!analysis) {
    return { text: `$(tag) ${claims}${orphanText}`, tooltip: `Byline: ${counted(claims, 'claim')}; the language server is not running` };
  }
  if (!analysis.enabled) {
    return { text: '$(circle-slash) Byline off', tooltip: `Byline is off for this file${analysis.reason ? `: ${analysis.reason}` : ''}` };
  }
  const { quotes, speakers, dates } = analysis.counts;
  const degraded = analysis.degraded ? ` (partial: ${analysis.degraded})` : '';
  const date = analysis.published ?? analysis.publishedPartial;
  return {
    text: `$(quote) ${quotes}  $(person) ${speakers}  $(calendar) ${dates}${date ? ` @ ${date}` : ''}  $(tag) ${claims}${orphanText}`,
    tooltip:
      `Byline${degraded}: ${counted(quotes, 'quote')}, ${counted(speakers, 'speaker')}, ${counted(dates, 'date')}, ${counted(claims, 'claim')}` +
      `${orphans > 0 ? `, ${counted(orphans, 'orphaned annotation')}` : ''}\n` +
      publishedText(analysis, date),
  };
}

/** What the article's relative dates are resolved against, and why, for the tooltip. */
function publishedText(analysis: AnalysisResult, date: string | undefined): string {
  if (!date) {
    const unresolved = analysis.unresolvedDates ?? 0;
    return `Published: unknown${unresolved > 0 ? ` — ${counted(unresolved, 'relative date')} unresolved` : ''}; run "Byline: Set Publication Date…"`;
  }
  return `Relative dates resolved against ${date}${analysis.publishedWhy ? ` — ${analysis.publishedWhy}` : ''}`;
}
