import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS, ARTICLE_GLOBS, gatherArticleFiles, InputError, readArticle } from '../../server/src/corpus';
import { collectInputs } from '../../server/src/export/runExport';
import { defaultSettings } from '../../server/src/protocol/settings';
import { PLAIN_TEXT_EXTENSIONS } from '../../client/src/articleFiles';

interface Manifest {
  activationEvents: string[];
  contributes: {
    languages: { id: string; extensions: string[] }[];
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}
const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as Manifest;

test('one list of article extensions: the manifest language and the editor\'s plain-text rule, byline.include and the server default', () => {
  const language = manifest.contributes.languages.find((entry) => entry.id === 'byline-article');
  // The language claims only Byline's own extension; .txt and .text are everybody's and opened as articles by rule.
  assert.deepEqual(language?.extensions, ['.article']);
  assert.deepEqual([...PLAIN_TEXT_EXTENSIONS, ...(language?.extensions ?? [])].sort(), [...ARTICLE_EXTENSIONS].sort());
  assert.deepEqual(manifest.contributes.configuration.properties['byline.include'].default, [...ARTICLE_GLOBS]);
  assert.deepEqual(defaultSettings.include, [...ARTICLE_GLOBS]);
  for (const event of ['onLanguage:byline-article', 'onLanguage:plaintext', 'workspaceContains:**/*.article', 'workspaceContains:**/.byline/**']) {
    assert.ok(manifest.activationEvents.includes(event), event);
  }
  assert.ok(!manifest.activationEvents.includes('workspaceContains:**/*.txt'), 'a workspace holding some .txt file is no reason to start');
});

test('the CLI and the export find every article extension (an .article file the editor analyses is exported too)', () => {
  const root = mkdtempSync(join(tmpdir(), 'byline-corpus-files-'));
  try {
    mkdirSync(join(root, 'nested'));
    mkdirSync(join(root, '.hidden'));
    for (const name of ['a.txt', 'b.TEXT', 'nested/c.article', 'notes.md', '.hidden/d.txt', 'image.png']) {
      writeFileSync(join(root, name), 'Quay closes\n');
    }
    assert.deepEqual(gatherArticleFiles([root]).map((path) => path.slice(root.length + 1)), ['a.txt', 'b.TEXT', 'nested/c.article']);
    assert.deepEqual(collectInputs([root]).map((input) => input.relative), ['a.txt', 'b.TEXT', 'nested/c.article']);
    assert.deepEqual(gatherArticleFiles([join(root, 'notes.md')]).length, 1, 'a file named explicitly is read whatever its extension');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('reading an article: BOMs (UTF-8, UTF-16), Windows-1252, binary files, the reduced-mode threshold', () => {
  const root = mkdtempSync(join(tmpdir(), 'byline-corpus-read-'));
  const file = (name: string, bytes: Buffer): string => {
    writeFileSync(join(root, name), bytes);
    return join(root, name);
  };
  const text = '“Déjà vu,” said Ana Lenz 🎣\n';
  try {
    const utf8 = readArticle(file('plain.txt', Buffer.from(text)));
    assert.deepEqual({ text: utf8.text, hadBom: utf8.hadBom, reduced: utf8.reduced }, { text, hadBom: false, reduced: false });
    const withBom = readArticle(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    assert.deepEqual({ text: withBom.text, hadBom: withBom.hadBom }, { text, hadBom: true });
    const utf16le = readArticle(file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    assert.equal(utf16le.text, text, 'UTF-16LE with its BOM is text, not binary');
    const utf16be = readArticle(file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])));
    assert.equal(utf16be.text, text);
    assert.equal(readArticle(file('cp1252.txt', Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]))).text, '“Café”');
    assert.throws(() => readArticle(file('nul.txt', Buffer.from('Quay\u0000closes'))), (error) => error instanceof InputError && /binary/.test(error.message));
    assert.throws(() => readArticle(join(root, 'missing.txt')), (error) => error instanceof InputError && /cannot read/.test(error.message));
    assert.equal(readArticle(join(root, 'plain.txt'), { reduceAbove: 10 }).reduced, true);
    assert.equal(readArticle(join(root, 'plain.txt'), { reduceAbove: 1_000 }).reduced, false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
