import { HEADLINE_VERBS, NON_PERSON_WORDS, ORG_HEADS } from './lexicon';
import { isNonName, isTitleWord, opensSentence, startsName } from './nameWords';
import { isParticipleOpener } from './participleOpeners';
import { isWrittenSurname } from './surnames';
import { isCapitalized, type Token } from './tokens';

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'del', 'della', 'la', 'le', 'di', 'du', 'dos', 'ter', 'ten', 'el', 'ibn', 'of']);

/** Whether an organisation's head noun is among the (at most four) capitalised words from `from` on. */
function orgHeadFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 4 && isCapitalized(tokens[k]) && (k === from || tokens[k].start - tokens[k - 1].end <= 1); k++) {
    if (ORG_HEADS.has(tokens[k].lower)) {
      return true;
    }
  }
  return false;
}

/**
 * "Trawlers' Association": a plural possessive apostrophe at `index` joining two parts of one organisation's name
 * (not "Breitbart News’ Dr. Smith": the part after it must hold an organisation's head noun).
 */
export function possessiveJoin(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (
    mark?.type === 'punct' &&
    (mark.text === "'" || mark.text === '’') &&
    before?.type === 'word' &&
    before.end === mark.start &&
    before.lower.endsWith('s') &&
    isCapitalized(before) &&
    after !== undefined &&
    isCapitalized(after) &&
    !isNonName(after) &&
    after.start - mark.end <= 1 &&
    !after.lineStart &&
    orgHeadFollows(tokens, index + 1)
  );
}

const capitalized = (token: Token): boolean => isCapitalized(token);

/** A capitalised word right after `previous` that carries its name on (a headline's "Thanked", "Warns" does not). */
function continuesName(next: Token, previous: Token): boolean {
  return capitalized(next) && !isNonName(next) && next.start - previous.end <= 1 && !next.lineStart && !HEADLINE_VERBS.has(next.lower);
}

/** Particles that open a surname when capitalised ("De Blasio", "Van Hollen"); not "Ten", "Of", "El" (a place's). */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'del', 'della', 'la', 'le', 'di', 'du', 'dos', 'ibn']);

export const isSurnameParticle = (lower: string): boolean => SURNAME_PARTICLES.has(lower);

/** "De Blasio said": a capitalised particle right before a capitalised name word opens that surname, even at a sentence's start. */
function opensSurname(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return SURNAME_PARTICLES.has(tokens[index].lower) && next !== undefined && capitalized(next) && !isNonName(next) && next.start - tokens[index].end <= 1 && !next.lineStart;
}

/**
 * Splits a token stream into maximal capitalised phrases ("NATO Secretary General Mark Rutte", "Bank of America").
 * `commonWords` holds the words the document also writes in lower case: a capitalised sentence opener that is one
 * of them ("Leaks", "Meanwhile") is not part of a name. Runs start in [from, to) and hold words (and the
 * apostrophe of a plural possessive) only.
 */
export function capitalizedRuns(tokens: readonly Token[], commonWords: ReadonlySet<string>, text: string, from = 0, to = tokens.length): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!startsName(tokens, i)) {
      i++;
      continue;
    }
    // a sentence opener the document also writes in lower case, or a verb of saying opening it ("Stated Roe: …")
    if (opensSentence(tokens, i) && ((commonWords.has(token.lower) && !isTitleWord(token.lower) && !opensSurname(tokens, i)) || HEADLINE_VERBS.has(token.lower) || isParticipleOpener(tokens, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      if (continuesName(next, tokens[j - 1])) {
        j++;
      } else if ((PARTICLES.has(next.lower) && next.type === 'word' && tokens[j + 1] && capitalized(tokens[j + 1])) || possessiveJoin(tokens, j)) {
        j += 2;
      } else {
        break;
      }
    }
    j = surnameEnd(tokens, j, text);
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * `end`, or one past it when the run ending there goes on with a surname spelt as a function word ("Al From,",
 * "Theresa May said"): the text must write it so after a given name (isWrittenSurname). A word that makes a name a
 * thing's ("Judicial Watch") stays out.
 */
export function surnameEnd(tokens: readonly Token[], end: number, text: string): number {
  const next = tokens[end];
  const previous = tokens[end - 1];
  const continues = next !== undefined && capitalized(next) && isNonName(next) && next.start - previous.end <= 1 && !next.lineStart && !capitalized(tokens[end + 1]);
  return continues && !NON_PERSON_WORDS.has(next.lower) && isWrittenSurname(next, text) ? end + 1 : end;
}

/**
 * End (exclusive) of the capitalised run starting at `start`, read in place (no copies: clause scanning calls this
 * for many tokens), at most `max` tokens long; `start` when no run starts there.
 */
export function capitalRunEnd(tokens: readonly Token[], start: number, ceiling: number, max: number): number {
  const first = tokens[start];
  if (first === undefined || start >= ceiling || !startsName(tokens, start)) {
    return start;
  }
  const limit = Math.min(ceiling, start + max);
  let j = start + 1;
  while (j < limit) {
    const next = tokens[j];
    if (continuesName(next, tokens[j - 1])) {
      j++;
    } else if (j + 1 < limit && ((next.type === 'word' && PARTICLES.has(next.lower) && capitalized(tokens[j + 1])) || possessiveJoin(tokens, j))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}
