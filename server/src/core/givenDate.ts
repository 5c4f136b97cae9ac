import { isValidDay } from './dates/calendar';
import type { PublishedDate } from './types';

/** Thrown when a publication date handed in by the user (CLI flag, stdin field, `.byline/` metadata) is malformed. */
export class InvalidPublishedDate extends Error {
  constructor(readonly input: string) {
    super(
      `"${input}" is not a publication date: write YYYY-MM-DD (e.g. 2013-03-22), an ISO date-time ` +
        '(2013-03-22T09:30:00Z), or YYYY-MM / YYYY when only the month or year is known',
    );
  }
}

const GIVEN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Reads a publication date given as input. A day (or an ISO date-time: its calendar day as written, since news
 * datelines give the newsroom's local day) becomes `value`; a month or year alone becomes `partial`.
 * Throws `InvalidPublishedDate` for anything else: a malformed date is never silently ignored.
 */
export function parseGivenDate(input: string): PublishedDate {
  const trimmed = input.trim();
  const match = GIVEN.exec(trimmed);
  if (!match) {
    throw new InvalidPublishedDate(input);
  }
  const [, year, month, day, hour, minute, second] = match;
  const monthNumber = month === undefined ? 1 : Number(month);
  const dayValid = day === undefined || isValidDay(Number(year), monthNumber, Number(day));
  const clockValid = hour === undefined || (Number(hour) < 24 && Number(minute) < 60 && Number(second ?? 0) < 60);
  if (monthNumber < 1 || monthNumber > 12 || !dayValid || !clockValid) {
    throw new InvalidPublishedDate(input);
  }
  const base = { basis: 'given', evidence: null, reason: 'given as input' } as const;
  if (day === undefined) {
    return { value: null, partial: month === undefined ? year : `${year}-${month}`, ...base };
  }
  return { value: `${year}-${month}-${day}`, ...base };
}
