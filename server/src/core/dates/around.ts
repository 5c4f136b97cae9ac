import type { UnitWord } from './lexicon';

/** Where a rule's key words stand: `around` reads its pattern only there. */
export interface Hit {
  index: number;
  end: number;
}

/**
 * The words of the shared scan that `word` accepts, each followed by what the sticky `next` matches when it is
 * given ("week" + " of"): the hits of a rule, found without a pass of its own over the text.
 */
export function wordHits(text: string, words: readonly UnitWord[], word: RegExp, next?: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const found of words) {
    if (!word.test(found.word)) {
      continue;
    }
    let end = found.index + found.word.length;
    if (next) {
      next.lastIndex = end;
      if (!next.test(text)) {
        continue;
      }
      end = next.lastIndex;
    }
    hits.push({ index: found.index, end });
  }
  return hits;
}

/**
 * Matches of the sticky `pattern` read at each word of the shared scan that `word` accepts: the pattern starts at the
 * word, and reaches the words before it, when it must, by a lookbehind.
 */
export function* stickyAt(text: string, words: readonly UnitWord[], word: RegExp, pattern: RegExp): Generator<RegExpExecArray> {
  for (const found of words) {
    pattern.lastIndex = found.index;
    const match = word.test(found.word) ? pattern.exec(text) : null;
    if (match) {
      yield match;
    }
  }
}

/**
 * Matches of `pattern` (global) that cover a hit, deduplicated: V8 tries a regex that starts with an alternation or
 * an optional word at every position of the text, so it is read only in a window around each hit.
 */
export function* around(text: string, hits: readonly Hit[], pattern: RegExp, before: number, after: number): Generator<RegExpExecArray> {
  let covered = -1;
  for (const hit of hits) {
    const from = Math.max(0, hit.index - before, covered);
    const window = text.slice(from, Math.min(text.length, hit.end + after));
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      const start = from + match.index;
      if (start <= hit.index && start + match[0].length >= hit.end) {
        covered = start + match[0].length;
        match.index = start;
        yield match;
      }
    }
  }
}
