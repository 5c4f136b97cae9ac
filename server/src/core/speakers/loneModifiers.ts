import { isPersonNoun, NOUN_LIKE_VERBS, ORG_HEADS, REPORTING_VERBS } from './lexicon';
import { isCapitalized, type Token } from './tokens';

const NUMBER = /^\d/;

/** A person or organisation noun, plural ("organizations") or hyphenated ("front-runner") too. */
function isSpeakerNoun(lower: string): boolean {
  const head = lower.slice(lower.lastIndexOf('-') + 1);
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  return isPersonNoun(lower) || isPersonNoun(head) || ORG_HEADS.has(head) || ORG_HEADS.has(singular);
}

const NOUN_LINKS = new Set(['of', 'about', 'on', 'against', 'from', 'by', 'over']);

/** "Republican claims of …", "Democratic comments about …": a verb of saying that is a noun before its preposition. */
function isNounBefore(tokens: readonly Token[], index: number): boolean {
  const link = tokens[index + 1];
  return NOUN_LIKE_VERBS.has(tokens[index].lower) && link?.type === 'word' && NOUN_LINKS.has(link.text);
}

/**
 * Whether the words after a lone capitalised adjective or page word ("Democratic", "Latest"), starting at token
 * `after`, make it part of a speaker's mention: a person or organisation noun within three lower-case words
 * ("Republican party boss", "Federal labor organizations"), a verb of saying ("Read said") or a number ("Article
 * 33"). Otherwise it names no one ("Nevada's Democratic caucuses", "accused the Democratic leadership", "The Latest:").
 */
export function modifiesSpeaker(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (next !== undefined && (NUMBER.test(next.text) || (next.type === 'word' && REPORTING_VERBS.has(next.lower) && !isCapitalized(next) && !isNounBefore(tokens, after)))) {
    return true;
  }
  for (let k = after; k < after + 3 && tokens[k]?.type === 'word' && !isCapitalized(tokens[k]); k++) {
    if (isSpeakerNoun(tokens[k].lower)) {
      return true;
    }
  }
  return false;
}
