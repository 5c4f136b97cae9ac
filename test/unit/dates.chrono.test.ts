import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { calendarParser } from '../../server/src/core/dates/chronoPass';

const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const UNIT_PROBES = ['3 days ago', 'within 2 weeks', 'in 5 days', '2 weeks later'];

test("the calendar parser is chrono's strict set minus exactly the parsers that read counted units", () => {
  const strict = chrono.strict.clone();
  const readsUnits = (parser: chrono.Parser): boolean =>
    UNIT_PROBES.some((probe) => new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(probe, REFERENCE).length > 0);
  const expected = strict.parsers.filter((parser) => !readsUnits(parser)).map((parser) => parser.constructor.name);
  assert.ok(expected.length < strict.parsers.length, 'chrono has parsers for counted units to drop');
  assert.deepEqual(
    calendarParser.parsers.map((parser) => parser.constructor.name),
    expected,
  );
  assert.deepEqual(
    calendarParser.refiners.map((refiner) => refiner.constructor.name),
    strict.refiners.map((refiner) => refiner.constructor.name),
  );
  for (const probe of UNIT_PROBES) {
    assert.deepEqual(calendarParser.parse(probe, REFERENCE), [], probe);
  }
  assert.equal(calendarParser.parse('on March 3, 2026', REFERENCE).length, 1);
});
