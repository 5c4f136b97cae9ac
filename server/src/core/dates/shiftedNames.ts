import { addDays, anchorDay, isoDay, isoMonth, weekdayNear } from './calendar';
import type { Candidate } from './candidate';
import { monthNumber, MONTH_PATTERN, WEEKDAY_PATTERN, weekdayNumber } from './lexicon';
import { matchesOf } from '../matches';
import { shiftOf, type Shift } from './relative';

// A weekday or month named with a shift word: "last Tuesday", "next March", "the previous Friday".

const SHIFTED_NAME = new RegExp(
  `\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Ff]ollowing)\\s+(?:(${WEEKDAY_PATTERN})\\b|(${MONTH_PATTERN})(?!\\.?\\s*\\d))`,
  'g',
);

function shiftedWeekday(match: RegExpMatchArray, shift: Shift): Candidate {
  const weekday = weekdayNumber(match[2]) ?? 0;
  return {
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    type: 'DATE',
    priority: 3,
    resolve: ({ anchor, direction }) => {
      const day = anchorDay(anchor);
      if (!day) {
        return null;
      }
      if (shift === 0) {
        return isoDay(weekdayNear(day, weekday, direction));
      }
      // "last Tuesday" is never the anchor day itself.
      const from = addDays(day, shift);
      return isoDay(weekdayNear(from, weekday, shift < 0 ? 'past' : 'future'));
    },
    unresolvedValue: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`,
  };
}

/** "the previous Friday", "the following Monday": the weekday before or after the day in focus, not the anchor. */
function narrativeWeekday(text: string, match: RegExpExecArray, shift: Shift): Candidate {
  const weekday = weekdayNumber(match[2]) ?? 0;
  const article = /\bthe\s+$/i.exec(text.slice(Math.max(0, match.index - 4), match.index));
  return {
    start: match.index - (article ? article[0].length : 0),
    end: match.index + match[0].length,
    type: 'DATE',
    priority: 3,
    narrative: true,
    resolve: (context) => {
      const day = context.narrative ?? anchorDay(context.anchor);
      return day ? isoDay(weekdayNear(addDays(day, shift), weekday, shift < 0 ? 'past' : 'future')) : null;
    },
    unresolvedValue: `XXXX-WXX-${weekday === 0 ? 7 : weekday}`,
  };
}

function shiftedMonth(match: RegExpMatchArray, shift: Shift): Candidate | null {
  const month = monthNumber(match[3]);
  if (!month || (match[3] === 'May' && shift === 0)) {
    return null; // "this may …" is the modal
  }
  return {
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    type: 'DATE',
    priority: 3,
    resolve: ({ anchor }) => {
      if (!anchor) {
        return null;
      }
      const current = anchor.month ?? month;
      let year = anchor.year;
      if (shift < 0 && month >= current) {
        year -= 1;
      } else if (shift > 0 && month <= current) {
        year += 1;
      }
      return isoMonth(year, month);
    },
    unresolvedValue: `XXXX-${String(month).padStart(2, '0')}`,
  };
}

export function findShiftedNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(text, SHIFTED_NAME)) {
    const shift = shiftOf(match[1].toLowerCase() === 'past' ? 'last' : match[1]);
    if (/^(?:previous|following)$/i.test(match[1])) {
      if (match[2] !== undefined) {
        found.push(narrativeWeekday(text, match, shift));
      }
      continue;
    }
    const candidate = match[2] !== undefined ? shiftedWeekday(match, shift) : shiftedMonth(match, shift);
    if (candidate) {
      found.push(candidate);
    }
  }
  return found;
}
