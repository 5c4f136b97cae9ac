import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import { layerRules } from '../../eslint.layers.mjs';

function problems(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(code, [{ files: ['**/*.ts'], languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } }, ...layerRules], file)
    .map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

test('layers: the client importing the core, the store or the export is rejected; the protocol is fine', () => {
  assert.match(problems('client/src/wrong.ts', "import { analyze } from '../../server/src/core';").join('\n'), /no-restricted-imports: .*restricted.*The client imports server\/src\/protocol only/u);
  assert.equal(problems('client/src/commands/wrong.ts', "import { FileStore } from '../../../server/src/annotations';").length, 1);
  assert.equal(problems('client/src/commands/wrong.ts', "import { runExport } from '../../../server/src/export/runExport';").length, 1);
  assert.deepEqual(problems('client/src/right.ts', "import { ExportRequest } from '../../server/src/protocol/export';"), []);
});

test('layers: documents → never features', () => {
  assert.equal(problems('server/src/documents/wrong.ts', "import { hover } from '../features/hover';").length, 1);
  assert.deepEqual(problems('server/src/features/right.ts', "import { speakerAt } from '../documents/article';"), []);
});

test('layers: core → nothing outside core; export and annotations → never cli', () => {
  assert.equal(problems('server/src/core/speakers/wrong.ts', "import { OffsetMap } from '../../protocol/offsets';").length, 1);
  assert.equal(problems('server/src/core/wrong.ts', "import { readFileSync } from 'node:fs';").length, 1);
  assert.deepEqual(problems('server/src/core/speakers/right.ts', "import { partitionPoint } from '../partitionPoint';"), []);
  assert.equal(problems('server/src/export/wrong.ts', "import { readArticle } from '../cli/files';").length, 1);
  assert.equal(problems('server/src/annotations/wrong.ts', "import { main } from '../cli/main';").length, 1);
  assert.deepEqual(problems('server/src/features/right.ts', "import { AnnotationService } from '../annotations';"), []);
});
