import { indexOf } from './asides';
import { SOURCE_DASHES, sentenceStart, span, type CueMatch } from './cueMatch';
import type { ClauseContext } from './subjects';
import { phraseEndingAt, phraseStartingAt } from './phrases';

// Readings led by a name rather than a verb of saying: signatures, digest and headline forms, authors of titles.

/** "A HEADLINE IN CAPITALS - Jane Roe: “…”": a name between a dash and the colon before the quote is its source. */
export function dashedSourceBefore(context: ClauseContext, floor: number, quote: number): CueMatch | null {
  const { tokens, text } = context;
  if (tokens[quote - 1]?.text !== ':' || quote - 2 < floor) {
    return null;
  }
  let named = phraseEndingAt(tokens, quote - 2, floor, text);
  let before = named?.kind === 'name' ? indexOf(tokens, named.start, floor) - 1 : -1;
  if (named && before > floor && (tokens[before].lower === 'and' || tokens[before].text === '&')) {
    // "— Ada Quill and Bram Okoye: “…”": two authors signing together, the first one named stands for both
    named = phraseEndingAt(tokens, before - 1, floor, text);
    before = named?.kind === 'name' ? indexOf(tokens, named.start, floor) - 1 : -1;
  }
  // the colon is the cue: the rules' reading is exact here, no ranking of the heading's capitalised words
  return named && before >= 0 && SOURCE_DASHES.has(tokens[before].text) ? { subject: named, cue: span(tokens, quote - 1, quote - 1, text), position: 'before' } : null;
}

/** "Trump: Cruz Has ‘To Come a Long Way’": a headline led by a name and a colon quotes that name. */
export function headlineSpeaker(context: ClauseContext, floor: number, quote: number): CueMatch | null {
  const { tokens, text } = context;
  const head = phraseStartingAt(tokens, floor, quote, text);
  if (!head || head.kind !== 'name') {
    return null;
  }
  const colon = indexOf(tokens, head.end, floor);
  return tokens[colon]?.text === ':' && colon < quote ? { subject: head, cue: null, position: 'before' } : null;
}

/**
 * "“… today.” ― Jane Roe": a name after a dash that ends the line (or is followed only by a comma, a full stop or a
 * parenthesis: "― Jane Roe, Leeds") signs the quote before it.
 */
export function dashedSignature(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  if (!SOURCE_DASHES.has(tokens[quote + 1]?.text ?? '') || text.slice(tokens[quote].end, tokens[quote + 1].start).includes('\n')) {
    return null;
  }
  const name = phraseStartingAt(tokens, quote + 2, tokens.length, text);
  if (name?.kind !== 'name') {
    return null;
  }
  const next = tokens[indexOf(tokens, name.end, quote + 2)];
  const signs = !next || /^[.,(]$/.test(next.text) || text.slice(name.end, next.start).includes('\n');
  return signs ? { subject: name, cue: null, position: 'after' } : null;
}

/** The headline reading alone ("Graham: Trump's ‘Hateful Rhetoric’ …"), for quotes that take no other cue. */
export function headlineOnly(context: ClauseContext, quote: number): CueMatch | null {
  return headlineSpeaker(context, sentenceStart(context.tokens, quote), quote);
}

const AUTHORING = new Set(['written', 'composed', 'penned', 'sung', 'recorded', 'directed', 'produced', 'published', 'co-written']);
const BEING = new Set(['was', 'were', 'is', 'are', 'been']);

/** "“Tide Song” was written by Jane Roe", "“Harbour to close,” by Jane Roe": the author of a quoted title. */
export function authorAfter(context: ClauseContext, quote: number): CueMatch | null {
  const { tokens, text } = context;
  let k = quote + 1;
  while (tokens[k]?.type === 'punct' && tokens[k].text === ',') {
    k++;
  }
  const from = k;
  if (BEING.has(tokens[k]?.lower ?? '') && AUTHORING.has(tokens[k + 1]?.lower ?? '')) {
    k += 2;
  }
  if (tokens[k]?.lower !== 'by') {
    return null;
  }
  const subject = phraseStartingAt(tokens, k + 1, tokens.length, text);
  return subject ? { subject, cue: span(tokens, from, k, text), position: 'after' } : null;
}
