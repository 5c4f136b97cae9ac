import type { LineInfo } from './lines';
import type { LineScorer } from './scoring';

/** First and last line of the article body (inclusive), or null when the text has no running prose. */
export interface BodyRange {
  first: number;
  last: number;
  /** Prose characters of the run minus the cost of the other lines in it. */
  score: number;
}

/**
 * The article body of a page dump is the densest run of prose lines; navigation, link lists and footers around it
 * are short lines. Found as the maximum-sum run of lines (Kadane): `gain` is positive for body prose (its length)
 * and negative for lines that speak against the body. Hand-written (linear scan): boilerplate removal libraries
 * (readability, jusText) work on DOM trees or need stop-list corpora we do not ship.
 */
export function findBodyRange(lines: LineInfo[], gain: (line: LineInfo) => number, limit: number): BodyRange | null {
  let best: BodyRange | null = null;
  let bestSum = 0;
  let runFirst = -1;
  let runSum = 0;
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (line.blank) {
      continue;
    }
    const value = gain(line);
    if (value > 0) {
      if (runFirst < 0) {
        runFirst = i;
        runSum = 0;
      }
      runSum += value;
      if (runSum > bestSum) {
        bestSum = runSum;
        best = { first: runFirst, last: i, score: runSum };
      }
    } else if (runFirst >= 0) {
      runSum += value;
      if (runSum <= 0) {
        runFirst = -1;
      }
    }
  }
  return best;
}

/** Moves the ends of `body` over figures and ad markers to the prose beyond them, however short that prose is. */
export function extendOverInlineFurniture(lines: LineInfo[], scorer: LineScorer, body: BodyRange, limit: number): BodyRange {
  let { first, last } = body;
  for (let i = last + 1; i < limit && scorer.inline(lines[i]); i++) {
    if (i + 1 < limit && scorer.bodyProse(lines[i + 1])) {
      last = i + 1;
      i++;
    }
  }
  for (let i = first - 1; i >= 0 && scorer.inline(lines[i]); i--) {
    if (i > 0 && scorer.bodyProse(lines[i - 1])) {
      first = i - 1;
      i--;
    }
  }
  return { first, last, score: body.score };
}
