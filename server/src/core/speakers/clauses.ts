import { DETERMINERS, REPORTING_VERBS } from './lexicon';
import { isParticipleOpener } from './participleOpeners';
import type { Token } from './tokens';

// Where a clause starts: past a fronted subordinate clause or a dateline; whether a verb stands in a fronted clause.

export const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

export const DASHES = new Set(['—', '–', '―', '--']);
const OPENING_SUBORDINATORS = new Set(['when', 'while', 'after', 'as', 'if', 'because', 'although', 'though', 'since', 'before', 'once', 'until', 'whereas']);

const PARTICIPLE_LINKS = new Set(['to', 'by', 'before', 'with', 'at', 'in', 'on', 'for', 'about', 'from', 'after', 'alongside', 'beside', 'outside', 'inside', 'into', 'through', 'during', 'near']);

/** "Speaking to supporters in Ohio, …", "Asked on Monday whether …, …": a fronted participle phrase opens the sentence. */
function opensParticiplePhrase(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  const next = tokens[from + 1];
  return (isWord(first) && /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(first.text) && isWord(next) && (PARTICIPLE_LINKS.has(next.text) || DETERMINERS.has(next.text))) || isParticipleOpener(tokens, from);
}

const LEADING_ADVERBS = new Set(['ever', 'even', 'just', 'only', 'long', 'shortly', 'soon', 'right', 'not', 'years', 'months', 'weeks', 'days']);

/**
 * The subordinator opening the sentence at `from` ("When …", "Ever since …", "Shortly after …"), or -1.
 */
export function opensSubordinate(tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (!isWord(first)) {
    return -1;
  }
  if (OPENING_SUBORDINATORS.has(first.lower)) {
    return from;
  }
  const next = tokens[from + 1];
  return LEADING_ADVERBS.has(first.lower) && isWord(next) && OPENING_SUBORDINATORS.has(next.lower) ? from + 1 : -1;
}

/**
 * "When Roe announced her run in June, she called the plan “…”": true when the verb at `verb` stands in a clause
 * that a subordinator other than "as" ("As Roe said, “…”" frames the quote) opens the sentence with, and that a
 * comma closes before a word ahead of token `until`.
 */
export function inOpeningClause(tokens: readonly Token[], floor: number, verb: number, until: number): boolean {
  const subordinator = opensSubordinate(tokens, floor);
  if (subordinator < 0 || tokens[subordinator].lower === 'as' || verb <= subordinator) {
    return false;
  }
  for (let k = floor; k < verb; k++) {
    if (tokens[k].text === ',') {
      return false;
    }
  }
  // the comma must close the clause, not introduce the quote ("When Roe shouted, “…,” Doe joked")
  for (let k = verb + 1; k < until - 1; k++) {
    if (tokens[k].text === ',' && isWord(tokens[k + 1])) {
      return true;
    }
  }
  return false;
}

/**
 * "When Wallace died in 1998, President Clinton released …", "Speaking to supporters in Ohio, Roe said …": the main
 * clause starts after the fronted one (not when the fronted part holds a verb of saying: "Manning on Friday said, …").
 */
export function clauseStart(tokens: readonly Token[], from: number, to: number): number {
  const subordinate = opensSubordinate(tokens, from) >= 0;
  if (!subordinate && !opensParticiplePhrase(tokens, from)) {
    return from;
  }
  for (let k = from + 1; k < to && k - from < 30; k++) {
    if (tokens[k].text === ',') {
      return k + 1;
    }
    if (!subordinate && REPORTING_VERBS.has(tokens[k].lower) && !tokens[k].lower.endsWith('ing')) {
      return from;
    }
  }
  return from;
}

/** "WASHINGTON, Aug. 24 (UPI) — The committee …": the sentence proper starts after a dateline. */
export function datelineEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, from + 12); k++) {
    if (tokens[k].type === 'punct' && DASHES.has(tokens[k].text)) {
      const lead = tokens.slice(from, k);
      const datelike = lead.some((token) => token.text === ')' || (isWord(token) && token.text.length > 2 && token.text === token.text.toUpperCase() && !/\d/.test(token.text)));
      return datelike ? k + 1 : from;
    }
  }
  return from;
}

/**
 * "After Doe argued that …, Lee said …": true when the verb at `verb` stands in a clause that a subordinator opens
 * (at or after `floor`) and a comma closes before token `until`: a fronted clause, which frames nothing after it.
 */
export function inFrontedClause(tokens: readonly Token[], floor: number, verb: number, until: number, text: string): boolean {
  let opened = false;
  for (let k = verb - 1; k >= floor && !opened; k--) {
    opened = isWord(tokens[k]) && OPENING_SUBORDINATORS.has(tokens[k].lower);
  }
  for (let k = verb + 1; opened && k < until && k < tokens.length; k++) {
    if (endsWithComma(tokens[k], text)) {
      return true;
    }
  }
  return false;
}

/** A comma, or a quote whose comma stands inside its closing mark (“…,”): both close a clause. */
function endsWithComma(token: Token, text: string): boolean {
  return token.text === ',' || (token.type === 'quote' && QUOTED_COMMA.test(text.slice(Math.max(token.start, token.end - 4), token.end)));
}

const QUOTED_COMMA = /,\s*[’'"”]+$/;

const COORDINATORS = new Set(['and', 'but', 'or']);

/** Whether a coordinating word stands between two tokens ("their accusations and not wave around “…”"). */
export function coordinated(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (isWord(tokens[k]) && COORDINATORS.has(tokens[k].lower)) {
      return true;
    }
  }
  return false;
}

/** "Roe said …, but Doe was …, and as Tate went on": a comma and a coordinator in [from, to) start a clause of its own. */
export function clauseJoinedBetween(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let k = from + 1; k < to; k++) {
    if (endsWithComma(tokens[k - 1], text) && isWord(tokens[k]) && CLAUSE_COORDINATORS.has(tokens[k].lower)) {
      return true;
    }
  }
  return false;
}

const CLAUSE_COORDINATORS = new Set(['and', 'but', 'yet', 'whereas']);
/** Prepositions that also open a clause ("as Tate went on", "after Roe left"). */
export const CONJUNCTION_PREPOSITIONS: ReadonlySet<string> = new Set(['as', 'after', 'before', 'since', 'until']);
