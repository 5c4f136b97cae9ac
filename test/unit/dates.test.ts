import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDates } from '../../server/src/core/dates';
import { expandTwoDigitYear, isoWeek, weekdayNear } from '../../server/src/core/dates/calendar';
import { resolvePublished } from '../../server/src/core/published';
import { buildStructure } from '../../server/src/core/structure';
import type { DateExpression, PublishedDate } from '../../server/src/core/types';
import { assertGolden, renderSpans } from '../helpers/golden';
import { needsShared, seedText } from '../helpers/shared';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'dates');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function datesOf(text: string, published?: PublishedDate): DateExpression[] {
  const structure = buildStructure(text);
  return findDates(structure, published ?? resolvePublished(structure, []), []);
}

const stated = (value: string): PublishedDate => ({ value, basis: 'stated', evidence: null });
const valueOf = (dates: DateExpression[], text: string): string | undefined => dates.find((date) => date.text === text)?.value;

function render(text: string, dates: DateExpression[]): string {
  return renderSpans(
    text,
    dates.map((date) => ({
      start: date.start,
      end: date.end,
      label: 'date',
      attributes: { value: date.value, type: date.type, mod: date.mod, relative: date.relative || undefined, unresolved: date.unresolved },
    })),
  );
}

for (const name of ['harbour-dateline', 'meta-line', 'no-date', 'url-id', 'storm-wire']) {
  test(`dates golden: ${name}`, () => {
    const text = fixture(`${name}.txt`);
    assertGolden(`dates/${name}.spans`, render(text, datesOf(text)));
  });
}

test('weekdays resolve into the reporting week, by tense', () => {
  const dates = datesOf('The board met on Monday. It will vote on Friday.', stated('2026-03-04'));
  assert.equal(valueOf(dates, 'Monday'), '2026-03-02');
  assert.equal(valueOf(dates, 'Friday'), '2026-03-06');
  const rally = datesOf('Crowds came to a planned rally held on Wednesday. Another is planned for Sunday.', stated('2026-03-06'));
  assert.equal(valueOf(rally, 'Wednesday'), '2026-03-04');
  assert.equal(valueOf(rally, 'Sunday'), '2026-03-08');
});

test('spans leave out the leading preposition and keep modifiers', () => {
  const dates = datesOf('It happened on Tuesday, in early 2014, after almost 3-year talks, about 20 years back.', stated('2024-12-03'));
  assert.deepEqual(
    dates.map((date) => [date.text, date.value, date.mod ?? null]),
    [
      ['Tuesday', '2024-12-03', null],
      ['early 2014', '2014', 'START'],
      ['almost 3-year', 'P3Y', 'LESS_THAN'],
      ['about 20 years back', '2004', 'APPROX'],
    ],
  );
});

test('relative expressions: ago, last week, tomorrow, the previous day, two-digit years', () => {
  const dates = datesOf("It was signed 30 years ago. Last week the mayor, in office since '91, spoke on Thursday; his aide spoke the previous day and returns tomorrow.", stated('2026-03-06'));
  assert.equal(valueOf(dates, '30 years ago'), '1996');
  assert.equal(valueOf(dates, 'Last week'), '2026-W09');
  assert.equal(valueOf(dates, "'91"), '1991');
  assert.equal(valueOf(dates, 'Thursday'), '2026-03-05');
  assert.equal(valueOf(dates, 'the previous day'), '2026-03-04');
  assert.equal(valueOf(dates, 'tomorrow'), '2026-03-07');
  const ago = dates.find((date) => date.text === '30 years ago');
  assert.equal(ago?.relative, true);
  assert.equal(ago?.anchor, '2026-03-06');
});

test('durations, sets and vague references get TIMEX values', () => {
  const dates = datesOf('Talks lasted two and a half years; the fair is held annually and prices are currently high.', stated('2026-03-06'));
  assert.equal(valueOf(dates, 'two and a half years'), 'P2.5Y');
  assert.equal(dates.find((date) => date.text === 'annually')?.type, 'SET');
  assert.equal(valueOf(dates, 'currently'), 'PRESENT_REF');
});

test('false positives: the verb march, the modal may, street numbers, counts', () => {
  const text = 'Protesters march to the square, and the police may close it. The office at 1900 Elm Street hired 2000 workers; the team won 3-1.';
  assert.deepEqual(datesOf(text, stated('2026-03-06')), []);
});

test('vague references: each phrase gets its kind, and the phrases that are not references are left out', () => {
  const text =
    'Fares are high At The Moment and were low in the old days. Recently the ferry was late, as soon as it left; ' +
    'the past few weeks were calm. The long term matters; in the near future the port will reopen soon.';
  const dates = datesOf(text, stated('2026-03-06'));
  assert.deepEqual(
    dates.filter((date) => date.value.endsWith('_REF')).map((date) => `${date.text}=${date.value}`),
    [
      'At The Moment=PRESENT_REF',
      'in the old days=PAST_REF',
      'Recently=PAST_REF',
      'The long term=FUTURE_REF',
      'the near future=FUTURE_REF',
      'soon=FUTURE_REF',
    ],
  );
});

test('"now" is PRESENT_REF as TimeBank annotates it, but not in a compound nor as the discourse marker "Now,"', () => {
  const dates = datesOf('The council now says it has waited until now. Now, the now-empty hall opens.', stated('2026-03-06'));
  assert.deepEqual(dates.map((date) => `${date.text}=${date.value}`), ['now=PRESENT_REF', 'until now=PRESENT_REF']);
});

test('without a published date relative expressions are unresolved with X values', () => {
  const dates = datesOf('The minister spoke on Tuesday and will travel in July.', { value: null, basis: 'unknown', evidence: null });
  const tuesday = dates.find((date) => date.text === 'Tuesday');
  assert.equal(tuesday?.value, 'XXXX-WXX-2');
  assert.equal(tuesday?.unresolved, true);
  assert.equal(valueOf(dates, 'July'), 'XXXX-07');
});

test('a month-only anchor resolves months but not weekdays', () => {
  const dates = datesOf('He visits later in November and met them on Monday.', { value: null, partial: '2025-11', basis: 'inferred', evidence: null });
  assert.equal(valueOf(dates, 'later in November'), '2025-11');
  assert.equal(dates.find((date) => date.text === 'Monday')?.unresolved, true);
});

test('recurrences, period phrases, future tense and the month May', () => {
  const text = 'Crews meet every Friday. The storm is expected to ease by Saturday morning. Repairs end by the end of the year. Last Friday the depot opened; it will close in May.';
  const dates = datesOf(text, stated('2026-03-05'));
  const every = dates.find((date) => date.text === 'every Friday');
  assert.equal(every?.type, 'SET');
  assert.equal(every?.value, 'XXXX-WXX-5');
  assert.equal(valueOf(dates, 'Saturday morning'), '2026-03-07TMO');
  const end = dates.find((date) => date.text === 'the end of the year');
  assert.equal(end?.value, '2026');
  assert.equal(end?.mod, 'END');
  assert.equal(valueOf(dates, 'Last Friday'), '2026-02-27');
  assert.equal(valueOf(dates, 'May'), '2026-05');
});

test('a clock time joins its day: one TIME expression, or the day named earlier in the sentence', () => {
  const dates = datesOf('The firm filed at 12:00 UTC Monday. The jet flew on Tuesday from the coast at 18:00 UTC. Markets shut at 16:30 UTC.', stated('2026-03-04'));
  assert.equal(valueOf(dates, '12:00 UTC Monday'), '2026-03-02T12:00Z');
  assert.equal(dates.find((date) => date.text === '12:00 UTC Monday')?.type, 'TIME');
  assert.equal(valueOf(dates, '18:00 UTC'), '2026-03-03T18:00Z');
  assert.equal(valueOf(dates, '16:30 UTC'), '2026-03-04T16:30Z');
});

test('chrono readings never merge across lines read in one batch', () => {
  const dates = datesOf('The fair closed on March 3\nto April 5 the hall hosts a market.', stated('2026-03-06'));
  assert.deepEqual(dates.map((date) => [date.text, date.value]), [['March 3', '2026-03-03'], ['April 5', '2026-04-05']]);
});

test('the same period a year ago is the period named before it, one year back', () => {
  const dates = datesOf('Sales rose in January compared to the same month a year ago. Costs fell from the same period last year.', stated('2026-02-10'));
  assert.equal(valueOf(dates, 'the same month a year ago'), '2025-01');
  assert.equal(valueOf(dates, 'the same period last year'), '2025-01');
  const alone = datesOf('Costs fell from the same period last year.', stated('2026-02-10'));
  assert.equal(valueOf(alone, 'the same period last year'), '2025');
  assert.equal(valueOf(datesOf('The dam opened in June of last year.', stated('2026-02-10')), 'June of last year'), '2025-06');
});

test('vague present, four-digit zone times and vague short durations', () => {
  const dates = datesOf('Rates stay put for the time being. Banks act at 0800 GMT. Prices fell for hours and recovered in just minutes; after hours trading was calm.', stated('2026-03-04'));
  assert.equal(valueOf(dates, 'the time being'), 'PRESENT_REF');
  assert.equal(valueOf(dates, '0800 GMT'), '2026-03-04T08:00Z');
  assert.equal(valueOf(dates, 'hours'), 'PTXH');
  assert.equal(valueOf(dates, 'minutes'), 'PTXM');
  assert.equal(dates.filter((date) => date.text === 'hours').length, 1);
});

test('counted durations: adjectival counts, articles, prepositions, rates and fractions', () => {
  const text =
    'The index hit a 27-year high after its worst single-day fall; the plan covers over the next four years. ' +
    'Ferries sail 15 a year and buses twice a day. It wants to shut about a quarter of its depots, or a quarter, of its piers after two consecutive quarters of losses. ' +
    'The vote came a day after the strike. Fares rose from $30 a year ago.';
  const dates = datesOf(text, stated('2026-03-04'));
  assert.deepEqual(
    dates.map((date) => [date.text, date.value, date.type]),
    [
      ['27-year', 'P27Y', 'DURATION'],
      ['single-day', 'P1D', 'DURATION'],
      ['the next four years', 'P4Y', 'DURATION'],
      ['a year', 'P1Y', 'SET'],
      ['a day', 'P1D', 'SET'],
      ['two consecutive quarters', 'P2Q', 'DURATION'],
      ['a day', 'P1D', 'DURATION'],
      ['a year ago', '2025', 'DATE'],
    ],
  );
});

test('a quarter in the past tense is this year\'s unless it lies two or more quarters ahead', () => {
  assert.equal(valueOf(datesOf('The firm said it cut output during the fourth quarter.', stated('2026-08-19')), 'the fourth quarter'), '2026-Q4');
  assert.equal(valueOf(datesOf('The firm said it lost money in the fourth quarter.', stated('2026-02-19')), 'the fourth quarter'), '2025-Q4');
});

test('"most recent", versions in product names and "the day after" a clause', () => {
  const dates = datesOf("The most recent model ships with Suite '11. Shares rose late in the day after falling on Monday, as in '91.", stated('2026-03-04'));
  assert.deepEqual(
    dates.map((date) => [date.text, date.value]),
    [
      ['late in the day', '2026-03-04'],
      ['Monday', '2026-03-02'],
      ["'91", '1991'],
    ],
  );
});

test('calendar helpers', () => {
  assert.deepEqual(weekdayNear({ year: 2025, month: 2, day: 13 }, 4, 'past'), { year: 2025, month: 2, day: 13 });
  assert.deepEqual(weekdayNear({ year: 2025, month: 2, day: 13 }, 1, 'future'), { year: 2025, month: 2, day: 17 });
  assert.equal(isoWeek({ year: 2004, month: 11, day: 17 }), '2004-W47');
  assert.equal(isoWeek({ year: 2021, month: 1, day: 1 }), '2020-W53');
  assert.equal(expandTwoDigitYear(91, 2014), 1991);
  assert.equal(expandTwoDigitYear(7, 2014), 2007);
});

// Seeds: values asserted without copying seed text.
const seedDates = (prefix: string): DateExpression[] => datesOf(seedText(prefix));
const values = (dates: DateExpression[]): string[] => dates.map((date) => date.value);

test('seed 000: weekday and tomorrow resolved against the caption date', needsShared(), () => {
  const found = values(seedDates('000'));
  assert.ok(found.includes('2025-12-02'));
  assert.ok(found.includes('2025-12-03'));
});

test('seed 001: December 3 twice, tomorrow, today and three bare years', needsShared(), () => {
  const found = values(seedDates('001'));
  assert.equal(found.filter((value) => value === '2025-12-03').length, 3);
  assert.equal(found.filter((value) => value === '2024').length, 2);
  assert.ok(found.includes('1949'));
});

test('seed 002: a month resolved against the partial published month', needsShared(), () => {
  const found = values(seedDates('002'));
  assert.ok(found.includes('2025-11'));
  assert.ok(found.includes('1949'));
});

test('seed 003: no published date, so the weekdays stay unresolved; the duration is still found', needsShared(), () => {
  const dates = seedDates('003');
  assert.equal(dates.filter((date) => date.value === 'XXXX-WXX-2' && date.unresolved).length, 2);
  assert.ok(dates.some((date) => date.value === 'P3Y' && date.mod === 'LESS_THAN'));
});

test('seed 004: weekday, the previous day, a bare year and a month-year', needsShared(), () => {
  const found = values(seedDates('004'));
  for (const value of ['2025-02-13', '2025-02-12', '2008', '2022-09']) {
    assert.ok(found.includes(value), value);
  }
});
