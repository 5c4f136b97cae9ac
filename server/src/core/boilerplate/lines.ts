import { normalizeLineKey } from '../structure';
import type { CorpusContext, TextStructure } from '../types';

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
  /** Number of sentence ends inside the line ("… word. Next …"). */
  sentenceBreaks: number;
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

const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for from with about into over after before under between against during without ' +
    'and or but nor so yet if than that which who whom whose what when where while because as though although ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'he she it they we you i his her its their our your my him them us me this these those there here not no ' +
    'said says say told according also just more most some any all one two other such only then very out up'
  ).split(' '),
);

const SENTENCE_END = /[.!?…](?:["'”’)\]»]*)$/;
const SENTENCE_BREAK = /[a-z\d)"”’][.!?]["”’]?\s+["“]?[A-Z]/g;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, index: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return NON_ASCII_WORD_CHAR.test(text[index]);
}

/** Words and function words, by a char scan (a regex with match objects per word was the hot spot). */
function countWords(text: string, wantFunctionWords: boolean): { words: number; functionWords: number; lowerWords: number } {
  let words = 0;
  let functionWords = 0;
  let lowerWords = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const code = text.charCodeAt(i);
      // Apostrophes, dots and hyphens join word parts: "don't", "U.S.", "well-known".
      if (isWordChar(code, text, i) || ((code === 39 || code === 0x2019 || code === 46 || code === 45) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1))) {
        i++;
      } else {
        break;
      }
    }
    words++;
    const first = text.charCodeAt(start);
    if (first >= 97 && first <= 122) {
      lowerWords++;
    }
    if (wantFunctionWords && i - start <= 8 && FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) {
      functionWords++;
    }
  }
  return { words, functionWords, lowerWords };
}

export function isProse(info: Pick<LineInfo, 'words' | 'functionRatio' | 'lowerRatio' | 'endsSentence' | 'sentenceBreaks'>): boolean {
  if (info.functionRatio < 0.12) {
    // A long sentence full of names ("LONDON (Agency) — Count Jane Doe among …") is prose all the same.
    return info.words >= 10 && info.endsSentence && info.lowerRatio >= 0.15;
  }
  if (info.words >= 18 && info.functionRatio >= 0.2) {
    return true;
  }
  return info.words >= 6 && (info.endsSentence || info.sentenceBreaks > 0);
}

/** White space as String.prototype.trim sees it (a char-code test: a regex per character was a hot spot). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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
    sentenceBreaks: 0,
    paragraph: -1,
    elsewhere: 0,
    prose: false,
  };
}

export function describeLines(structure: TextStructure, corpus?: CorpusContext): LineInfo[] {
  const { text } = structure;
  let paragraph = -1;
  let previousBlank = true;
  return structure.lines.map((line) => {
    let start = line.start;
    let end = line.end;
    while (start < end && isSpace(text.charCodeAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charCodeAt(end - 1))) {
      end--;
    }
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
    const { words, functionWords, lowerWords } = countWords(content, longEnough);
    const functionRatio = words ? functionWords / words : 0;
    const lowerRatio = words ? lowerWords / words : 0;
    const endsSentence = SENTENCE_END.test(length > CUE_PREFIX ? text.slice(end - 10, end) : content);
    const sentenceBreaks = longEnough ? (content.match(SENTENCE_BREAK)?.length ?? 0) : 0;
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
      sentenceBreaks,
      paragraph,
      elsewhere,
      prose: false,
    };
    info.prose = isProse(info);
    return info;
  });
}
