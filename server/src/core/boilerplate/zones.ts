import type { LineInfo } from './lines';

/** First and last line of the article body (inclusive), or null when the text has no running prose. */
export interface BodyRange {
  first: number;
  last: number;
  /** Prose characters of the run minus the cost of the other lines in it. */
  score: number;
}

/** What one non-prose line between prose lines costs, in characters of prose it cancels. */
export const GAP_COST = 100;
const QUOTED_LINE_COST = 15;
/** Prose lines count at most this much, so one huge line does not drag far-away furniture into the body. */
const MAX_LINE_GAIN = 300;

/**
 * The article body of a page dump is the densest run of prose lines; navigation, link lists and footers around it
 * are short lines. Found as the maximum-sum run of lines (Kadane), prose counting for its length and every other
 * non-blank line against it. Hand-written (linear scan): boilerplate removal libraries (readability, jusText) work
 * on DOM trees or need stop-list corpora we do not ship.
 */
export function findBodyRange(lines: LineInfo[], isBodyProse: (line: LineInfo) => boolean, limit: number): BodyRange | null {
  let best: BodyRange | null = null;
  let bestSum = 0;
  let runFirst = -1;
  let runSum = 0;
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (line.blank) {
      continue;
    }
    if (isBodyProse(line)) {
      if (runFirst < 0) {
        runFirst = i;
        runSum = 0;
      }
      runSum += Math.min(line.length, MAX_LINE_GAIN);
      if (runSum > bestSum) {
        bestSum = runSum;
        best = { first: runFirst, last: i, score: runSum };
      }
    } else if (runFirst >= 0) {
      // Quoted lines ("> …", embedded posts) belong to the article more often than not: they cost little.
      runSum -= line.text.startsWith('>') ? QUOTED_LINE_COST : GAP_COST;
      if (runSum <= 0) {
        runFirst = -1;
      }
    }
  }
  return best;
}
