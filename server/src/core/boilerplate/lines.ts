import { REPORTING_VERBS } from '../speakers/lexicon';
import { normalizeLineKey, skipSpace, skipSpaceBack } from '../structure';
import type { CorpusContext, TextStructure } from '../types';
import { countWords } from './words';
import { matchesOf } from '../matches';
import { packedMap } from '../packedMap';

/** What the boilerplate rules need to know about one line, computed once. */
export interface LineInfo {
  index: number;
  /** Offsets of the line content without leading/trailing white space (start === end for a blank line). */
  start: number;
  end: number;
  /** Trimmed text; for very long lines only a prefix, which is all the cues look at. */
  text: string;
  length: number;
  blank: boolean;
  words: number;
  /** Share of words that are English function words (prose has many, link lists and names few). */
  functionRatio: number;
  /** Share of words that start with a lower-case letter. */
  lowerRatio: number;
  /** Ends with sentence punctuation, optionally followed by closing quotes or brackets. */
  endsSentence: boolean;
  /** Paragraph index (-1 for a blank line). */
  paragraph: number;
  /** In how many other documents of the corpus the same (normalised) line occurs. */
  elsewhere: number;
  /** Long running text: the stuff article bodies and reader comments are made of. */
  prose: boolean;
}

/** Lines longer than this are never furniture lists or labels; cues only look at their first characters. */
const CUE_PREFIX = 2000;
const MAX_CORPUS_LINE = 300;

/** A sentence ends inside the line ("… word. Next …"). */
export const SENTENCE_BREAK = /[a-z\d)"”’][.!?]["”’]?\s+["“]?[A-Z]/;
const CLOSING_CODES = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d, 0xbb]); // " ' ” ’ ) ] »
const STOP_CODES = new Set([0x2e, 0x21, 0x3f, 0x2026]); // . ! ? …

/** Emoji (with their joiners, variation selectors and skin tones) and spaces closing a line: "… next Tuesday. 🎣". */
const TRAILING_EMOJI = /(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}])+$/u;

/** Where text[from, end) ends once trailing emoji are set aside: they decorate a sentence, they do not end it. */
function beforeTrailingEmoji(text: string, from: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  // Checked by code first so that the regex runs only on lines ending in a surrogate pair or a dingbat.
  const maybeEmoji = (last >= 0xdc00 && last <= 0xdfff) || (last >= 0x2600 && last <= 0x27bf) || last === 0xfe0f;
  if (!maybeEmoji) {
    return end;
  }
  const tail = TRAILING_EMOJI.exec(text.slice(Math.max(from, end - 32), end));
  return tail ? end - tail[0].length : end;
}

/** Whether text[from, end) ends with sentence punctuation, maybe followed by closing quotes or brackets and emoji. */
function endsWithStop(text: string, from: number, end: number): boolean {
  let at = beforeTrailingEmoji(text, from, end);
  while (at > from && CLOSING_CODES.has(text.charCodeAt(at - 1))) {
    at--;
  }
  return at > from && STOP_CODES.has(text.charCodeAt(at - 1));
}

/** A closing quotation mark after sentence punctuation, then up to four words and a reporting verb: "…,” she said." */
const QUOTE_THEN_CUE = /[,.!?…]["”’']\s+((?:[\p{L}.’'-]+\s+){0,4}[\p{L}]+)/gu;

/** "“We'll see,” he said.": a short paragraph of quoted speech with its cue is running text, however few its words. */
function isQuotedSpeech(content: string): boolean {
  if (content.length > 400) {
    return false;
  }
  for (const match of matchesOf(content, QUOTE_THEN_CUE)) {
    if (match[1].toLowerCase().split(/\s+/).some((word) => REPORTING_VERBS.has(word))) {
      return true;
    }
  }
  return false;
}

/** `content` is the line's text; it is searched for a sentence break only when the other features leave it open. */
function isProse(info: Pick<LineInfo, 'words' | 'functionRatio' | 'lowerRatio' | 'endsSentence'>, content: string): boolean {
  if (info.endsSentence && info.words >= 3 && isQuotedSpeech(content)) {
    return true;
  }
  if (info.functionRatio < 0.12) {
    // A long sentence full of names ("LONDON (Agency) — Count Jane Doe among …") is prose all the same.
    return info.words >= 10 && info.endsSentence && info.lowerRatio >= 0.15;
  }
  if (info.words >= 18 && info.functionRatio >= 0.2) {
    return true;
  }
  return info.words >= 6 && (info.endsSentence || (content.length >= 25 && SENTENCE_BREAK.test(content)));
}

function blankLine(index: number, offset: number): LineInfo {
  return {
    index,
    start: offset,
    end: offset,
    text: '',
    length: 0,
    blank: true,
    words: 0,
    functionRatio: 0,
    lowerRatio: 0,
    endsSentence: false,
    paragraph: -1,
    elsewhere: 0,
    prose: false,
  };
}

export function describeLines(structure: TextStructure, corpus?: CorpusContext): LineInfo[] {
  const { text } = structure;
  let paragraph = -1;
  let previousBlank = true;
  return packedMap(structure.lines, (line) => {
    const start = skipSpace(text, line.start, line.end);
    const end = skipSpaceBack(text, start, line.end);
    const blank = start === end;
    if (blank) {
      previousBlank = true;
      return blankLine(line.index, start);
    }
    if (previousBlank) {
      paragraph++;
    }
    previousBlank = false;
    const length = end - start;
    const content = text.slice(start, Math.min(end, start + CUE_PREFIX));
    // Short lines are never prose: their function words are not worth counting (most lines of a page dump).
    const longEnough = length >= 25;
    const { words, functionWords, lowerWords } = countWords(text, longEnough, start, Math.min(end, start + CUE_PREFIX));
    const functionRatio = words ? functionWords / words : 0;
    const lowerRatio = words ? lowerWords / words : 0;
    const endsSentence = endsWithStop(text, length > CUE_PREFIX ? end - 10 : start, end);
    let elsewhere = 0;
    if (corpus && length <= MAX_CORPUS_LINE) {
      // The corpus counts this document too.
      elsewhere = Math.max(0, corpus.lineDocumentFrequency(normalizeLineKey(content)) - 1);
    }
    const info: LineInfo = {
      index: line.index,
      start,
      end,
      text: content,
      length,
      blank: false,
      words: length > CUE_PREFIX ? Math.max(words, Math.round(length / 6)) : words,
      functionRatio,
      lowerRatio,
      endsSentence,
      paragraph,
      elsewhere,
      prose: false,
    };
    info.prose = isProse(info, content);
    return info;
  });
}
