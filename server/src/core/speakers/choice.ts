import type { CueMatch } from './cueMatch';
import { isPersonNoun, SINGULAR_PERSONAL } from './lexicon';
import type { Phrase } from './phrases';
import { rankerCandidates, type Candidate, type RankerInput } from './ranker';
import { best, type RankerWeights } from './rankerScore';
import type { NameOccurrence } from './scan';

// How attribution asks the learned ranker (./ranker.ts) for a quote's speaker, and which names count as known.

/** How attribution ranks candidate mentions: the shipped weights, or a trainer's (which may watch every choice). */
export interface Ranking {
  weights: RankerWeights;
  observe?: (quote: number, candidates: readonly Candidate[]) => void;
}

/**
 * Whether a phrase names someone the article's body names too: a full name seen below the headline, or the surname of
 * a person named there in full ("Roe" for "Jane Roe"). Title case makes any headline word look like a name. Given a
 * stretch [from, to), only a naming outside it counts: a subhead's own title-case run ("Jane Roe Sides") is no
 * evidence of a name.
 */
export function bodyNames(
  occurrences: readonly NameOccurrence[],
  headlineEnd: number,
  fullOnly = false,
): (phrase: Phrase, from?: number, to?: number) => boolean {
  const starts = new Map<string, number[]>();
  const note = (key: string, start: number): void => {
    const list = starts.get(key);
    if (list) {
      list.push(start);
    } else {
      starts.set(key, [start]);
    }
  };
  for (const { name } of occurrences) {
    if (name.start >= headlineEnd && (!fullOnly || name.words.length > 1)) {
      note(name.words.join(' '), name.start);
      if (name.kind !== 'org' && name.words.length > 1) {
        note(name.words[name.words.length - 1], name.start);
      }
    }
  }
  return (phrase, from = 0, to = 0) => {
    const name = phrase.kind === 'pronoun' ? null : phrase.name;
    if (name === null) {
      return false;
    }
    // "Francois Hollande" in the headline, "François Hollande" in the body: a full name whose surname the body gives a person
    const list = starts.get(name.words.join(' ')) ?? (name.kind === 'person' && name.words.length > 1 ? starts.get(name.words[name.words.length - 1]) : undefined);
    return list !== undefined && list.some((start) => start < from || start >= to);
  };
}

/**
 * The rules' match for one quote, or the ranker's choice where it outscores it. Where the ranker prefers nobody, its
 * best mention, when it may stand as a source at all, is still the quote's probable source (`probable`).
 */
export function ranked(
  ranking: Ranking,
  index: number,
  input: RankerInput,
  isFullyNamed: (phrase: Phrase) => boolean,
): { match: CueMatch | null; probable: CueMatch | null } {
  const { rule } = input;
  // "“…,” he said", "she told reporters: “…”": a personal pronoun with its verb of saying right beside the quote
  const pronounBeside = rule !== null && rule === input.adjacent && rule.cue !== null && SINGULAR_PERSONAL.has(rule.subject.text.toLowerCase());
  if (rule && ((rule.cue && rule.position !== 'carried' && rule.subject.kind !== 'pronoun') || rule.byNoun || pronounBeside || rule.ownClause)) {
    return { match: rule, probable: null }; // a mention with its own verb of saying, or named by "remarks by X": the rules are exact there
  }
  const candidates = rankerCandidates(input);
  ranking.observe?.(index, candidates);
  const chosen = best(ranking.weights, candidates);
  if (chosen.rule) {
    return { match: input.rule, probable: null };
  }
  if (!chosen.phrase) {
    // a probable source stands where a subject does, not after a verb or preposition ("juggling a new husband")
    const mentions = candidates.filter((candidate) => candidate.phrase !== null && !candidate.features.some((feature) => OBJECT_FEATURES.has(feature)));
    const likeliest = mentions.length > 0 ? best(ranking.weights, mentions) : null;
    return { match: null, probable: likeliest?.phrase && isProbableSource(likeliest.phrase, isFullyNamed) ? matchOf(likeliest) : null };
  }
  return { match: matchOf(chosen), probable: null };
}

const OBJECT_FEATURES = new Set(['after-word', 'link<', 'told<']);
const INDEFINITE = /^an?\s/i;

/**
 * A mention that may stand as the source of a quote no verb attributes: "he" or "she", a name the article gives in
 * full somewhere (or the surname of one), or a definite role phrase headed by a person noun; not a lone capitalised
 * word ("Remember", "Plumes") nor an indefinite phrase ("a team of people").
 */
function isProbableSource(phrase: Phrase, isFullyNamed: (phrase: Phrase) => boolean): boolean {
  if (phrase.kind === 'pronoun') {
    return SINGULAR_PERSONAL.has(phrase.text.toLowerCase());
  }
  if (phrase.kind === 'role') {
    return !INDEFINITE.test(phrase.text) && isPersonNoun(phrase.words[phrase.words.length - 1] ?? '');
  }
  const name = phrase.name;
  return name !== null && (name.kind === 'person' || name.kind === 'org' || name.kind === 'single') && isFullyNamed(phrase);
}

function matchOf(chosen: Candidate): CueMatch {
  const cue = chosen.cue ? { start: chosen.cue.start, end: chosen.cue.end, text: chosen.cue.text } : null;
  return { subject: chosen.phrase as Phrase, cue, position: chosen.position };
}

