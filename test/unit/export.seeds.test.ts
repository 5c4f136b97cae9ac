import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { CorpusRecord } from '../../server/src/export/record';
import { CONLL_LAYERS } from '../../server/src/export/formats/conll';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import { collectInputs, runExport } from '../../server/src/export/runExport';
import { runHydrate } from '../../server/src/export/runHydrate';
import { parseAnn, parseConf } from '../helpers/brat';
import { codePointSlice, EXPORT_FIXTURES, readJson, SCHEMAS } from '../helpers/exportFixtures';
import { needsShared, seedNames, SHARED_DIR } from '../helpers/shared';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = {
  corpus: ajv.compile(readJson(join(SCHEMAS, 'byline-corpus-2.schema.json'))),
  standoff: ajv.compile(readJson(join(SCHEMAS, 'byline-standoff-2.schema.json'))),
  webanno: ajv.compile(readJson(join(EXPORT_FIXTURES, 'web-annotation-page.schema.json'))),
  spans: ajv.compile(readJson(join(EXPORT_FIXTURES, 'spans.schema.json'))),
};

function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function validateAll(kind: keyof typeof validators, path: string): Record<string, unknown>[] {
  const lines = jsonLines(path);
  for (const line of lines) {
    assert.ok(validators[kind](line), `${kind}: ${ajv.errorsText(validators[kind].errors)}`);
  }
  return lines;
}

/** Exports `folder` in every format (with and without boilerplate) and checks each output against its contract. */
async function exportAndCheck(folder: string, dropBoilerplate: boolean): Promise<{ out: string; records: CorpusRecord[] }> {
  const out = join(mkdtempSync(join(tmpdir(), 'byline-export-seeds-')), 'out');
  const summary = await runExport({
    sources: [folder],
    inputs: collectInputs([folder]),
    formats: ['jsonl', 'webanno', 'brat', 'conll', 'spans', 'claimreview', 'standoff'],
    options: { ...DEFAULT_EXPORT_OPTIONS, dropBoilerplate },
    out,
  });
  assert.deepEqual(summary.failed, []);
  const records = validateAll('corpus', join(out, 'corpus.jsonl')) as unknown as CorpusRecord[];
  validateAll('standoff', join(out, 'standoff.jsonl'));
  const pages = validateAll('webanno', join(out, 'web-annotation.jsonl'));
  validateAll('spans', join(out, 'spans.jsonl'));
  assert.equal(pages.length, records.length);

  const conf = parseConf(readFileSync(join(out, 'brat', 'annotation.conf'), 'utf8'));
  const annFiles = readdirSync(join(out, 'brat')).filter((name) => name.endsWith('.ann'));
  assert.equal(annFiles.length, records.length);
  for (const name of annFiles) {
    const text = readFileSync(join(out, 'brat', name.replace(/\.ann$/u, '.txt')), 'utf8');
    const ann = parseAnn(readFileSync(join(out, 'brat', name), 'utf8'));
    for (const entity of ann.entities.values()) {
      assert.ok(conf.entities.has(entity.type));
      assert.equal(entity.text, entity.fragments.map(([s, e]) => codePointSlice(text, s, e)).join(' '));
    }
    for (const attribute of ann.attributes) {
      assert.ok(conf.attributes.has(attribute.type), attribute.type);
    }
  }

  const conll = readFileSync(join(out, 'corpus.conll'), 'utf8').split('\n');
  let record = -1;
  for (const line of conll) {
    if (line.startsWith('# id = ')) {
      record++;
    } else if (line !== '' && !line.startsWith('# ')) {
      const [token, start, end, ...tags] = line.split('\t');
      assert.equal(codePointSlice(records[record].text, Number(start), Number(end)), token);
      assert.equal(tags.length, CONLL_LAYERS.length);
      tags.forEach((tag) => assert.match(tag, /^(O|[BI]-\w+)$/u));
      // a date or speaker inside a quote leaves the quote column tagged
      const inQuote = records[record].quotes.some((quote) => quote.start <= Number(start) && Number(end) <= quote.end);
      assert.equal(tags[0] !== 'O', inQuote, `${records[record].id}: ${token} at ${start}`);
    }
  }
  return { out, records };
}

test('seeds: every format validates, offsets hold, brat and CoNLL agree with the text', needsShared(), async () => {
  const seeds = join(SHARED_DIR, 'seeds');
  const { records } = await exportAndCheck(seeds, false);
  assert.equal(records.length, seedNames().length);
  for (const [index, record] of records.entries()) {
    const source = readFileSync(join(seeds, seedNames()[index]), 'utf8');
    assert.equal(record.source.path, seedNames()[index]);
    assert.equal(record.source.sha256, createHash('sha256').update(source.replace(/^\uFEFF/u, ''), 'utf8').digest('hex'));
    assert.equal(record.text.length, source.length);
    for (const quote of record.quotes) {
      assert.equal(codePointSlice(record.text, quote.start, quote.end), quote.text);
    }
  }
});

test('seeds without boilerplate: shorter texts, still valid, and the standoff hydrates back from the seeds', needsShared(), async () => {
  const seeds = join(SHARED_DIR, 'seeds');
  const { out, records } = await exportAndCheck(seeds, true);
  const withBoilerplate = records.filter((record) => record.removed.length > 0);
  assert.ok(withBoilerplate.length > 0, 'the seeds have boilerplate to leave out');
  for (const record of withBoilerplate) {
    assert.ok(record.sha256 !== record.source.sha256);
    assert.equal(record.boilerplate.length, 0);
  }
  const rebuilt = join(out, '..', 'rebuilt');
  const summary = await runHydrate({ standoff: out, texts: seeds, out: rebuilt, formats: ['jsonl'], options: DEFAULT_EXPORT_OPTIONS });
  assert.deepEqual(summary.refused, []);
  assert.deepEqual(jsonLines(join(rebuilt, 'corpus.jsonl')), jsonLines(join(out, 'corpus.jsonl')));
});

test('our fixtures (emoji, CRLF, BOM-free and with BOM) export in every format', async () => {
  const { records } = await exportAndCheck(EXPORT_FIXTURES, false);
  const ferry = records.find((record) => record.id === 'ferry-emoji-crlf');
  assert.ok(ferry);
  assert.ok(ferry.text.includes('\r\n'));
});
