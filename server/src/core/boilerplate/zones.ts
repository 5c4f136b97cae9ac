import type { BoilerplateKind } from '../types';
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
export function findBodyRange(lines: LineInfo[], gain: (line: LineInfo) => number, limit: number, from = 0): BodyRange | null {
  let best: BodyRange | null = null;
  let bestSum = 0;
  let runFirst = -1;
  let runSum = 0;
  for (let i = from; i < limit; i++) {
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

/** A list the converter prints as consecutive lines needs this many items to count as one. */
const MIN_LIST_ITEMS = 3;
/** Mean words per item below which consecutive lines are a menu of labels, not a list of facts. */
const MIN_LIST_ITEM_WORDS = 3;

function nextNonBlankIndex(lines: LineInfo[], index: number, limit: number): number {
  let i = index + 1;
  while (i < limit && lines[i].blank) {
    i++;
  }
  return i;
}

/**
 * Last line of a list that starts at `from`: consecutive lines of one paragraph (HTML list items), each one
 * neither furniture by its wording nor shared with other pages, with several words per item. -1 when none.
 */
function attachedListEnd(lines: LineInfo[], isClean: (line: LineInfo) => boolean, from: number, limit: number): number {
  let end = from;
  let words = 0;
  while (end < limit && !lines[end].blank && lines[end].paragraph === lines[from].paragraph && isClean(lines[end])) {
    words += lines[end].words;
    end++;
  }
  const items = end - from;
  return items >= MIN_LIST_ITEMS && words >= items * MIN_LIST_ITEM_WORDS ? end - 1 : -1;
}

/**
 * Moves the end of `body` over lists that the article introduces below its last paragraph: a heading or a lead-in
 * line ("Tour dates:", "Ingredients") and then a list (tour dates, ingredients, a squad) are part of the article.
 * A bare list after the last paragraph is not: teaser and link boxes come without a lead-in, or under a header the
 * cues name ("Related", "More from …"); furniture and lines other pages share stop the extension too.
 */
export function extendOverAttachedLists(lines: LineInfo[], isClean: (line: LineInfo) => boolean, body: BodyRange, limit: number): BodyRange {
  let last = body.last;
  for (;;) {
    const lead = nextNonBlankIndex(lines, last, limit);
    if (lead >= limit || lines[lead].prose || !isClean(lines[lead])) {
      break;
    }
    const next = nextNonBlankIndex(lines, lead, limit);
    const alone = next >= limit || lines[next].paragraph !== lines[lead].paragraph;
    // A lead-in ending with a colon may head the list's own paragraph; a heading stands alone in its paragraph.
    const end = alone || lines[lead].text.endsWith(':') ? attachedListEnd(lines, isClean, next, limit) : -1;
    if (end < 0) {
      break;
    }
    last = end;
  }
  return { first: body.first, last, score: body.score };
}

/** A second run of prose counts as the rest of the article when it weighs at least this share of the first. */
const SPLIT_PART_SHARE = 0.5;
/** Cue kinds that open a box a site inserts into its articles ("Most read", "Related", an ad marker). */
const BOX_OPENERS: ReadonlySet<BoilerplateKind> = new Set(['related-link', 'advertisement', 'read-more']);

/** A marker that says the article goes on after an inserted box ("Story continues below gallery"). */
const CONTINUES = /\bcontinues (?:below|after)\b/i;

/**
 * An article cut in two by a box the site inserted into it ("Most read in …" and its teasers, a gallery): the
 * densest run holds one part only. The best run on either side joins the body when the lines between them open
 * with a box header the cues name and that run weighs about as much as the body found (half of it or more), or
 * whatever it weighs when the header says the story continues below. The lines between are that box (they take the
 * header's kind where they had none), not body.
 */
export function joinSplitArticle(lines: LineInfo[], cues: (BoilerplateKind | null)[], scorer: LineScorer, body: BodyRange, limit: number): BodyRange {
  /** The box between two runs, as the kind of its header, when the part beside the body may join it; else null. */
  const boxKind = (part: BodyRange, gapFirst: number, gapEnd: number): BoilerplateKind | null => {
    const opener = nextNonBlankIndex(lines, gapFirst - 1, gapEnd);
    const cue = opener < gapEnd ? cues[opener] : null;
    if (cue === null || !BOX_OPENERS.has(cue)) {
      return null;
    }
    return part.score >= body.score * SPLIT_PART_SHARE || CONTINUES.test(lines[opener].text) ? cue : null;
  };
  const markBox = (gapFirst: number, gapEnd: number, kind: BoilerplateKind): void => {
    for (let i = gapFirst; i < gapEnd; i++) {
      if (!lines[i].blank && cues[i] === null) {
        cues[i] = kind;
      }
    }
  };
  let { first, last } = body;
  const before = findBodyRange(lines, scorer.gain, first);
  const beforeBox = before ? boxKind(before, before.last + 1, first) : null;
  if (before && beforeBox) {
    markBox(before.last + 1, first, beforeBox);
    first = before.first;
  }
  const after = findBodyRange(lines, scorer.gain, limit, last + 1);
  const afterBox = after ? boxKind(after, last + 1, after.first) : null;
  if (after && afterBox) {
    markBox(last + 1, after.first, afterBox);
    last = after.last;
  }
  return { first, last, score: body.score };
}

/**
 * Inside the body, a box header ("Related", "Most read", "Story continues below gallery") heads the lines below it
 * up to the next paragraph of body prose: the box's teasers or pictures take the header's kind (where they had none).
 */
export function markInlineBoxes(lines: LineInfo[], cues: (BoilerplateKind | null)[], scorer: LineScorer, body: BodyRange): void {
  for (let i = body.first; i <= body.last; i++) {
    const cue = cues[i];
    if (cue === null || !BOX_OPENERS.has(cue) || lines[i].prose) {
      continue;
    }
    let k = i + 1;
    for (; k <= body.last && !scorer.bodyProse(lines[k]); k++) {
      if (!lines[k].blank && cues[k] === null) {
        cues[k] = cue;
      }
    }
    i = k;
  }
}
