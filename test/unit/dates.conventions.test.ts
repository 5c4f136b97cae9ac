import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';
import { resolvePublished } from '../../server/src/core/published';
import { buildStructure } from '../../server/src/core/structure';
import type { DateExpression, PublishedDate } from '../../server/src/core/types';

// TimeML / TempEval-3 conventions, on sentences invented for these tests.

const stated = (value: string): PublishedDate => ({ value, basis: 'stated', evidence: null });
const datesOf = (text: string, published = '2026-03-04'): DateExpression[] => findDates(buildStructure(text), stated(published), []);
const found = (text: string, published?: string): string[] => datesOf(text, published).map((date) => `${date.text}=${date.type} ${date.value}`);

test('"the past few weeks", "the next several days": spans of unstated length (PXW, PXD)', () => {
  assert.deepEqual(found('Ferries ran late for the past few weeks and will run late over the next several days.'), [
    'the past few weeks=DURATION PXW',
    'the next several days=DURATION PXD',
  ]);
});

test('an age is not a duration: "52 years old", "a 6-year-old"', () => {
  assert.deepEqual(found('The skipper, 52 years old, sailed with a 6-year-old deckhand for 3 years.'), ['3 years=DURATION P3Y']);
});

test('"last Oct. 12" is the date October 12, not last October', () => {
  assert.deepEqual(found('The mill closed last Oct. 12 after a flood.'), ['Oct. 12=DATE 2025-10-12']);
});

test('holidays are dates: the year from the publication date and the tense, "last"/"next" or a stated year', () => {
  assert.deepEqual(found('The skiff was found on Thanksgiving Day, and the trial will open after Easter.', '2026-01-10'), [
    'Thanksgiving Day=DATE 2025-11-27',
    'Easter=DATE 2026-04-05',
  ]);
  assert.deepEqual(found('Stalls reopened last Christmas; the vote falls on Election Day 2028.', '2026-03-04'), [
    'last Christmas=DATE 2025-12-25',
    'Election Day 2028=DATE 2028-11-07',
  ]);
  assert.deepEqual(found('Eastern ports and Easterners were busy.'), []);
  const unresolved = findDates(buildStructure('Markets close early on Christmas Eve and Good Friday.'), { value: null, basis: 'unknown', evidence: null }, []);
  assert.deepEqual(unresolved.map((date) => date.value), ['XXXX-12-24', 'XXXX-XX-XX']);
});

test('years as spoken in broadcast transcripts get the values of written years', () => {
  assert.deepEqual(
    found('In nineteen eighty-one the mill shut; it reopened in March nineteen ninety, and by the year two thousand it was thriving, as in the summer of nineteen oh five.'),
    ['nineteen eighty-one=DATE 1981', 'March nineteen ninety=DATE 1990-03', 'the year two thousand=DATE 2000', 'the summer of nineteen oh five=DATE 1905-SU'],
  );
  assert.deepEqual(found('Nineteen people and twenty-two goats came.'), []);
});

test('"year-end", "by month\'s end": the current period with mod END; "since year-end" is the last one', () => {
  const dates = datesOf('The deal should close by year-end or by month\'s end; shares are up 8% since year-end.', '2026-03-04');
  assert.deepEqual(
    dates.map((date) => `${date.text}=${date.value} ${date.mod ?? ''}`),
    ['year-end=2026 END', "month's end=2026-03 END", 'year-end=2025 END'],
  );
});

test('"the following month" follows the last date named, of whatever precision', () => {
  const dates = datesOf('In March, investors urged a sale. The following month, the firm put itself up for sale.', '2026-10-20');
  assert.equal(dates.find((date) => date.text === 'The following month')?.value, '2026-04');
});

test('a date range is two expressions, each end lent the month or year the other states', () => {
  assert.deepEqual(found('Shares were bought from Aug. 26 to Oct. 20. The fair ran March 3-5, and runs again from May 2 through June 1, 2027.'), [
    'Aug. 26=DATE 2025-08-26',
    'Oct. 20=DATE 2025-10-20',
    'March 3=DATE 2026-03-03',
    '5=DATE 2026-03-05',
    'May 2=DATE 2027-05-02',
    'June 1, 2027=DATE 2027-06-01',
  ]);
});

test('"that year" is the year of the date last named; "two more weeks", "an additional year" are durations', () => {
  assert.deepEqual(found('She fled in June 2019 and returned later that year. The lease runs for two more weeks, then for an additional year.'), [
    'June 2019=DATE 2019-06',
    'that year=DATE 2019',
    'two more weeks=DURATION P2W',
    'an additional year=DURATION P1Y',
  ]);
});

test('"midday", "mid-afternoon" and "the next morning" are times of the day in focus', () => {
  assert.deepEqual(found('The judge sits at midday; by mid-afternoon the crowd had gone.'), ['midday=TIME 2026-03-04T12:00', 'mid-afternoon=TIME 2026-03-04TAF']);
  assert.deepEqual(found('The boat docked on March 1, 2026, and the crew left the next morning.', '2026-03-04'), [
    'March 1, 2026=DATE 2026-03-01',
    'the next morning=TIME 2026-03-02TMO',
  ]);
});

test('"$5 million a year" is a rate: a SET, as "twice a day" is', () => {
  assert.deepEqual(found('The plant saves $5 million a year and 40 percent a month; it took a year.'), [
    'a year=SET P1Y',
    'a month=SET P1M',
  ]);
});

test('"a month earlier", "three days later", "a day earlier" are durations (TimeML); "a year earlier" and "two days ago" dates', () => {
  assert.deepEqual(
    found('The dam broke on Monday. A day earlier, rain fell; a month earlier the wall cracked, and three days later crews came. Costs were up from a year earlier. It rained two days ago.'),
    [
      'Monday=DATE 2026-03-02',
      'A day earlier=DURATION P1D',
      'a month earlier=DURATION P1M',
      'three days later=DURATION P3D',
      'a year earlier=DATE 2025',
      'two days ago=DATE 2026-03-02',
    ],
  );
});

test('a holiday naming a stretch of time around it ("the Christmas shopping season") is not the day', () => {
  assert.deepEqual(found('Sales rose in the Christmas and New Year sales period and over the Easter holidays, not on Christmas Day.', '2026-01-20'), [
    'Christmas Day=DATE 2025-12-25',
  ]);
});

test('a dateline without a year ("KISUMU, May 4 (Reuters) -") is the publication day when the copyright gives the year', () => {
  const text = 'KISUMU, May 4 (Reuters) - Traders said on Monday that the market would reopen.\n\nMore follows.\n\n© 2026 Reuters. All rights reserved.';
  const published = resolvePublished(buildStructure(text), []);
  assert.equal(published.value, '2026-05-04');
  assert.equal(published.basis, 'inferred');
  assert.equal(published.evidence?.text, 'May 4');
  const dates = findDates(buildStructure(text), published, []);
  assert.equal(dates.find((date) => date.text === 'Monday')?.value, '2026-05-04');
  assert.equal(resolvePublished(buildStructure('KISUMU, May 4 (Reuters) - Traders met.'), []).value, null);
});

test('a Title Case "This Week" opening a quotation is a programme, not the week', () => {
  assert.deepEqual(found('She said on "This Week" that talks resume "this week".'), ['this week=DATE 2026-W10']);
});

test('"in his 30s" is an age; "the 70s" a decade', () => {
  assert.deepEqual(found('He was in his late 30s when the 70s ended.'), ['the 70s=DATE 197']);
});

test('a unit measuring an amount of pay or of recording ("six months of base pay", "40 hours of video") is no span of time', () => {
  assert.deepEqual(found('Staff who leave get six months of base pay, and the camera holds 40 hours of video. Talks took six months of haggling.'), [
    'six months=DURATION P6M',
  ]);
});
