import { anchorDay, isoDay, isoMonth, isoWeek, isoYear, type Ymd } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { focusQuarter } from './focusPeriods';
import type { UnitWord } from './lexicon';

// Market and sports reports count runs and records in the current period: "for a third straight day", "the fourth
// week in a row", "its best week since November". The period is the day in focus (or the article's), its week,
// month, quarter or year. Found from the unit word, which one shared scan finds.

const RUN_UNIT = /^(?:day|week|month|quarter|year)$/i;
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))';
const IN_A_ROW_AFTER = /^\s+(?:in\s+a\s+row|running)\b/i;
const RUN_BEFORE = new RegExp(`(?:\\b(?:a|the|its|their|his|her)\\s+)?\\b${ORDINAL}\\s+((?:straight|consecutive|successive)\\s+)?$`, 'i');
const RECORD_BEFORE = /\b(?:best|worst|biggest|strongest|weakest|sharpest|steepest|largest|busiest|quietest)\s+$/i;
// "the third month that hiring rose": the clause counts events rather than naming the month (as "the day that").
const CLAUSE_AFTER = /^\s+(?:that|when|in\s+which)\b/i;
const SINCE_AFTER = /^\s+since\b(?!\s+[a-z]+ing\b)/i;

function periodOf(unit: string): (context: ResolveContext) => string | null {
  return (context) => {
    if (unit === 'quarter') {
      return focusQuarter(context);
    }
    const day: Ymd | null = context.narrative ?? anchorDay(context.anchor);
    if (unit === 'year') {
      return day ? isoYear(day.year) : context.anchor ? isoYear(context.anchor.year) : null;
    }
    if (!day) {
      return unit === 'month' && context.anchor?.month !== undefined ? isoMonth(context.anchor.year, context.anchor.month) : null;
    }
    return unit === 'day' ? isoDay(day) : unit === 'week' ? isoWeek(day) : isoMonth(day.year, day.month);
  };
}

const UNRESOLVED: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX' };

/** "a second consecutive day", "fourth week in a row", "best week since": the current period. */
export function findRuns(text: string, units: readonly UnitWord[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { index, word } of units) {
    if (!RUN_UNIT.test(word)) {
      continue;
    }
    const end = index + word.length;
    const before = text.slice(Math.max(0, index - 40), index);
    const after = text.slice(end, end + 24);
    const run = RUN_BEFORE.exec(before);
    const counted = run && (run[1] !== undefined || IN_A_ROW_AFTER.test(after));
    if ((!counted && !(RECORD_BEFORE.test(before) && SINCE_AFTER.test(after))) || CLAUSE_AFTER.test(after)) {
      continue;
    }
    const unit = word.toLowerCase();
    found.push({
      start: counted ? index - (before.length - run.index) : index,
      end,
      type: 'DATE',
      priority: 2,
      ...(unit === 'day' ? { narrative: true } : {}),
      resolve: periodOf(unit),
      unresolvedValue: UNRESOLVED[unit],
    });
  }
  return found;
}
