import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseMetadata } from '../../server/src/annotations/metadata';
import { metadataSchemaV1 } from '../../server/src/annotations/metadataSchema';
import { MetadataReadOnlyError, MetadataReader, MetadataStore } from '../../server/src/annotations/metadataStore';
import { byline } from '../helpers/cli';

const ROOT = resolve(__dirname, '..', '..');
const cli = (args: string[]) => byline(args);
const WIRE = 'MILLBROOK, Vt. (Byline Wire) _\n\nThe ferry operator said Friday that crossings would resume. The permit is dated 08/01/2008.';
const ME = { type: 'Person' as const, name: 'Ada' };

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'byline-meta-'));
  mkdirSync(join(root, 'wire'));
  writeFileSync(join(root, 'wire', 'ferry.txt'), WIRE);
  return root;
}

test('the shipped schemas/byline-metadata-1.schema.json equals the bundled schema module', () => {
  assert.deepEqual(JSON.parse(readFileSync(join(ROOT, 'schemas', 'byline-metadata-1.schema.json'), 'utf8')), metadataSchemaV1);
});

test('metadata files are validated: shape by the schema, the date by the calendar, newer versions refused', () => {
  const base = { schemaVersion: 1, type: 'BylineDocumentMetadata', source: 'a.txt' };
  assert.equal(parseMetadata(JSON.stringify({ ...base, published: { value: '2013-03-22' }, locale: 'en-GB' })).ok, true);
  const cases: [unknown, RegExp][] = [
    [{ ...base, published: { value: '2013-02-30' } }, /published: "2013-02-30" is not a publication date/],
    [{ ...base, published: { value: 'March 22' } }, /metadata schema/],
    [{ ...base, published: '2013-03-22' }, /metadata schema/],
    [{ ...base, extra: true }, /metadata schema/],
    [{ ...base, source: '../a.txt' }, /metadata schema/],
    [{ ...base, schemaVersion: 2 }, /newer Byline/],
  ];
  for (const [value, message] of cases) {
    const parsed = parseMetadata(JSON.stringify(value));
    assert.equal(parsed.ok, false);
    assert.match(parsed.ok ? '' : parsed.message, message);
  }
  assert.match((parseMetadata('{"schemaVersion":') as { message: string }).message, /not valid JSON/);
});

test('the store sets, replaces and removes the date atomically; an empty file is removed', async () => {
  const root = workspace();
  const store = new MetadataStore(root);
  const written = await store.update('wire/ferry.txt', { published: { value: '1998-08-07', creator: ME } }, new Date('2026-01-02T03:04:05Z'));
  assert.deepEqual(written.published, { value: '1998-08-07', creator: ME, modified: '2026-01-02T03:04:05.000Z' });
  const file = join(root, '.byline', 'metadata', 'wire', 'ferry.txt.json');
  assert.deepEqual((JSON.parse(readFileSync(file, 'utf8')) as { published: { value: string } }).published.value, '1998-08-07');
  assert.equal(store.sourceOfFile(file), 'wire/ferry.txt');
  await store.update('wire/ferry.txt', { locale: 'en-GB' });
  await store.update('wire/ferry.txt', { published: null });
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { schemaVersion: 1, type: 'BylineDocumentMetadata', source: 'wire/ferry.txt', locale: 'en-GB' });
  await store.update('wire/ferry.txt', { locale: null });
  assert.equal(existsSync(file), false);
  await assert.rejects(store.update('wire/ferry.txt', { published: { value: '1998-13-01', creator: ME } }), /not a publication date/);
  assert.equal(readdirSync(dirname(file)).filter((name) => name.endsWith('.tmp')).length, 0);
});

test('a metadata file the store cannot read is backed up and never overwritten', async () => {
  const root = workspace();
  const store = new MetadataStore(root);
  const file = store.fileFor('wire/ferry.txt');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '{"published": "hand-edited and broken"');
  await assert.rejects(store.update('wire/ferry.txt', { published: { value: '1998-08-07', creator: ME } }), MetadataReadOnlyError);
  assert.equal(readFileSync(file, 'utf8'), '{"published": "hand-edited and broken"');
  const backups = readdirSync(join(root, '.byline', 'backup', 'metadata', 'wire'));
  assert.equal(backups.length, 1);
  assert.match(new MetadataReader().inputsFor(join(root, 'wire', 'ferry.txt')).problem ?? '', /skipped: not valid JSON/);
});

test('analyze and export read .byline/metadata/: the date and locale resolve the file; --published beats it', async () => {
  const root = workspace();
  await new MetadataStore(root).update('wire/ferry.txt', { published: { value: '1998-08-10', creator: ME }, locale: 'en-US' });
  const analysed = cli(['analyze', join(root, 'wire'), '--jsonl']);
  assert.equal(analysed.status, 0, analysed.stderr);
  const record = JSON.parse(analysed.stdout) as { published: { value: string; basis: string; reason: string }; dates: { text: string; value: string }[] };
  assert.deepEqual(record.published, { value: '1998-08-10', basis: 'given', evidence: null, reason: 'set in .byline/metadata' });
  assert.deepEqual(record.dates.map((date) => `${date.text}=${date.value}`), ['Friday=1998-08-07', '08/01/2008=2008-08-01']);
  const overridden = JSON.parse(cli(['analyze', join(root, 'wire'), '--jsonl', '--published', '1998-08-20', '--locale', 'en-GB']).stdout) as typeof record;
  assert.deepEqual(overridden.dates.map((date) => date.value), ['1998-08-14', '2008-01-08']);
  const out = join(mkdtempSync(join(tmpdir(), 'byline-meta-out-')), 'corpus');
  const exported = cli(['export', join(root, 'wire'), '--format', 'jsonl', '--out', out]);
  assert.equal(exported.status, 0, exported.stderr);
  const corpus = JSON.parse(readFileSync(join(out, 'corpus.jsonl'), 'utf8').trim()) as { metadata: { published: { value: string; basis: string } } };
  assert.deepEqual(corpus.metadata.published, { value: '1998-08-10', basis: 'given' });
});

test('a damaged metadata file: analyze warns and goes on without it; export fails that document, saying why', () => {
  const root = workspace();
  const file = new MetadataStore(root).fileFor('wire/ferry.txt');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, type: 'BylineDocumentMetadata', source: 'wire/ferry.txt', published: { value: '1998-02-30' } }));
  const analysed = cli(['analyze', join(root, 'wire'), '--jsonl']);
  assert.equal(analysed.status, 0);
  assert.match(analysed.stderr, /ferry\.txt\.json skipped: published: "1998-02-30" is not a publication date/);
  const exported = cli(['export', join(root, 'wire'), '--out', join(root, 'out')]);
  assert.equal(exported.status, 1);
  assert.match(exported.stderr, /not a publication date.*--published/);
});
