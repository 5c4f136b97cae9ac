import { isCueVerb, phraseStartingAt, type Phrase } from './phrases';
import { isWord } from './clauses';
import type { Token } from './tokens';

// What stands between a subject and its cue verb ("Jane Roe, 67, a retired nurse, said"; "Cruz (R-Texas) said"),
// and the token helpers the cue readers share.

/** Verb forms that can open an inverted attribution ("said Rutte", "adds the minister", "wrote Smith"). */
export const FINITE = /(?:ed|[^s]s|^said|^told|^wrote|^read|^spoke|^sang)$/;

/** Index of the token whose start is `start`, searching from `from` forward. */
export function indexOf(tokens: readonly Token[], start: number, from: number): number {
  let k = Math.max(0, from);
  while (k < tokens.length && tokens[k].start < start) {
    k++;
  }
  return k;
}

export const MAX_APPOSITION_TOKENS = 40;

/** "the mayor's spokeswoman, Jane Roe, said": the person named in the apposition after a role phrase, or null. */
export function namedInApposition(tokens: readonly Token[], comma: number, ceiling: number, text: string): Phrase | null {
  if (tokens[comma]?.text !== ',') {
    return null;
  }
  const name = phraseStartingAt(tokens, comma + 1, ceiling, text);
  const after = name ? indexOf(tokens, name.end, comma + 1) : -1;
  return name && name.kind === 'name' && name.name?.kind === 'person' && tokens[after]?.text === ',' ? name : null;
}

/**
 * "“…,” Jane Roe, 67, a retired nurse in Springfield, Ill., said": past an apposition too long or too punctuated
 * for skipAsides, the finite cue verb that closes it (", said"), or -1.
 */
export function verbAfterLongApposition(tokens: readonly Token[], from: number, ceiling: number): number {
  if (tokens[from]?.text !== ',') {
    return -1;
  }
  for (let k = from + 1; k < ceiling && k - from < MAX_APPOSITION_TOKENS; k++) {
    if (tokens[k].type === 'quote') {
      return -1;
    }
    if (tokens[k - 1].text === ',' && isCueVerb(tokens[k]) && FINITE.test(tokens[k].lower)) {
      return k;
    }
  }
  return -1;
}

const FILLER_AFTER_SUBJECT = /^(?:also|later|then|again|has|had|have|is|was|would|will|could|may|might|can|did|does|once|\p{Ll}+ly)$/u;

/** Past a subject's parenthesis, apposition and adverbs: "Cruz (R-Texas) said", "Jim Bennett, 57, told". */
export function skipAsides(tokens: readonly Token[], from: number, ceiling: number): number {
  let v = from;
  for (let guard = 0; v < ceiling && guard < 6; guard++) {
    const token = tokens[v];
    if (token.text === '(') {
      while (v < ceiling && tokens[v].text !== ')') {
        v++;
      }
      v++;
    } else if (token.text === ',') {
      let close = v + 1;
      while (close < ceiling && tokens[close].text !== ',' && close - v < 12) {
        close++;
      }
      if (close >= ceiling || tokens[close].text !== ',') {
        return v;
      }
      v = close + 1;
    } else if (isWord(token) && FILLER_AFTER_SUBJECT.test(token.lower)) {
      v++;
    } else {
      return v;
    }
  }
  return v;
}
