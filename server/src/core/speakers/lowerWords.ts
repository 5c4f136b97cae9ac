import type { Token } from './tokens';

const ANY = (): boolean => true;

/**
 * The lower-case forms of tokens[from, to) that `keep` accepts, pushed into one array literal. Every word list then
 * has the same element kind: `Array.prototype.map` makes holey arrays, literals and filters packed ones, and V8
 * throws away the optimised code of every reader of `words` that meets both.
 */
export function lowerWords(tokens: readonly Token[], from: number, to: number, keep: (token: Token) => boolean = ANY): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (keep(tokens[k])) {
      words.push(tokens[k].lower);
    }
  }
  return words;
}
