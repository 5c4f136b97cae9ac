import type { Analysis } from '../../server/src/core/types';

/**
 * Each quote of an analysis (keyed by its first three words) → the attributing mention as written (a pronoun
 * included) and the speaker it resolves to, plus the quote's kind when `withKind`; null when it has no speaker.
 */
export function attributions(analysis: Analysis, withKind = false): Record<string, string[] | null> {
  return Object.fromEntries(
    analysis.quotes.map((quote) => {
      const mention = quote.speakerMention;
      const key = quote.text.split(/\s+/).slice(0, 3).join(' ');
      if (quote.speaker === null || !mention) {
        return [key, null];
      }
      const attribution = [analysis.text.slice(mention.start, mention.end), analysis.speakers[quote.speaker].name];
      return [key, withKind ? [...attribution, quote.kind] : attribution];
    }),
  );
}
