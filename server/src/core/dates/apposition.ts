import type { DateExpression } from '../types';

// "In the comparable year-ago quarter, the second quarter ended Oct. 31, …": a quarter named in apposition to a
// period described without its number names that period, so both are the labelled quarter of the described one's
// year (a fiscal quarter keeps its label, as TimeBank writes it), and the day it ended lies in that year too: the
// one nearest the described period. A list ("the first quarter, the second quarter") is no apposition: the first
// member is numbered itself.

const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;
const DESCRIBED_PERIOD = /\b(?:quarter|period)$/i;
const NUMBERED = /\b(?:first|second|third|fourth|\d)/i;
const COMMA_ONLY = /^\s*,\s*$/;
const ENDED_BETWEEN = /^\s+(?:ended|ending)\s+$/;
const DAY_VALUE = /^(\d{4})(-\d{2}-\d{2})$/;

/** Mid-quarter as a month count (year * 12 + month index), to find the end day's nearest year. */
const quarterMiddle = (value: string): number => Number(value.slice(0, 4)) * 12 + (Number(value.slice(6)) - 1) * 3 + 1;

/** Settles each date, as the resolving loop makes it, against the dates before it: call before pushing it. */
export function appositions(text: string): (dates: readonly DateExpression[], expression: DateExpression) => void {
  let apposed: { quarter: DateExpression; described: string } | null = null;
  return (dates, expression) => {
    const last = dates.length > 0 ? dates[dates.length - 1] : null;
    const between = last ? text.slice(last.end, expression.start) : '';
    const wasApposed = apposed !== null && apposed.quarter === last ? apposed : null;
    apposed = null;
    if (!last) {
      return;
    }
    if (
      QUARTER_VALUE.test(expression.value) &&
      QUARTER_VALUE.test(last.value) &&
      COMMA_ONLY.test(between) &&
      DESCRIBED_PERIOD.test(last.text) &&
      !NUMBERED.test(last.text) &&
      NUMBERED.test(expression.text)
    ) {
      const value = last.value.slice(0, 4) + expression.value.slice(4);
      apposed = { quarter: expression, described: last.value };
      last.value = value;
      expression.value = value;
      return;
    }
    const day = wasApposed && expression.relative && ENDED_BETWEEN.test(between) ? DAY_VALUE.exec(expression.value) : null;
    if (wasApposed && day) {
      const middle = quarterMiddle(wasApposed.described);
      const month = Number(day[2].slice(1, 3)) - 1;
      const year = Math.round((middle - month) / 12);
      expression.value = String(year).padStart(4, '0') + day[2];
    }
  };
}
