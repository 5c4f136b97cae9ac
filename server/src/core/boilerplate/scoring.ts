import type { BoilerplateKind } from '../types';
import type { LineInfo } from './lines';

/** Prose lines count at most this much, so one huge line does not drag far-away furniture into the body. */
const MAX_LINE_GAIN = 300;
/** What a line that is not body prose costs a body run, in characters of prose it cancels. */
const GAP_COST = 100;
/** Quoted lines ("> …") and embedded posts belong to the article more often than not: they cost little. */
const QUOTED_LINE_COST = 15;
/** Embedded posts: a placeholder tag, a tweet's picture link or its "— Name (@handle) date" signature line. */
const EMBEDDED_POST = /^<(?:tweet|blockquote|iframe|embed)\b|pic\.twitter\.com\/|^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)/i;

/** A turn of an interview printed as questions and answers ("Q: …", "A: …"): running text however short. */
const INTERVIEW_TURN = /^(?:Q|A|Question|Answer)\s*[:.]\s+\S/;

/** Only a line opening with "Q" or "A" can be one: most lines are ruled out without a regex call. */
function isInterviewTurn(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 0x51 || first === 0x41) && INTERVIEW_TURN.test(text);
}

/** Figures and ad markers sit between the paragraphs of an article: they do not end it. */
const INLINE_FURNITURE_COST = 50;
/** Wordy lines (list items, questions, short answers) cost less than menu labels. */
const WORDY_LINE_COST = 60;

/** Furniture that sits between the paragraphs of an article without ending it. */
export const INLINE_KINDS: ReadonlySet<BoilerplateKind> = new Set(['caption', 'photo-credit', 'advertisement']);

/** A line repeated in other documents of the run is shared furniture (a short label, or a blurb in several). */
export function isRepeated(line: LineInfo): boolean {
  return line.prose ? line.elsewhere >= 2 : line.elsewhere >= 1;
}

/** A line with several words and sentence punctuation or lower-case words: list items, questions, short answers. */
function isWordy(line: LineInfo): boolean {
  return line.words >= 4 && line.length >= 25 && (line.functionRatio >= 0.15 || /[,;:?!]/.test(line.text));
}

export interface LineScorer {
  /** Running text that no cue or corpus evidence marks as furniture. */
  bodyProse: (line: LineInfo) => boolean;
  /** What the line adds to (prose) or takes from (anything else) a run of body lines; see `findBodyRange`. */
  gain: (line: LineInfo) => number;
  /** Blank, or furniture that may sit inside the body (a figure, an ad marker). */
  inline: (line: LineInfo) => boolean;
}

/** `useCorpus` false ignores what other documents of the run say about a line. */
export function createScorer(cues: (BoilerplateKind | null)[], useCorpus = true): LineScorer {
  const repeated = (line: LineInfo): boolean => useCorpus && isRepeated(line);
  const bodyProse = (line: LineInfo): boolean => line.prose && cues[line.index] === null && !repeated(line);
  return {
    bodyProse,
    gain: (line: LineInfo): number => {
      if (bodyProse(line) || (cues[line.index] === null && !repeated(line) && isInterviewTurn(line.text))) {
        return Math.min(line.length, MAX_LINE_GAIN);
      }
      if (line.text.startsWith('>') || EMBEDDED_POST.test(line.text)) {
        return -QUOTED_LINE_COST;
      }
      const cue = cues[line.index];
      if (cue !== null && INLINE_KINDS.has(cue)) {
        return -INLINE_FURNITURE_COST;
      }
      if (cue === null && !repeated(line) && isWordy(line)) {
        return -WORDY_LINE_COST;
      }
      return -GAP_COST;
    },
    inline: (line: LineInfo): boolean => {
      const cue = cues[line.index];
      return line.blank || (cue !== null && INLINE_KINDS.has(cue));
    },
  };
}
