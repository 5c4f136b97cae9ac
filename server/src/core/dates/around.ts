import { matchesOf } from '../matches';

/**
 * Matches of `pattern` (global) around each match of a cheap literal `trigger`, deduplicated: V8 scans a regex
 * that starts with a literal word quickly, but tries one that starts with an alternation or an optional word at
 * every position of the text.
 */
export function* around(text: string, trigger: RegExp, pattern: RegExp, before: number, after: number): Generator<RegExpExecArray> {
  let covered = -1;
  for (const hit of matchesOf(text, trigger)) {
    const from = Math.max(0, hit.index - before, covered);
    const window = text.slice(from, Math.min(text.length, hit.index + hit[0].length + after));
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      const start = from + match.index;
      if (start <= hit.index && start + match[0].length >= hit.index + hit[0].length) {
        covered = start + match[0].length;
        match.index = start;
        yield match;
      }
    }
  }
}
