import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, FileStore, serializeStore, type Annotation, type AnnotationBody } from '../../server/src/annotations';
import { buildRecord } from '../../server/src/export/buildRecord';
import { toStandoff, type StandoffRecord } from '../../server/src/export/formats/standoff';
import { hydrateRecord } from '../../server/src/export/hydrate';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import type { CorpusRecord } from '../../server/src/export/record';
import { collectInputs, runExport } from '../../server/src/export/runExport';
import { runHydrate } from '../../server/src/export/runHydrate';
import { StoreAnnotationLoader } from '../../server/src/export/storeAnnotations';
import { ferryAnalysis, find, fixtureText } from '../helpers/exportFixtures';
import { byline } from '../helpers/cli';

const SECOND_ARTICLE = 'Library hours extended in Eastmere\n\nThe town library will open on Sundays from June, the council said on Friday.\n';

function readLines(path: string): CorpusRecord[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusRecord);
}

/** A workspace with two articles; a.txt has a stored claim, a correction and a claim on text deleted later. */
function workspace(): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), 'byline-hydrate-test-'));
  const articles = join(root, 'articles');
  mkdirSync(articles);
  const original = fixtureText('ferry-emoji-crlf.txt');
  const annotate = (needle: string, body: AnnotationBody): Annotation =>
    createAnnotation({ source: 'articles/a.txt', text: original, span: find(original, needle), body, creator: { type: 'Person', name: 'Ana' } });
  const annotations = [
    annotate('the 💶 budget is too small', { type: 'ClaimTag', label: 'claim', claimant: 'Critics', verdict: 'false' }),
    annotate('twice a day', { type: 'Correction', action: 'add', layer: 'date', value: 'P1D' }),
    annotate('Read more: Harbour news', { type: 'ClaimTag', label: 'opinion' }),
  ];
  const store = new FileStore(root);
  mkdirSync(join(store.fileFor('articles/a.txt'), '..'), { recursive: true });
  writeFileSync(store.fileFor('articles/a.txt'), serializeStore({ schemaVersion: 1, type: 'BylineAnnotationStore', source: 'articles/a.txt', annotations }));
  // Edited after annotating: a new first line shifts every offset, the read-more line is gone.
  writeFileSync(join(articles, 'a.txt'), 'UPDATED 4 March\r\n' + original.replace('Read more: Harbour news\r\n', ''));
  writeFileSync(join(articles, 'b.txt'), SECOND_ARTICLE);
  return { root, articles };
}

test('export applies stored claims and corrections re-anchored to edited text, and counts orphans', async () => {
  const { root, articles } = workspace();
  const loader = new StoreAnnotationLoader();
  const summary = await runExport({
    sources: [articles],
    inputs: collectInputs([articles]),
    formats: ['jsonl', 'standoff'],
    options: DEFAULT_EXPORT_OPTIONS,
    out: join(root, 'out'),
    loadAnnotations: (input, text) => loader.load(input.path, text),
  });
  assert.equal(summary.documents, 2);
  assert.equal(summary.orphans, 1);
  assert.equal(summary.claims, 1);
  const [a] = readLines(join(root, 'out', 'corpus.jsonl'));
  assert.equal(a.claims[0].text, 'the 💶 budget is too small');
  assert.deepEqual(a.claims[0].attributes, { claimant: 'Critics', verdict: 'false' });
  assert.equal(a.stats.orphans, 1);
  const added = a.dates.find((date) => date.text === 'twice a day');
  assert.equal(added?.provenance, 'corrected', 'the correction wins over the analysis');
  assert.equal(added?.value, 'P1D');
});

test('standoff carries no article text and hydrates back to the same corpus; changed text is refused', async () => {
  const { root, articles } = workspace();
  const loader = new StoreAnnotationLoader();
  await runExport({
    sources: [articles],
    inputs: collectInputs([articles]),
    formats: ['jsonl', 'standoff'],
    options: { ...DEFAULT_EXPORT_OPTIONS, dropBoilerplate: true },
    out: join(root, 'out'),
    loadAnnotations: (input, text) => loader.load(input.path, text),
  });
  const standoff = readFileSync(join(root, 'out', 'standoff.jsonl'), 'utf8');
  assert.doesNotMatch(standoff, /"text"/u);
  assert.ok(!standoff.includes('budget is too small') && !standoff.includes('library will open'));

  const recipient = join(root, 'recipient');
  cpSync(articles, recipient, { recursive: true });
  const summary = await runHydrate({ standoff: join(root, 'out'), texts: recipient, out: join(root, 'rebuilt'), formats: ['jsonl', 'brat'], options: DEFAULT_EXPORT_OPTIONS });
  assert.deepEqual(summary.refused, []);
  assert.equal(readFileSync(join(root, 'rebuilt', 'corpus.jsonl'), 'utf8'), readFileSync(join(root, 'out', 'corpus.jsonl'), 'utf8'), 'byte for byte');

  writeFileSync(join(recipient, 'b.txt'), SECOND_ARTICLE.replace('Sundays', 'Saturdays'));
  const changed = await runHydrate({ standoff: join(root, 'out', 'standoff.jsonl'), texts: recipient, out: join(root, 'rebuilt-2'), formats: ['jsonl'], options: DEFAULT_EXPORT_OPTIONS });
  assert.equal(changed.documents, 1);
  assert.equal(changed.refused.length, 1);
  assert.equal(changed.refused[0].id, 'b');
  assert.match(changed.refused[0].reason, /differs from the annotated one/u);
});

test('hydrateRecord rebuilds a record with boilerplate removed, and refuses other text', () => {
  const analysis = ferryAnalysis();
  const record = buildRecord({ id: 'ferry', path: 'ferry.txt' }, analysis, { ...DEFAULT_EXPORT_OPTIONS, dropBoilerplate: true });
  const result = hydrateRecord(toStandoff(record), analysis.text);
  assert.ok(result.ok);
  assert.deepEqual(result.record, record);
  const refused = hydrateRecord(toStandoff(record), analysis.text.replace('May', 'June'));
  assert.equal(refused.ok, false);
});

test('CLI: usage errors exit 2, refused documents exit 1, a clean run exits 0', () => {
  const { root, articles } = workspace();
  const cli = (...args: string[]) => byline(args);
  assert.equal(cli('export', articles).status, 2, 'no --out');
  assert.equal(cli('export', articles, '--out', join(root, 'x'), '--format', 'docx').status, 2);
  const help = cli('export', '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--drop-boilerplate/u);
  const ok = cli('export', articles, '--format', 'standoff,brat', '--out', join(root, 'cli-out'));
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stderr, /2 documents/u);
  writeFileSync(join(articles, 'b.txt'), 'Something else entirely\n');
  const refused = cli('hydrate', join(root, 'cli-out'), '--texts', articles, '--out', join(root, 'cli-rebuilt'));
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, /refused b \(.*b\.txt\): text differs/u);
  assert.equal(cli('export', articles, '--out', join(root, 'cli-out')).status, 2, 'destination not empty');
});

test('a version 1 standoff (no byline, credits or quote counts) hydrates to a version 2 record', () => {
  const analysis = ferryAnalysis();
  const record = buildRecord({ id: 'ferry', path: 'ferry.txt' }, analysis, DEFAULT_EXPORT_OPTIONS);
  const current = toStandoff(record);
  const metadataV1: Partial<StandoffRecord['metadata']> = { ...current.metadata };
  delete metadataV1.byline;
  delete metadataV1.bylineSpan;
  delete metadataV1.credits;
  const speakersV1 = current.speakers.map((speaker): Partial<StandoffRecord['speakers'][number]> => {
    const older: Partial<StandoffRecord['speakers'][number]> = { ...speaker };
    delete older.quotes;
    delete older.mentionedOnly;
    return older;
  });
  const v1 = { ...current, version: 1, metadata: metadataV1, speakers: speakersV1 } as unknown as StandoffRecord;
  const result = hydrateRecord(v1, analysis.text);
  assert.ok(result.ok);
  assert.equal(result.record.version, 2);
  assert.deepEqual(result.record.speakers, record.speakers, 'quote counts rebuilt from the quotes');
  assert.deepEqual({ ...result.record.metadata, byline: record.metadata.byline, bylineSpan: record.metadata.bylineSpan, credits: record.metadata.credits }, record.metadata);
  assert.equal(result.record.metadata.byline, null);
  assert.equal(record.metadata.byline, 'By Ana Pell, The Wren Courier', 'a version 2 export keeps the byline');
  assert.ok(record.speakers.some((speaker) => speaker.quotes > 0), 'the fixture has quoted speakers');
});
