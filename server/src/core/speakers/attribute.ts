import type { Boilerplate, Quote, QuoteKind, TextStructure } from '../types';
import { Coreference } from './coreference';
import { anchorsTitle, isNickname } from '../quotes/kind';
import { DOCUMENT_NOUNS } from './lexicon';
import { accordingToSource, headlineSubject, organisationBefore, previousSentenceCue, probableSubject, signatureBelow, subjectFallback } from './context';
import { sentenceStart, type CueMatch } from './cueMatch';
import { wrapsReport } from './closingClause';
import { adjacentCueBefore, cueBefore } from './cues';
import { cueAfter } from './cueAfter';
import { authorAfter, headlineOnly } from './signatures';
import { titledMessageSender } from './senders';
import { isSubhead } from './subheads';
import { EntityRegistry, type Entity } from './entities';
import { FurnitureSpans } from './furniture';
import { buildAttribution, type Attribution } from './output';
import { roleText } from './roles';
import { scanNames } from './scan';
import { isCapitalized, TokenTable, type Token } from './tokens';
import { ParagraphViews, type Located } from './views';
import { bodyNames, ranked, type Ranking } from './choice';
import { nearerClausePronoun } from './clauseSubject';
import type { Phrase } from './phrases';
import type { ClauseContext } from './subjects';
import { wordCount } from './quoteText';
import { RANKER_WEIGHTS } from './rankerWeights';

export type { Attribution } from './output';
export type { Ranking } from './choice';

const FRAMING = /^(?:said|says|say|told|tells|wrote|writes|added|adds|argued|argues|claimed|claims|insisted|insists|noted|notes|explained|warned|warns)\b/;
/** Verbs that give a name: "Roe called the plan “The Folly”" (a person naming), not "a play called “The Folly”". */
const NAMING = /^(?:called|calls|calling|dubbed|dubs|labeled|labelled|labels|nicknamed)\b/;
const TERM_INTRODUCERS = new Set(['so-called']);

const CLAUSE_WORDS = new Set(['of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'as', 'than']);

/**
 * "the “peace plan” contains …": a short quoted term that is itself the subject of a verb, introduced like a noun of
 * the writer's own, is a scare quote, no one's words.
 */
function isTermUse(quote: Quote, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous?.type !== 'word' || !TERM_INTRODUCERS.has(previous.lower) || quote.text.length > 60) {
    return false;
  }
  const next = tokens[index + 1];
  const words = wordCount(quote.text.trim());
  const verbFollows = next?.type === 'word' && !isCapitalized(next) && !CLAUSE_WORDS.has(next.lower);
  return words <= 3 && !/[.!?,]/.test(quote.text) && verbFollows;
}

/**
 * Attributes every quote through its cue (before, after or around it), carries an attribution over to the quote
 * sentences that follow it, resolves pronouns and role phrases, merges aliases and refines partial/scare kinds.
 *
 * Clause scanning is local: each paragraph that holds a quote is tokenised once with its quotes collapsed to single
 * tokens, and sentence bounds are read from those tokens. That keeps the stage linear; `structure.sentencesOf`
 * (retext) would cost ~0.4 s/MB and still need the quote-aware view built here.
 */
export function attributeQuotes(
  structure: TextStructure,
  quotes: Quote[],
  boilerplate: Boilerplate[],
  ranking: Ranking = { weights: RANKER_WEIGHTS },
): Attribution {
  const { text } = structure;
  const registry = new EntityRegistry();
  const table = new TokenTable(text);
  const { commonWords } = table;
  const furniture = new FurnitureSpans(boilerplate, structure);
  const occurrences = scanNames(table, quotes, registry, furniture);
  const coreference = new Coreference(registry, occurrences);

  // pushed into a literal: `map` makes a holey array and V8 dropped the optimised code of every reader of `order`
  const order: number[] = [];
  quotes.forEach((quote, index) => quote.depth === 0 && order.push(index));
  order.sort((a, b) => quotes[a].open.start - quotes[b].open.start);
  const views = new ParagraphViews(structure, table, quotes, order);

  const isBodyName = bodyNames(occurrences, structure.paragraphs[0]?.end ?? 0);
  const isFullyNamed = bodyNames(occurrences, 0, true);
  // the headline's quote, or a subhead's: its subject must be named elsewhere in the body
  const headlineOf = (where: Located, tokens: readonly Token[], context: ClauseContext): CueMatch | null => {
    if (where.paragraph === 0) {
      return headlineSubject(context, where.token, isBodyName);
    }
    const { start, end } = structure.paragraphs[where.paragraph];
    return isSubhead(tokens, where.token) ? headlineSubject(context, where.token, (phrase) => isBodyName(phrase, start, end)) : null;
  };
  const matches = new Map<number, CueMatch>();
  /** A "he"/"she" opening the quote's own clause after the subject chosen: the nearer mention if it is that person. */
  const nearer = new Map<number, Phrase>();
  const kinds = new Map<number, QuoteKind>();
  let previous: number | null = null;
  for (const index of order) {
    const quote = quotes[index];
    const where = views.locate(index);
    if (!where || furniture.covers(quote.open.start)) {
      previous = null;
      continue;
    }
    views.releaseBefore(where.paragraph - 1);
    const tokens = views.tokens(where.paragraph);
    const lead = text.slice(Math.max(0, quote.open.start - 24), quote.open.start).trimEnd();
    const nickname = quote.close !== null && isNickname(quote.text, lead, text.slice(quote.close.end, quote.close.end + 24), (word) => commonWords.has(word));
    if (nickname || isTermUse(quote, tokens, where.token)) {
      kinds.set(index, 'scare');
      continue;
    }
    const context = { tokens, text, commonWords };
    const after = cueAfter(context, where.token);
    const beside = after?.closes ? null : adjacentCueBefore(context, where.token);
    const adjacent = after?.closes || (after?.final && beside && wrapsReport(beside, after)) ? after : beside ?? (after?.weak ? null : after);
    if (quote.kind === 'title') {
      // a quoted title is no one's words, unless a cue right beside it says otherwise (a slogan chanted, a headline);
      // an author named right after it ("“Tide Song” was written by Jane Roe"), or the sender of a message it titles, is its source; it stays a title
      const named = anchorsTitle(text.slice(Math.max(0, quote.open.start - 32), quote.open.start));
      const spoken = (named ? null : adjacent) ?? headlineOnly(context, where.token);
      const author = spoken ? null : (authorAfter(context, where.token) ?? titledMessageSender(context, where.token));
      const headline = !spoken && !author ? headlineOf(where, tokens, context) : null;
      if (author) {
        matches.set(index, author);
        kinds.set(index, 'title');
      } else if (spoken) {
        matches.set(index, spoken);
        kinds.set(index, 'partial');
      } else if (headline) {
        matches.set(index, headline);
        kinds.set(index, 'title');
      } else {
        // a title named inside someone's reported speech ("Trump said “The Apprentice” …") is theirs to mention
        const reported = cueBefore(context, where.token);
        const cue = reported?.cue?.text.toLowerCase() ?? '';
        if (reported?.cue && (FRAMING.test(cue) || (NAMING.test(cue) && reported.subject.kind !== 'role'))) {
          matches.set(index, reported);
          kinds.set(index, 'title');
        }
      }
      previous = null;
      continue;
    }
    let match: CueMatch | null = adjacent ?? cueBefore(context, where.token) ?? after;
    if (!match && sentenceStart(tokens, where.token) === where.token) {
      match = carried(previous, where, views, matches, previous === null ? null : quotes[previous].kind);
      if (!match && where.token > 0) {
        match = previousSentenceCue(context, where.token);
      }
      if (!match && where.token === 0 && where.paragraph > 0) {
        // "He said:⏎⏎“…”": a colon closing the paragraph before
        const before = views.tokens(where.paragraph - 1);
        if (before[before.length - 1]?.text === ':') {
          match = cueBefore({ tokens: before, text, commonWords }, before.length);
        }
      }
    }
    const below = structure.paragraphs[where.paragraph + 1];
    if (!match && below && !furniture.covers(below.start) && !tokens.some((token, k) => k > where.token && token.type !== 'punct')) {
      match = signatureBelow({ tokens: views.tokens(where.paragraph + 1), text, commonWords });
    }
    if (!match && (quote.kind === 'partial' || quote.kind === 'scare') && !quote.inComments) {
      match = subjectFallback(context, where.token);
      if (match) {
        kinds.set(index, quote.kind); // a probable source, not a speech cue: the fragment keeps its kind
      }
    }
    // furniture and reader comments keep the rules' reading: the ranker learned from article bodies
    let probable: CueMatch | null = null;
    if (!quote.inBoilerplate && !quote.inComments) {
      const input = { context, quote: where.token, kind: quote.kind, words: wordCount(quote.text), rule: match, adjacent, previous: previousSubject(previous, where, views, matches) };
      const choice = ranked(ranking, index, input, isFullyNamed);
      match = choice.match;
      probable = choice.probable;
    }
    if (!match && !probable && (quote.kind === 'partial' || quote.kind === 'scare') && !quote.inBoilerplate && !quote.inComments) {
      probable = probableSubject(context, where.token, isFullyNamed);
    }
    const cited = accordingToSource(context, where.token) ?? (match ? null : headlineOf(where, tokens, context)) ?? (match ? null : probable);
    if (cited ? !match : match?.keepsKind) {
      // a source named without a verb of saying: the quote keeps the kind it has with no speech cue
      kinds.set(index, quote.kind === 'partial' ? 'scare' : quote.kind);
    }
    match = cited ?? match;
    if (!match) {
      kinds.delete(index);
    }
    if (match) {
      const organisation = organisationBefore(context, where.token, match);
      matches.set(index, organisation ? { ...match, antecedent: organisation } : match);
      const pronoun = nearerClausePronoun(context, where.token, match);
      if (pronoun) {
        nearer.set(index, pronoun);
      }
    }
    previous = index;
  }
  carryBackOverParagraphs(order, quotes, views, matches);

  const speakerOf = new Map<number, Entity>();
  for (const index of order) {
    const match = matches.get(index);
    if (!match) {
      continue;
    }
    const entity = coreference.resolve(match.subject, match.antecedent);
    if (!entity) {
      continue;
    }
    const owner = documentOwner(match.subject.text);
    if (owner) {
      // "The Foreign Ministry statement called …": the ministry's name is the attributing mention
      const start = match.subject.start + owner.offset;
      matches.set(index, { ...match, subject: { ...match.subject, start, end: start + owner.text.length, text: owner.text, kind: 'name' } });
    }
    entity.listed = true;
    speakerOf.set(index, entity);
    if (match.position !== 'carried') {
      coreference.see(match.subject.start, entity);
    }
    const pronoun = nearer.get(index);
    if (pronoun && coreference.standsFor(pronoun.text, pronoun.start, entity)) {
      matches.set(index, { ...match, subject: pronoun, antecedent: undefined });
    }
    if (match.subject.kind === 'role' && entity.forms.length > 0 && entity.kind === 'person') {
      registry.addRole(entity, roleText(match.subject.text));
    }
  }
  return buildAttribution({ text, quotes, occurrences, registry, matches, speakerOf, kinds });
}

/** The attributing mention of the quote before, when it stood in the same paragraph or the one before. */
function previousSubject(previous: number | null, where: Located, views: ParagraphViews, matches: ReadonlyMap<number, CueMatch>): Phrase | null {
  const located = previous === null ? undefined : views.locate(previous);
  const match = previous === null ? undefined : matches.get(previous);
  return located && match && located.paragraph >= where.paragraph - 1 ? match.subject : null;
}

// (case-sensitive: under the i flag \\p{Lu} matches any letter, and "One such document" was "One such"'s document)
const DOCUMENT_PHRASE = new RegExp(`^((?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+)+)(?:${[...DOCUMENT_NOUNS].join('|')})$`, 'u');

const HAS_UPPER = /\p{Lu}/u;

/** The named author of a document phrase ("The Foreign Ministry statement" → "The Foreign Ministry"), or null. */
function documentOwner(phrase: string): { offset: number; text: string } | null {
  const match = DOCUMENT_PHRASE.exec(phrase);
  if (!match || !HAS_UPPER.test(match[1].replace(/^the\s+/i, ''))) {
    return null;
  }
  return { offset: 0, text: match[1].trimEnd() };
}

/** "“A,” Rutte said. “B.”": B, standing alone right after A's attribution, is A's speaker's too. */
function carried(
  previous: number | null,
  where: Located,
  views: ParagraphViews,
  matches: Map<number, CueMatch>,
  previousKind: QuoteKind | null,
): CueMatch | null {
  if (previous === null) {
    return null;
  }
  const before = views.locate(previous);
  const match = matches.get(previous);
  if (!before || !match || before.paragraph < where.paragraph - 1) {
    return null;
  }
  // only when nothing but A's own sentence stands between A and B
  const tokens = views.tokens(before.paragraph);
  const lastBeforeB = before.paragraph === where.paragraph ? where.token - 1 : tokens.length - 1;
  // ("“A?” Rutte asked. “B.”": A's attribution may sit in the sentence right after A)
  const reach = match.position === 'after' ? before.token + 1 : before.token;
  const adjacent = lastBeforeB >= before.token && sentenceStart(tokens, lastBeforeB) <= reach;
  const sameParagraph = before.paragraph === where.paragraph;
  // across a paragraph break only the "“A,” Rutte said.⏎⏎“B.”" shape carries, not a fragment of reported speech
  const nextParagraph = before.paragraph === where.paragraph - 1 && where.token === 0 && previousKind === 'direct';
  return adjacent && (sameParagraph || nextParagraph) ? { subject: match.subject, cue: match.cue, position: 'carried', antecedent: match.antecedent } : null;
}

/** "“A⏎⏎“B,” she said.": a quote running on over paragraphs takes the attribution that closes it. */
function carryBackOverParagraphs(
  order: readonly number[],
  quotes: readonly Quote[],
  views: ParagraphViews,
  matches: Map<number, CueMatch>,
): void {
  for (let k = order.length - 2; k >= 0; k--) {
    const index = order[k];
    const next = order[k + 1];
    const where = views.locate(index);
    const following = views.locate(next);
    const match = matches.get(next);
    if (matches.has(index) || !where || !following || !match || quotes[index].kind === 'title') {
      continue;
    }
    const endsParagraph = where.token === views.length(where.paragraph) - 1;
    if (endsParagraph && following.paragraph === where.paragraph + 1 && following.token === 0 && (quotes[index].close === null || quotes[index].marks === 'unclosed')) {
      matches.set(index, { ...match, position: 'carried' });
    }
  }
}
