import type { Quote } from '../types';
import type { Entity, EntityRegistry } from './entities';
import type { FurnitureSpans } from './furniture';
import { capitalizedRuns } from './capitalRuns';
import { parseName, type ParsedName } from './names';
import { NO_ROLES, rolesAround, type StatedRole } from './roles';
import type { Token, TokenTable } from './tokens';

/** One capitalised name in the text, resolved (or not) to an entity. */
export interface NameOccurrence {
  name: ParsedName;
  /** The mention as listed: the name, with "the" for an organisation ("The Ukrainian Foreign Ministry"). */
  mention: { start: number; end: number; text: string };
  /** Inside quotation marks: a mention, but never the antecedent of a pronoun. */
  inQuote: boolean;
  roles: readonly StatedRole[];
  entity: Entity | null;
}

/** Quote ranges (marks included), sorted, to tell whether an offset lies inside a quote. */
function quoteRanges(quotes: readonly Quote[]): [number, number][] {
  // pushed into a literal (not filter/map): V8 then learns the array's element kind at this one site
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    if (quote.depth === 0) {
      ranges.push([quote.open.start, quote.close ? quote.close.end : quote.end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * A multi-word person name is trusted unless its words are mostly words the text also writes in lower case
 * ("National Security", "Full Article"); a surname alone may be one ("Jerry Brown").
 */
function looksLikePersonName(name: ParsedName, commonWords: ReadonlySet<string>): boolean {
  let common = 0;
  for (const word of name.words) {
    if (commonWords.has(word)) {
      common++;
    }
  }
  return common === 0 || (common === 1 && name.words.length > 1);
}

/** Tokens per chunk of the name scan, and the context kept on either side (role and apposition reading looks ≤ 10 tokens away). */
const CHUNK = 2048;
const MARGIN = 12;

/** The token objects every chunk of every text is written over (a scan runs to its end before the next starts). */
const chunkTokens: Token[] = [];

/**
 * Name runs with the tokens they were read from, chunk by chunk. Every chunk's tokens are written over the same
 * objects, those of the text before too: nothing read from them may keep a token past its chunk.
 */
function* namedChunks(table: TokenTable): Generator<{ tokens: Token[]; runs: [number, number][] }> {
  const tokens = chunkTokens;
  for (let chunkStart = 0; chunkStart < table.length; ) {
    // a chunk ends before a non-word token, which no name run crosses (but the apostrophe of "Trawlers' Association")
    let chunkEnd = Math.min(table.length, chunkStart + CHUNK);
    while (chunkEnd < table.length && (table.isWord(chunkEnd) || table.isApostrophe(chunkEnd))) {
      chunkEnd++;
    }
    const offset = Math.max(0, chunkStart - MARGIN);
    table.tokensInto(tokens, offset, chunkEnd + MARGIN);
    yield { tokens, runs: capitalizedRuns(tokens, table.commonWords, table.text, chunkStart - offset, chunkEnd - offset) };
    chunkStart = chunkEnd;
  }
}

/**
 * Finds every capitalised name of the article body (one linear pass; names in furniture are skipped), registers
 * people and organisations, links surnames to full names and collects the roles stated around each name. Returns
 * the occurrences in text order.
 */
export function scanNames(table: TokenTable, quotes: readonly Quote[], registry: EntityRegistry, furniture: FurnitureSpans): NameOccurrence[] {
  const { text, commonWords } = table;
  const ranges = quoteRanges(quotes);
  const occurrences: NameOccurrence[] = [];
  const captioned: { name: ParsedName; roles: readonly StatedRole[] }[] = [];
  let range = 0;
  for (const { tokens, runs } of namedChunks(table)) {
    for (const [from, to] of runs) {
      const name = parseName(tokens, from, to, text);
      if (!name || name.kind === 'place' || name.kind === 'thing') {
        continue;
      }
      const block = furniture.at(name.start);
      if (block) {
        // a caption's "NATO Secretary General Mark Rutte" is no mention, but its full name and roles serve the body's "Rutte"
        if (block.kind === 'caption' && name.kind === 'person') {
          captioned.push({ name, roles: rolesAround(tokens, from, to - 1, text) });
        }
        continue;
      }
      while (range < ranges.length && ranges[range][1] <= name.start) {
        range++;
      }
      const inQuote = range < ranges.length && ranges[range][0] < name.start;
      const roles = name.kind === 'person' || name.kind === 'single' ? rolesAround(tokens, from, to - 1, text) : NO_ROLES;
      // "The Ukrainian Foreign Ministry": an organisation's mention keeps its article
      const article = name.kind === 'org' && tokens[from - 1]?.lower === 'the' ? tokens[from - 1] : null;
      const mention = article ? { start: article.start, end: name.end, text: text.slice(article.start, name.end) } : { start: name.start, end: name.end, text: name.text };
      occurrences.push({ name, mention, inQuote, roles, entity: null });
    }
  }
  // People first (full names), then what a surname or a title can tell, so "Rutte" finds "Mark Rutte" wherever it is
  for (const occurrence of occurrences) {
    const { name } = occurrence;
    if (name.kind === 'person' && looksLikePersonName(name, commonWords)) {
      occurrence.entity = registry.register(name, 'person');
      // a name only in a headline or standfirst filed as furniture is listed once quoted, not as a mention
      occurrence.entity.listed ||= !furniture.inHead(name.start);
    }
  }
  // unlisted: a person only pictured is no speaker until the body quotes them
  const inCaptions: { name: ParsedName; roles: readonly StatedRole[]; entity: Entity }[] = [];
  for (const { name, roles } of captioned) {
    if (looksLikePersonName(name, commonWords)) {
      inCaptions.push({ name, roles, entity: registry.register(name, 'person') });
    }
  }
  for (const occurrence of occurrences) {
    const { name } = occurrence;
    if (occurrence.entity || name.kind === 'role') {
      continue;
    }
    if (name.kind === 'single') {
      const person = registry.find(name, 'person');
      if (person) {
        registry.sighted(person, name);
        occurrence.entity = person;
      } else if (name.title !== null || name.gender !== null) {
        occurrence.entity = registry.register(name, 'person');
        occurrence.entity.listed ||= !furniture.inHead(name.start);
      }
    } else if (name.kind === 'org') {
      occurrence.entity = registry.register(name, 'org');
    }
  }
  // occurrences and caption records are two shapes: one loop each keeps every loop monomorphic
  for (const { entity, name, roles } of occurrences) {
    addRoles(registry, entity, name, roles);
  }
  for (const { entity, name, roles } of inCaptions) {
    addRoles(registry, entity, name, roles);
  }
  return occurrences;
}

function addRoles(registry: EntityRegistry, entity: Entity | null, name: ParsedName, roles: readonly StatedRole[]): void {
  if (!entity) {
    return;
  }
  if (name.title) {
    registry.addRole(entity, name.title);
  }
  for (const role of roles) {
    registry.addRole(entity, role.role);
  }
}
