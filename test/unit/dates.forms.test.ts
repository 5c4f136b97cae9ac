import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { dayMonthOrderOf } from '../../server/src/core/dates/dayMonthOrder';

// Invented sentences, one per written form or TimeML convention (issue 13, items 2 and 3).
const datesOf = (text: string, published = '2008-01-10', locale?: string): string[] =>
  analyze(text, { published, ...(locale ? { locale } : {}) }).dates.map((date) => `${date.text}=${date.value}`);

test('abbreviated months with and without a period, the day on either side', () => {
  assert.deepEqual(datesOf('The council met Jan. 8 and again Sept. 30; the port reopened Sept 30 and closed 8 Jan. for repairs.'), [
    'Jan. 8=2008-01-08',
    'Sept. 30=2007-09-30',
    'Sept 30=2007-09-30',
    '8 Jan=2008-01-08',
  ]);
  assert.deepEqual(datesOf('Ferries stopped in Jan 2008, after Nov. 19, 2007.'), ['Jan 2008=2008-01', 'Nov. 19, 2007=2007-11-19']);
});

test('ordinals and commas in any order', () => {
  assert.deepEqual(datesOf('The regatta opened on 9th, Jan 2008. Thursday, 10, January, 2008 was the final.'), [
    '9th, Jan 2008=2008-01-09',
    'Thursday, 10, January, 2008=2008-01-10',
  ]);
});

test('numeric dates: ISO always; day and month by the stated locale, the text, or not at all', () => {
  assert.deepEqual(datesOf('Filed 2008-01-08 and 25/12/2007.'), ['2008-01-08=2008-01-08', '25/12/2007=2007-12-25']);
  assert.deepEqual(datesOf('Filed on 08/01/2008.'), ['08/01/2008=2008-XX-XX']);
  assert.deepEqual(datesOf('Filed on 08/01/2008.', undefined, 'en-GB'), ['08/01/2008=2008-01-08']);
  assert.deepEqual(datesOf('Filed on 08/01/2008.', undefined, 'en-US'), ['08/01/2008=2008-08-01']);
  assert.deepEqual(datesOf('Filed on 08/01/2008, answered 14/01/2008.'), ['08/01/2008=2008-01-08', '14/01/2008=2008-01-14']);
  assert.deepEqual(datesOf('The launch was set for 7/8/08, the model number written in the American format.'), ['7/8/08=2008-07-08']);
  assert.deepEqual(datesOf('In the European style the permit reads 7/8/2008.'), ['7/8/2008=2008-08-07']);
  assert.deepEqual([dayMonthOrderOf('en-US'), dayMonthOrderOf('en_GB'), dayMonthOrderOf('de'), dayMonthOrderOf('en')], ['month-first', 'day-first', 'day-first', undefined]);
});

test('a period of play is not a calendar quarter where the text is about a game', () => {
  assert.deepEqual(datesOf('The Gulls trailed at halftime, then scored 31 points in the third quarter to win the game.'), []);
  assert.deepEqual(datesOf('Ferry revenue rose 4 percentage points in the third quarter.'), ['the third quarter=2007-Q3']);
});

test('a Title Case menu item or programme name is not a date; a headline part of the day still is', () => {
  assert.deepEqual(datesOf('Home\nSunday Football\nMarch Madness\nWeather'), []);
  assert.deepEqual(datesOf('Storm Hits Coast Tuesday Night\nThe storm hit.'), ['Tuesday Night=2008-01-08TNI']);
});

test('PRESENT_REF, PAST_REF and FUTURE_REF for vague references', () => {
  assert.deepEqual(datesOf('Fares are now high; in recent years they rose, and in the coming months they will fall.'), [
    'now=PRESENT_REF',
    'recent years=PAST_REF',
    'the coming months=FUTURE_REF',
  ]);
});

test('year ranges are two timexes; decades and centuries by their digits', () => {
  assert.deepEqual(datesOf('The 2009-2010 season, the 1998-99 budget, the 1990s, the late nineties and the 20th century.'), [
    '2009=2009',
    '2010=2010',
    '1998=1998',
    '99=1999',
    'the 1990s=199',
    'the late nineties=199',
    'the 20th century=19',
  ]);
});

test('fiscal years, quarters and halves with their year', () => {
  assert.deepEqual(datesOf('Fiscal 1989 sales, the 1988 third quarter, this year\'s first half and the second half of 2006.', '1989-11-02'), [
    'Fiscal 1989=1989',
    'the 1988 third quarter=1988-Q3',
    "this year's first half=1989-H1",
    'the second half of 2006=2006-H2',
  ]);
});

test('the quarter in focus, and the same period a year back', () => {
  const text = 'Net income rose 12% in the third quarter from a year earlier. The latest quarter was strong; year-earlier results were weak, and the year-ago quarter too.';
  assert.deepEqual(datesOf(text, '1989-11-02'), [
    'the third quarter=1989-Q3',
    'a year earlier=1988-Q3',
    'The latest quarter=1989-Q3',
    'year-earlier=1988-Q3',
    'the year-ago quarter=1988-Q3',
  ]);
  assert.deepEqual(datesOf('Profit fell in the quarter.', '1989-11-02'), ['the quarter=1989-Q3']);
});

test('"that day" is the date in focus, not the article\'s', () => {
  assert.deepEqual(datesOf('The plant closed on March 3, 2005. Workers left that day.'), ['March 3, 2005=2005-03-03', 'that day=2005-03-03']);
});

test('recurrences as TimeML writes them', () => {
  assert.deepEqual(datesOf('The fair returns each July and every spring; boats sail every morning, on Tuesday nights, weekly and annually.'), [
    'each July=XXXX-07',
    'every spring=XXXX-SP',
    'every morning=XXXX-XX-XXTMO',
    'Tuesday nights=XXXX-WXX-2TNI',
    'weekly=P1W',
    'annually=P1Y',
  ]);
});

test('clock times, with a zone in the span and UTC as Z, join the day next to them', () => {
  assert.deepEqual(datesOf('The ferry left at 10 p.m. Wednesday, docked at 6:40 a.m. GMT and sails at noon Thursday.'), [
    '10 p.m. Wednesday=2008-01-09T22:00',
    '6:40 a.m. GMT=2008-01-10T06:40Z',
    'noon Thursday=2008-01-10T12:00',
  ]);
});

test('ages and counts: "two-year-old" is no time, "five-minute" is a duration, "5 1/2 hours" a fractional one (in minutes)', () => {
  assert.deepEqual(datesOf('A two-year-old boy and a 6-year-old girl took a five-minute walk that lasted 5 1/2 hours.'), [
    'five-minute=PT5M',
    '5 1/2 hours=PT5H30M',
  ]);
});

test('"the weekend" told in the past on a weekday is the one just gone', () => {
  assert.deepEqual(datesOf('The ferry was crowded over the weekend.'), ['the weekend=2008-W01-WE']);
  assert.deepEqual(datesOf('The ferry will be crowded over the weekend.'), ['the weekend=2008-W02-WE']);
});

test('a date right before a link keeps its year (the reading window never ends inside the link)', () => {
  assert.deepEqual(datesOf('![Crews leave the ferry terminal in Bayside, March 3, 2026.](https://img.example.test/bayside/terminal.jpg)'), [
    'March 3, 2026=2026-03-03',
  ]);
});

test('"current" is PRESENT_REF, but not in "current account"; "a quarterly dividend" is no recurrence, "paid quarterly" is', () => {
  assert.deepEqual(datesOf('The current fare holds; its current account fell. A quarterly dividend is paid quarterly.'), [
    'current=PRESENT_REF',
    'quarterly=P1Q',
  ]);
});

test('dotted numeric dates are day first; the page date printed by a byline or as 08.01.2008 is stated; 08/01/2008 is not guessed', () => {
  assert.deepEqual(datesOf('Signed 08.01.2008 in Bern.'), ['08.01.2008=2008-01-08']);
  const publishedOf = (line: string) => analyze(`Ferry strike ends\n${line}\n\nThe operator said on Tuesday that crossings resume.`).metadata.published;
  assert.deepEqual(
    [publishedOf('By Mara Quill | Jan 8, 2008'), publishedOf('Updated: 08.01.2008')].map((published) => `${published.value} ${published.basis} ${published.reason}`),
    ['2008-01-08 stated byline timestamp', '2008-01-08 stated update date printed on the page'],
  );
  assert.notEqual(publishedOf('Posted: 08/01/2008').basis, 'stated');
});
