/** Proleptic Gregorian calendar arithmetic on plain year/month/day triples (no time zones involved). */

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** What is known of the date relative expressions are resolved against: a day, a month, or only a year. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export const isoYear = (year: number): string => pad(year, 4);
export const isoMonth = (year: number, month: number): string => `${isoYear(year)}-${pad(month)}`;
export const isoDay = (date: Ymd): string => `${isoMonth(date.year, date.month)}-${pad(date.day)}`;
/** A quarter counted from year 0 (year * 4 + quarter - 1) as TIMEX writes it: 2026-Q1. */
export const isoQuarter = (quarterIndex: number): string => `${isoYear(Math.floor(quarterIndex / 4))}-Q${(quarterIndex % 4) + 1}`;

function toUtc(date: Ymd): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(value: Date): Ymd {
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return fromUtc(value);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return toUtc(date).getUTCDay();
}

/** ISO-8601 week label, e.g. 2009-W11. */
export function isoWeek(date: Ymd): string {
  const value = toUtc(date);
  const isoWeekday = value.getUTCDay() || 7;
  value.setUTCDate(value.getUTCDate() + 4 - isoWeekday);
  const yearStart = Date.UTC(value.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((value.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${isoYear(value.getUTCFullYear())}-W${pad(week)}`;
}

export function parseIsoDay(value: string | null | undefined): Ymd | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) {
    return null;
  }
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(date.year, date.month, date.day) ? date : null;
}

/** Parses YYYY-MM-DD, YYYY-MM or YYYY into an anchor. */
export function parseAnchor(value: string | null | undefined): Anchor | null {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!match) {
    return null;
  }
  return {
    year: Number(match[1]),
    ...(match[2] ? { month: Number(match[2]) } : {}),
    ...(match[3] ? { day: Number(match[3]) } : {}),
  };
}

export function anchorDay(anchor: Anchor | null): Ymd | null {
  return anchor?.month !== undefined && anchor.day !== undefined
    ? { year: anchor.year, month: anchor.month, day: anchor.day }
    : null;
}

export type Direction = 'past' | 'future';

/**
 * The given weekday in the week around `anchor`: the last one on or before it (past), or the first one on or
 * after it (future). News reports "on Tuesday" about the reporting week, so the distance is at most six days.
 */
export function weekdayNear(anchor: Ymd, weekday: number, direction: Direction): Ymd {
  const delta = weekday - weekdayOf(anchor);
  if (direction === 'past') {
    return addDays(anchor, delta <= 0 ? delta : delta - 7);
  }
  return addDays(anchor, delta >= 0 ? delta : delta + 7);
}

/** Expands a two-digit year: the closest century not more than ten years ahead of the anchor year. */
export function expandTwoDigitYear(twoDigits: number, anchorYear: number | undefined): number {
  const reference = anchorYear ?? 2000;
  const candidate = Math.floor(reference / 100) * 100 + twoDigits;
  return candidate > reference + 10 ? candidate - 100 : candidate;
}
