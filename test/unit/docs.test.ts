import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byline, TSX } from '../helpers/cli';

// What a command's --help prints is what its documentation describes: every option of it is named there.
const ROOT = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const optionsOf = (help: string): string[] => [...new Set(help.match(/(?<![\w-])--[a-z][a-z-]*/gu) ?? [])].filter((option) => option !== '--help');

const DOCUMENTED_IN: [command: string, file: string][] = [
  ['analyze', 'README.md'],
  ['export', 'docs/export.md'],
  ['hydrate', 'docs/export.md'],
  ['agree', 'docs/agreement.md'],
];

for (const [command, file] of DOCUMENTED_IN) {
  test(`byline ${command}: every option its --help prints is named in ${file}`, () => {
    const help = byline([command, '--help']);
    assert.equal(help.status, 0, help.stderr);
    const doc = read(file);
    const options = optionsOf(help.stdout);
    assert.ok(options.length > 0);
    assert.deepEqual(options.filter((option) => !doc.includes(option)), []);
  });
}

test('docs/editors.md shows byline-server --help as it prints and documents every setting the manifest declares', () => {
  const help = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'server', 'src', 'main.ts'), '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  const editors = read('docs/editors.md');
  assert.ok(editors.includes(`\`\`\`text\n${help.stdout}\`\`\``), 'the help text, verbatim, in a text block');
  const manifest = JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  const settings = Object.keys(manifest.contributes.configuration.properties).map((key) => key.replace(/^byline\./u, ''));
  assert.ok(settings.length > 10);
  assert.deepEqual(settings.filter((setting) => !editors.includes(`\`${setting}\``)), []);
});
