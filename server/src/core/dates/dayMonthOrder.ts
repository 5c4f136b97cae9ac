import { matchesOf } from '../matches';

// Numeric dates such as 08/01/2008 read day-first or month-first: the locale decides, else the text when it shows
// the order with an unambiguous date, else only the year is certain.

export type DayMonthOrder = 'day-first' | 'month-first';

/** The order of day and month in numeric dates a locale writes (en-US: month first; en-GB, fr, de: day first). */
export function dayMonthOrderOf(locale: string | undefined): DayMonthOrder | undefined {
  const match = locale ? /^([a-z]{2,3})(?:[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2}|\d{3}))?\b/.exec(locale) : null;
  if (!match) {
    return undefined;
  }
  const [, language, region] = match;
  if (region) {
    return /^(?:US|PH|FM|MH|PW|AS|GU|PR|UM|VI)$/i.test(region) ? 'month-first' : 'day-first';
  }
  // English alone does not say which side of the Atlantic; other languages write the day first.
  return language.toLowerCase() === 'en' ? undefined : 'day-first';
}

const NUMERIC_DATES = /\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/g;
// "written in the American format, 7/8/07", "in the European style": the text names the convention it writes in.
const STATED_FORMAT = /\b(?:(American|U\.?S\.?)|(European|British|U\.?K\.?|international))\s+(?:date\s+)?(?:format|style|notation)\b/;

/**
 * The order the text itself shows: a numeric date with a day over 12 on one side (25/12/2008) settles it, else a
 * format the text names.
 */
function orderShownByText(text: string): DayMonthOrder | undefined {
  for (const match of matchesOf(text, NUMERIC_DATES)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 && first <= 31 && second <= 12) {
      return 'day-first';
    }
    if (second > 12 && second <= 31 && first <= 12) {
      return 'month-first';
    }
  }
  const stated = STATED_FORMAT.exec(text);
  return stated ? (stated[1] ? 'month-first' : 'day-first') : undefined;
}

/** The order for the text's ambiguous numeric dates: the locale's, else the one the text shows (read once, when asked). */
export function ambiguousDateOrder(text: string, locale: DayMonthOrder | undefined): () => DayMonthOrder | undefined {
  let shown: DayMonthOrder | undefined | null = null;
  return () => {
    if (locale) {
      return locale;
    }
    shown ??= orderShownByText(text);
    return shown;
  };
}

/** The value of an ambiguous numeric date: ordered by the locale, else only its year is certain. */
export function orderedValue(ambiguous: [number, number, number], order: DayMonthOrder | undefined): string {
  const [first, second, year] = ambiguous;
  const pad = (value: number): string => String(value).padStart(2, '0');
  if (!order) {
    return `${year}-XX-XX`;
  }
  return order === 'day-first' ? `${year}-${pad(second)}-${pad(first)}` : `${year}-${pad(first)}-${pad(second)}`;
}

