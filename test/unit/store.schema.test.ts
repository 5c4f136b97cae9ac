import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { storeSchemaV1 } from '../../server/src/annotations/schema';
import { createAnnotation, emptyStore, parseStore, serializeStore, sourceOfStoreFileName, storeFileName } from '../../server/src/annotations';

const TEXT = 'The harbour authority said on Friday that "the pier reopens in May".';

function validStore(): ReturnType<typeof emptyStore> {
  const store = emptyStore('articles/pier.txt');
  const start = TEXT.indexOf('the pier');
  store.annotations.push(
    createAnnotation({
      source: 'articles/pier.txt',
      text: TEXT,
      span: { start, end: start + 'the pier reopens in May'.length },
      body: { type: 'Correction', action: 'set-speaker', speaker: 'Harbour Authority', speakerKind: 'org' },
      creator: { type: 'Person', name: 'tester' },
    }),
  );
  return store;
}

test('schema: the shipped schemas/byline-store-1.schema.json equals the bundled schema module', () => {
  const shipped: unknown = JSON.parse(readFileSync(new URL('../../schemas/byline-store-1.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(shipped, storeSchemaV1);
});

test('schema: a written store validates, with motivation "editing" for corrections', () => {
  const parsed = parseStore(serializeStore(validStore()));
  assert.equal(parsed.ok, true, JSON.stringify(parsed));
  assert.equal(parsed.ok && parsed.store.annotations[0].motivation, 'editing');
});

test('schema: violations are reported with where they are', () => {
  const store = validStore() as unknown as { annotations: { target: { selector: { start?: number }[] } }[] };
  store.annotations[0].target.selector[1].start = -4;
  const parsed = parseStore(JSON.stringify(store));
  assert.equal(parsed.ok, false);
  assert.match(!parsed.ok ? parsed.message : '', /selector\/1\/start/u);
});

test('schema: duplicate ids and paths escaping the workspace are invalid', () => {
  const store = validStore();
  store.annotations.push(store.annotations[0]);
  assert.match(JSON.stringify(parseStore(serializeStore(store))), /occurs twice/u);
  const escaping = { ...validStore(), source: '../secrets.txt' };
  assert.equal(parseStore(JSON.stringify(escaping)).ok, false);
});

test('store file names: folders mirrored, odd characters percent-encoded, reversible', () => {
  assert.equal(storeFileName('news/2026/pier.txt'), 'news/2026/pier.txt.json');
  assert.equal(storeFileName('a:b?/c%d.txt'), 'a%3Ab%3F/c%25d.txt.json');
  for (const source of ['news/2026/pier.txt', 'a:b?/c%d.txt', 'Zürich 🚀/x.txt']) {
    assert.equal(sourceOfStoreFileName(storeFileName(source)), source);
  }
});
