import type { BoilerplateKind } from '../types';
import { isHeadlineShaped } from './header';
import { SENTENCE_BREAK, type LineInfo } from './lines';

/** Title and summary pairs in a row that make a teaser deck rather than an article's subheads. */
const MIN_DECK_PAIRS = 3;

/** A teaser's title: a headline of several words without closing punctuation. */
function isTeaserTitle(line: LineInfo, cue: BoilerplateKind | null): boolean {
  return cue === null && !line.endsSentence && line.words >= 4 && isHeadlineShaped(line);
}

/** A teaser's summary (dek): one sentence of prose. */
function isTeaserSummary(line: LineInfo, cue: BoilerplateKind | null): boolean {
  return cue === null && line.prose && line.endsSentence && !SENTENCE_BREAK.test(line.text);
}

/**
 * Marks teaser decks as related links in `cues`: several other stories in a row, each a headline directly followed
 * by a one-sentence summary ("Title / Summary." × 3 or more). An article's subheads lead paragraphs of several
 * sentences, or several paragraphs; a deck of teasers does nothing but alternate titles and one-line summaries.
 * Found before the body is chosen, so a long deck cannot outweigh an article cut up by its own furniture.
 */
export function markTeaserDecks(lines: LineInfo[], cues: (BoilerplateKind | null)[]): void {
  const text = lines.filter((line) => !line.blank);
  let k = 0;
  while (k + 1 < text.length) {
    let end = k;
    while (end + 1 < text.length && isTeaserTitle(text[end], cues[text[end].index]) && isTeaserSummary(text[end + 1], cues[text[end + 1].index])) {
      end += 2;
    }
    if (end - k >= 2 * MIN_DECK_PAIRS) {
      for (let m = k; m < end; m++) {
        cues[text[m].index] = 'related-link';
      }
      k = end;
    } else {
      k++;
    }
  }
}
