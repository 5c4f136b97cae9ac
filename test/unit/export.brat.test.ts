import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecord } from '../../server/src/export/buildRecord';
import { BratWriter } from '../../server/src/export/formats/brat';
import { labelledSpans } from '../../server/src/export/formats/labels';
import { DEFAULT_EXPORT_OPTIONS } from '../../server/src/export/options';
import type { CorpusRecord } from '../../server/src/export/record';
import { parseAnn, parseConf } from '../helpers/brat';
import { codePointSlice, ferryAnalysis, find } from '../helpers/exportFixtures';

function ferryRecord(): CorpusRecord {
  const analysis = ferryAnalysis();
  return buildRecord({ id: 'ferry', path: 'ferry.txt' }, analysis, DEFAULT_EXPORT_OPTIONS, {
    corrections: [],
    claims: [
      {
        span: find(analysis.text, 'She added: “The ferry\r\nwill run'),
        label: 'not a claim',
        attributes: { verdict: 'half true', claimType: 'schedule', note: 'tab\there and\nnewline' },
      },
    ],
    orphans: 0,
  });
}

test('brat round trip: .ann parses back to the same spans, split at line breaks', () => {
  const record = ferryRecord();
  const writer = new BratWriter({ claimLabels: false });
  const [txt, ann] = writer.render(record, 'ferry');
  assert.equal(txt.file, 'brat/ferry.txt');
  assert.equal(txt.content, record.text, 'the .txt is the exported text byte for byte, CRLF included');
  const parsed = parseAnn(ann.content);

  const expected = labelledSpans(record, { claimLabels: false }).map((span) => `${span.label} ${span.start} ${span.end}`);
  const entities = [...parsed.entities.values()];
  const back = entities.map((entity) => `${entity.type} ${entity.fragments[0][0]} ${entity.fragments.at(-1)![1]}`);
  assert.deepEqual(back.sort(), expected.sort());
  for (const entity of entities) {
    // Fragments never hold a line break; brat's text column joins them with one space.
    assert.equal(entity.text, entity.fragments.map(([s, e]) => codePointSlice(record.text, s, e)).join(' '));
    for (const [s, e] of entity.fragments) {
      assert.ok(s < e);
      assert.doesNotMatch(codePointSlice(record.text, s, e), /[\r\n]/u);
    }
  }
  const multiLine = entities.find((entity) => entity.type === 'Quote' && entity.fragments.length === 2);
  assert.ok(multiLine, 'the quote across a CRLF becomes two fragments');
  assert.equal(multiLine.text, 'The ferry will run twice a day.');

  // Quote → speaker relations point at Speaker entities whose text is the mention.
  assert.equal(parsed.relations.length, 2);
  for (const relation of parsed.relations) {
    assert.equal(relation.type, 'Said_by');
    assert.equal(parsed.entities.get(relation.arg1)?.type, 'Quote');
    assert.equal(parsed.entities.get(relation.arg2)?.text, 'Mayor Ilse Varga');
  }
  // Free text goes to notes on one line; attribute values have no spaces.
  const claim = entities.find((entity) => entity.type === 'Claim')!;
  assert.ok(parsed.notes.some((note) => note.target === claim.id && note.text.includes('tab here and newline')));
  assert.ok(parsed.attributes.some((a) => a.target === claim.id && a.type === 'Verdict' && a.value === 'half_true'));
  assert.ok(parsed.notes.some((note) => parsed.entities.get(note.target)?.type === 'Date' && note.text === 'value: 2026-05'));
});

test('annotation.conf declares every entity type, the relation and every attribute value used', () => {
  const record = ferryRecord();
  const writer = new BratWriter({ claimLabels: true });
  const ann = parseAnn(writer.render(record, 'ferry')[1].content);
  const [confChunk] = writer.finish();
  assert.equal(confChunk.file, 'brat/annotation.conf');
  const conf = parseConf(confChunk.content);
  for (const type of ['Quote', 'Speaker', 'Date', 'Boilerplate', 'Claim', 'Not_a_claim']) {
    assert.ok(conf.entities.has(type), type);
  }
  assert.deepEqual(conf.relations.get('Said_by'), { arg1: ['Quote'], arg2: ['Speaker'] });
  for (const attribute of ann.attributes) {
    const declared = conf.attributes.get(attribute.type);
    assert.ok(declared, `attribute ${attribute.type} not declared`);
    const entityType = ann.entities.get(attribute.target)!.type;
    assert.ok(declared.targets.includes('<ENTITY>') || declared.targets.includes(entityType), `${attribute.type} on ${entityType}`);
    if (attribute.value === true) {
      assert.equal(declared.values, null);
    } else {
      assert.ok(declared.values?.includes(attribute.value), `${attribute.type} value ${attribute.value}`);
    }
  }
});
