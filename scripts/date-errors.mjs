// node scripts/date-errors.mjs [tbaq|dev] [--pred PRED.jsonl] [--show KIND] [--limit N] [--context CHARS]
// Error analysis of date values (../shared/data/timex): pairs our dates with the gold TIMEX3 as the scorer does
// (relaxed overlap, one-to-one, exact first) and sorts every value error by kind (counts per kind; with --show,
// examples of one kind). tbaq is TempEval-3's training corpus: study it. dev (MEANTIME) is held out: read its
// counts only. Gold values that break TimeML's own value syntax are counted apart. Without --pred it runs dist/cli.js (npm run build first).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const timex = join(process.env.BYLINE_SHARED ?? resolve(root, '..', 'shared'), 'data', 'timex');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const set = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'tbaq';
const folder = join(timex, set);
if (!['tbaq', 'dev'].includes(set) || !existsSync(join(folder, 'gold.jsonl'))) {
  console.error('usage: node scripts/date-errors.mjs [tbaq|dev] [--pred PRED.jsonl] [--show KIND] [--limit N] [--context CHARS]');
  console.error(`(needs the timex data at ${timex})`);
  process.exit(2);
}
const show = option('--show', null);
const limit = Number(option('--limit', '20'));
const contextWidth = Number(option('--context', '60'));

const parseJsonl = (text) => text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
const predText = args.includes('--pred')
  ? readFileSync(option('--pred'), 'utf8')
  : set === 'tbaq'
    ? execFileSync('node', [join(root, 'dist', 'cli.js'), 'analyze', '-', '--jsonl'], { input: readFileSync(join(folder, 'docs.jsonl')), maxBuffer: 1 << 28 }).toString()
    : execFileSync('node', [join(root, 'dist', 'cli.js'), 'analyze', join(folder, 'texts'), '--jsonl'], { maxBuffer: 1 << 28 }).toString();
const predicted = new Map(parseJsonl(predText).map((doc) => [doc.id, doc.dates ?? []]));
const gold = parseJsonl(readFileSync(join(folder, 'gold.jsonl'), 'utf8'));
const textOf = (id) => readFileSync(join(folder, 'texts', `${id}.txt`), 'utf8');

const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The scorer's pairing: exact spans first, then larger overlap, then nearer boundaries. */
function pair(goldDates, predDates) {
  const candidates = [];
  goldDates.forEach((g, i) =>
    predDates.forEach((p, j) => {
      const shared = overlap(g, p);
      if (shared > 0) {
        const exact = g.start === p.start && g.end === p.end ? 1 : 0;
        candidates.push({ i, j, exact, shared, distance: Math.abs(g.start - p.start) + Math.abs(g.end - p.end) });
      }
    }),
  );
  candidates.sort((a, b) => b.exact - a.exact || b.shared - a.shared || a.distance - b.distance || a.i - b.i || a.j - b.j);
  const usedGold = new Set();
  const usedPred = new Set();
  const pairs = [];
  for (const c of candidates) {
    if (!usedGold.has(c.i) && !usedPred.has(c.j)) {
      usedGold.add(c.i);
      usedPred.add(c.j);
      pairs.push([goldDates[c.i], predDates[c.j]]);
    }
  }
  return { pairs, missing: goldDates.filter((_, i) => !usedGold.has(i)), extra: predDates.filter((_, j) => !usedPred.has(j)) };
}

const REF = /_REF$/;
const DURATION = /^P/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})/;
const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const dayNumber = (value) => {
  const m = DAY.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
};

// A TIMEX3 value as TimeML writes it: a (partly X'd) calendar value with ISO widths, a duration, or a REF. Gold
// values outside it ("2000-W7", "1949-XX" for a year, "199X" for a decade) contradict the guidelines.
const TIMEML_VALUE =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:[\dX.]+[YMWDLCE]|[\dX.]+(?:DE|CE|Q))+(?:T(?:[\dX.]+[HMS])+)?|PT(?:[\dX.]+[HMS])+|(?:[\dX]{2}|[\dX]{3}|[\dX]{4}|FY[\dX]{4})(?:-(?:[\dX]{2}|W[\dX]{2}|Q[\dX]|H[\dX]|SU|WI|SP|FA)(?:-(?:[\dX]{2}|WE|[1-7]))?)?(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|DT)Z?)?)$/;

/** The kind of a value error, most specific first. */
function kindOf(g, p, dct) {
  const gv = g.value;
  const pv = p.value ?? '';
  if (!TIMEML_VALUE.test(gv) || /^\d{4}-XX$/.test(gv) || /^\d{3}X$/.test(gv)) {
    return 'gold value not TimeML';
  }
  if (g.type === 'SET' || p.type === 'SET') {
    return 'set';
  }
  const gDay = dayNumber(gv);
  if (WEEKDAY.test(g.text) && gDay !== null && Math.abs(gDay - dayNumber(dct)) > 7) {
    return 'gold weekday outside the week of the DCT';
  }
  if (REF.test(gv) !== REF.test(pv)) {
    return 'ref vs date';
  }
  if (REF.test(gv)) {
    return 'wrong ref';
  }
  if (DURATION.test(gv) !== DURATION.test(pv)) {
    return 'duration vs date';
  }
  if (DURATION.test(gv)) {
    return 'duration value';
  }
  if (/X/.test(pv) && !/X/.test(gv)) {
    return 'unresolved';
  }
  if (/X/.test(gv) && !/X/.test(pv)) {
    return 'over-resolved';
  }
  const pDay = dayNumber(pv);
  if (gDay !== null && pDay !== null) {
    if (gv.slice(10) !== pv.slice(10) && gDay === pDay) {
      return 'time of day';
    }
    const distance = Math.abs(gDay - pDay);
    return distance === 1 ? 'off by one day' : distance === 7 ? 'off by one week' : distance < 7 ? 'wrong weekday' : 'wrong anchor';
  }
  const gWeek = WEEK.exec(gv);
  const pWeek = WEEK.exec(pv);
  if (gWeek && pWeek && gWeek[1] === pWeek[1] && Math.abs(Number(gWeek[2]) - Number(pWeek[2])) === 1) {
    return 'off by one week';
  }
  if (gv.length !== pv.length || /W/.test(gv) !== /W/.test(pv) || /Q|H|SU|WI|SP|FA|T/.test(gv) !== /Q|H|SU|WI|SP|FA|T/.test(pv)) {
    return 'wrong granularity';
  }
  return 'wrong anchor';
}

const kinds = new Map();
let totalGold = 0;
let valueOk = 0;
const add = (kind, example) => {
  const list = kinds.get(kind) ?? [];
  list.push(example);
  kinds.set(kind, list);
};
const context = (text, start, end) => `${text.slice(Math.max(0, start - contextWidth), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');

for (const doc of gold) {
  const text = textOf(doc.id);
  const ignore = doc.ignore ?? [];
  const predDates = (predicted.get(doc.id) ?? []).filter((p) => !ignore.some((z) => overlap(z, p) > 0));
  totalGold += doc.dates.length;
  const { pairs, missing, extra } = pair(doc.dates, predDates);
  for (const [g, p] of pairs) {
    const accepted = [g.value, ...(g.value_alt ?? [])];
    if (accepted.includes(p.value)) {
      valueOk++;
      continue;
    }
    add(kindOf(g, p, doc.dct), `${doc.id} dct ${doc.dct}: gold ${g.type} ${g.value} "${g.text}", ours ${p.type} ${p.value} "${p.text}" | ${context(text, p.start, p.end)}`);
  }
  for (const g of missing) {
    add('missing span', `${doc.id} dct ${doc.dct}: gold ${g.type} ${g.value} | ${context(text, g.start, g.end)}`);
  }
  for (const p of extra) {
    add('extra span', `${doc.id} dct ${doc.dct}: ours ${p.type} ${p.value} | ${context(text, p.start, p.end)}`);
  }
}

console.log(`${set}: ${gold.length} docs, ${totalGold} gold dates, ${valueOk} with the right value`);
for (const [kind, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(list.length).padStart(5)}  ${kind}`);
}
if (show) {
  const list = kinds.get(show) ?? [];
  console.log(`\n${show}: ${list.length}`);
  for (const example of list.slice(0, limit)) {
    console.log(`- ${example}`);
  }
}
