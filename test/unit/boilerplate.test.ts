import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectBoilerplate } from '../../server/src/core/boilerplate';
import { LineFrequencyCorpus } from '../../server/src/core/corpus';
import { buildStructure } from '../../server/src/core/structure';
import type { Boilerplate, BoilerplateKind } from '../../server/src/core/types';
import { assertGolden, renderSpans } from '../helpers/golden';
import { cpuGrowth } from '../helpers/growth';
import { needsShared, SHARED_DIR, seedNames, seedText } from '../helpers/shared';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'boilerplate');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function detect(text: string, corpus?: LineFrequencyCorpus): Boilerplate[] {
  return detectBoilerplate(buildStructure(text), corpus);
}

function render(text: string, spans: Boilerplate[]): string {
  return renderSpans(
    text,
    spans.map((span) => ({ start: span.start, end: span.end, label: 'boilerplate', attributes: { kind: span.kind } })),
  );
}

function assertWellFormed(text: string, spans: Boilerplate[]): void {
  let previousEnd = 0;
  for (const span of spans) {
    assert.ok(span.start >= previousEnd, `span ${span.start}-${span.end} overlaps or is out of order`);
    assert.ok(span.end > span.start && span.end <= text.length, `span ${span.start}-${span.end} is empty or out of range`);
    previousEnd = span.end;
  }
}

/** Whether the line holding `needle` is covered by furniture at all. */
function coveredLine(text: string, spans: Boilerplate[], needle: string): BoilerplateKind | null {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  return spans.find((span) => span.start <= at && at < span.end)?.kind ?? null;
}

for (const name of ['page-harbor-gazette', 'clean-article', 'glued-teaser', 'metadata-line', 'comment-thread']) {
  test(`golden spans: ${name}`, () => {
    const text = fixture(`${name}.txt`);
    const spans = detect(text);
    assertWellFormed(text, spans);
    assertGolden(`boilerplate/${name}.spans`, render(text, spans));
  });
}

test('page dump: navigation, header furniture, body, trailer and comments are told apart', () => {
  const text = fixture('page-harbor-gazette.txt');
  const spans = detect(text);
  assert.equal(coveredLine(text, spans, 'Skip to content'), 'navigation');
  assert.equal(coveredLine(text, spans, 'Photo: Tomas Reyes'), 'photo-credit');
  assert.equal(coveredLine(text, spans, 'By Ada Lindqvist'), 'byline');
  assert.equal(coveredLine(text, spans, 'Advertisement'), 'advertisement');
  assert.equal(coveredLine(text, spans, 'Tags: Gull Island'), 'tags');
  assert.equal(coveredLine(text, spans, 'Reproduction of any content'), 'legal');
  assert.equal(coveredLine(text, spans, '© 2024'), 'copyright');
  // Body prose and a short subhead inside the body stay unmarked.
  assert.equal(coveredLine(text, spans, 'The island ferry returned'), null);
  assert.equal(coveredLine(text, spans, 'What comes next'), null);
  assert.equal(coveredLine(text, spans, 'The council plans to buy'), null);
  // One comments span per line, user names included, to the end of the file.
  const comments = spans.filter((span) => span.kind === 'comments');
  const firstComment = text.indexOf('seabird77');
  const commentLines = text.slice(firstComment).split('\n').filter((line) => line.trim()).length;
  assert.equal(comments.filter((span) => span.start >= firstComment).length, commentLines);
  assert.equal(comments.at(-1)?.end, text.trimEnd().length);
  // The headline printed twice: the second copy is a repeat.
  assert.equal(spans.filter((span) => span.kind === 'title-repeat').length, 1);
});

test('comment thread without a header: distinct user names with time stamps and reply buttons', () => {
  const text = fixture('comment-thread.txt');
  const spans = detect(text);
  const firstComment = text.indexOf('Kestrel_44');
  assert.ok(spans.every((span) => span.kind === 'comments' && span.start >= firstComment));
  assert.equal(spans.length, text.slice(firstComment).split('\n').filter((line) => line.trim()).length);
  assert.equal(coveredLine(text, spans, 'Council leader Maria Estevez'), null);
});

test('figures and ad markers between paragraphs do not cut the body short', () => {
  const text = [
    'City to plant 5,000 street trees',
    '',
    'The city will plant 5,000 street trees over the next three years, the mayor announced on Friday.',
    '',
    '![Saplings wait at the depot](https://img.example/trees.jpg)',
    'Photo: Ana Ruiz',
    '',
    'Residents can ask for a tree outside their home.',
    '',
    'Advertisement',
    '',
    'The first trees go in this autumn.',
  ].join('\n');
  const spans = detect(text);
  assert.deepEqual(
    spans.map((span) => span.kind),
    ['caption', 'photo-credit', 'advertisement'],
  );
  assert.equal(coveredLine(text, spans, 'The first trees'), null);
});

test('a lead sentence full of names is body, not header furniture', () => {
  const text = [
    'Harbor board backs new ferry',
    '',
    'EASTVALE, March 8 (Harbor Wire) — Count Harbor Board Chair Ines Okafor among the new ferry plan’s backers.',
    '',
    'The board voted six to one on Friday to ask the council for money to buy a second vessel for the island route, after a three-week breakdown left residents stranded.',
    '',
    'A decision on the purchase is expected at the budget meeting in May, the council said in a short statement on Friday evening.',
  ].join('\n');
  assert.deepEqual(detect(text), []);
});

test('a "Comments" link in the middle of the article does not cut it short', () => {
  const paragraph = (n: number): string =>
    `Paragraph ${n} of the report says the harbor needs new moorings before the winter storms, and the board has asked engineers for a costed plan by the end of the month.`;
  const text = [paragraph(1), paragraph(2), paragraph(3), 'Comments', paragraph(4), paragraph(5), paragraph(6), paragraph(7)].join('\n\n');
  const spans = detect(text);
  assert.deepEqual(
    spans.map((span) => text.slice(span.start, span.end)),
    ['Comments'],
  );
  assert.notEqual(spans[0].kind, 'comments');
});

test('a last paragraph ending in emoji after its full stop is body, not a teaser or a menu item', () => {
  const lead =
    'Ferry crews walked off the job at dawn on Monday, leaving hundreds of commuters stranded on both sides of the estuary.';
  const quote = '“We gave the company every chance to talk to us,” said Mia Torvald, who chairs the crews’ association.';
  for (const ending of ['🚢', '🙏🏽', '❤️', '👩‍⚕️ 👍']) {
    const last = `Torvald said the crews would meet the company again on Thursday. ${ending}`;
    const text = ['Home\nSunday Football ⚽\nWeather', lead, quote, 'The company said services would resume as soon as possible.', last].join('\n\n');
    const spans = detect(text);
    assert.equal(coveredLine(text, spans, 'Torvald said the crews'), null, `ending ${ending}`);
    assert.equal(coveredLine(text, spans, 'Sunday Football'), 'navigation', 'a menu label with an emoji stays furniture');
  }
});

test('clean article: the title line and the body are not furniture', () => {
  assert.deepEqual(detect(fixture('clean-article.txt')), []);
});

test('a second copy of the title is a title repeat, a duplicated body paragraph is not furniture', () => {
  const title = 'Bridge repairs finish early on the river road';
  const paragraph = 'Crews finished the repairs two weeks ahead of schedule, the county engineer said on Thursday, and traffic will run in both directions again from Monday.';
  const text = `${title}\n\n${title}\n\n${paragraph}\n\nThe work cost slightly less than planned because the weather stayed dry through most of the autumn months.\n\n${paragraph}`;
  const spans = detect(text);
  assert.deepEqual(spans, [{ start: title.length + 2, end: 2 * title.length + 2, kind: 'title-repeat' }]);
});

test('glued teaser: only the "Read Full Article at …" tail of the line is furniture', () => {
  const text = fixture('glued-teaser.txt');
  const spans = detect(text);
  const readMore = spans.find((span) => span.kind === 'read-more');
  assert.ok(readMore);
  assert.equal(text.slice(readMore.start, readMore.end), 'Read Full Article at harborwire.example.');
  assert.equal(coveredLine(text, spans, 'The council voted on Tuesday'), null);
});

test('metadata, caption and credit glued on one line become three spans', () => {
  const text = fixture('metadata-line.txt');
  const spans = detect(text);
  assert.deepEqual(
    spans.map((span) => [span.kind, text.slice(span.start, span.end)]),
    [
      ['metadata', 'date 2024-03-05'],
      ['caption', 'The ferry Marigold at the north pier'],
      ['photo-credit', '(Photo: Tomas Reyes/Harbor Wire)'],
    ],
  );
});

test('corpus evidence: a short line that other documents of the run share is furniture', () => {
  const promo = 'Support local reporting today';
  const article = (topic: string): string =>
    `${topic} opens a new chapter\n\nThe ${topic} committee met on Monday to discuss the plans for next year, and members agreed on most points after a long debate.\n${promo}\nA final vote on the ${topic} budget is expected at the next meeting of the committee in the spring, officials said on Monday.`;
  const texts = ['Harbor', 'Museum', 'School'].map(article);
  const corpus = new LineFrequencyCorpus();
  texts.forEach((text) => corpus.addDocument(text));
  assert.equal(coveredLine(texts[0], detect(texts[0]), promo), null);
  assert.notEqual(coveredLine(texts[0], detect(texts[0], corpus), promo), null);
});

test('corpus evidence: versions of the same article in one run keep their body', () => {
  const page = fixture('clean-article.txt');
  const versions = [page, page.replace('four months', 'five months'), page.replace('nine in the evening', 'ten at night')];
  const corpus = new LineFrequencyCorpus();
  versions.forEach((text) => corpus.addDocument(text));
  for (const text of versions) {
    assert.deepEqual(detect(text, corpus), detect(text));
  }
  assert.deepEqual(detect(versions[0], corpus), []);
});

test('odd input never throws and stays well formed: empty, NUL, binary junk, CRLF, a 1 MB line', () => {
  const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
  for (const text of ['', '\n\n', '\u0000\u0000abc\u0000', junk, 'x'.repeat(1_000_000), 'word '.repeat(200_000)]) {
    const spans = detect(text);
    assertWellFormed(text, spans);
  }
  const lf = fixture('page-harbor-gazette.txt');
  const crlf = lf.replace(/\n/g, '\r\n');
  const kinds = (spans: Boilerplate[]): string[] => spans.map((span) => span.kind);
  const crlfSpans = detect(crlf);
  assertWellFormed(crlf, crlfSpans);
  assert.deepEqual(kinds(crlfSpans), kinds(detect(lf)));
  assert.ok(crlfSpans.every((span) => !crlf.slice(span.start, span.end).includes('\r')));
});

test('linear time: a page dump of short lines, 125 KB and 1 MB', () => {
  const page = fixture('page-harbor-gazette.txt');
  const dump = (bytes: number): ReturnType<typeof buildStructure> => buildStructure(page.repeat(Math.ceil(bytes / page.length)));
  const growth = cpuGrowth(dump, (structure) => detectBoilerplate(structure), 125_000);
  // ~8 when linear, ~64 when quadratic
  assert.ok(growth < 24, `8× the page dump took ×${growth.toFixed(1)} the time`);
});

interface GoldLines {
  id: string;
  lines: { line: number; label: 'body' | 'boilerplate' }[];
}

test('seeds: every gold line is labelled as the seeds gold labels it', needsShared(), () => {
  const gold = readFileSync(join(SHARED_DIR, 'gold', 'seeds.boilerplate.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldLines);
  assert.equal(gold.length, seedNames().length);
  for (const doc of gold) {
    const text = seedText(doc.id.slice(0, 3));
    const spans = detect(text);
    assertWellFormed(text, spans);
    const structure = buildStructure(text);
    for (const { line, label } of doc.lines) {
      const { start, end } = structure.lines[line];
      const chars = [...text.slice(start, end)].map((char, k) => ({ char, at: start + k })).filter(({ char }) => /\S/.test(char));
      const covered = chars.filter(({ at }) => spans.some((span) => span.start <= at && at < span.end)).length;
      const predicted = chars.length > 0 && covered * 2 >= chars.length ? 'boilerplate' : 'body';
      assert.equal(predicted, label, `${doc.id} line ${line}`);
    }
  }
});

test('seeds: kinds and counts of furniture', needsShared(), () => {
  const kinds = (prefix: string): string[] => detect(seedText(prefix)).map((span) => span.kind);
  assert.deepEqual(kinds('000'), ['title-repeat', 'caption', 'photo-credit', 'tags']);
  assert.deepEqual(kinds('001'), ['metadata', 'caption', 'photo-credit']);
  assert.deepEqual(kinds('002'), ['title-repeat', 'byline', 'related-link', 'legal', 'legal', 'copyright', 'navigation', 'navigation', 'navigation']);
  assert.deepEqual(kinds('003'), Array<string>(19).fill('comments'));
  assert.deepEqual(kinds('004'), ['read-more', 'caption', 'byline']);
});

test('seeds: span offsets of glued furniture', needsShared(), () => {
  // 001: the first line (after a leading space) splits into metadata, caption and credit, end to end.
  const first = seedText('001');
  const [metadata, caption, credit] = detect(first);
  assert.equal(metadata.start, 1);
  assert.equal(credit.end, first.indexOf('\n'));
  assert.ok(metadata.end < caption.start && caption.end < credit.start);
  // 004: the read-more tail ends its line and leaves the teaser sentence before it unmarked.
  const teaser = seedText('004');
  const readMore = detect(teaser)[0];
  const lineEnd = teaser.indexOf('\n', teaser.indexOf('\n') + 1);
  assert.equal(readMore.end, lineEnd);
  assert.ok(readMore.start > teaser.indexOf('\n') + 100);
  // 003: the duplicated paragraph is body, and the comments run to the end of the file.
  const withComments = seedText('003');
  const spans = detect(withComments);
  assert.equal(spans.at(-1)?.end, withComments.length);
  assert.ok(spans[0].start > withComments.length / 2);
});
