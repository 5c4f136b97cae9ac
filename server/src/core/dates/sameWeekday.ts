import type { DateExpression } from '../types';
import { parseIsoDay } from './calendar';

// A news story names a day of the current week by its weekday alone, and one weekday name stands for one day
// throughout the story: a second Tuesday would be "last Tuesday" or "next Tuesday" (TimeBank's annotators give a
// repeated bare weekday one value 59 times in 61). Each mention's tense is a weak cue ("looked for ways to get
// around Wednesday's ruling" reads ahead, "headed Tuesday" back); the story's mentions together are a stronger one.

const BARE_WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(.*)$/;

const dayNumber = (iso: string): number => {
  const day = parseIsoDay(iso);
  return day ? Date.UTC(day.year, day.month - 1, day.day) / 86_400_000 : 0;
};

/**
 * Gives every mention of a weekday the day most of them were resolved to; on a tie, the one nearest the date they
 * were resolved against. Only bare weekdays resolved against the article's date take part ("Tuesday", "Tuesday
 * night"); `eligible` leaves out page furniture.
 */
export function unifyWeekdays(dates: DateExpression[], eligible: (date: DateExpression) => boolean): void {
  const mentions = new Map<string, DateExpression[]>();
  for (const date of dates) {
    const weekday = date.relative && !date.unresolved && eligible(date) ? BARE_WEEKDAY.exec(date.text) : null;
    if (weekday && DAY_VALUE.test(date.value)) {
      const name = weekday[1].toLowerCase();
      mentions.set(name, [...(mentions.get(name) ?? []), date]);
    }
  }
  for (const list of mentions.values()) {
    const counts = new Map<string, number>();
    for (const date of list) {
      const day = date.value.slice(0, 10);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    if (counts.size < 2) {
      continue;
    }
    const anchor = dayNumber(list[0].anchor ?? '');
    const [chosen] = [...counts].sort(
      ([dayA, countA], [dayB, countB]) => countB - countA || Math.abs(dayNumber(dayA) - anchor) - Math.abs(dayNumber(dayB) - anchor),
    )[0];
    for (const date of list) {
      date.value = chosen + date.value.slice(10);
    }
  }
}
