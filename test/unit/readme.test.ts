import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { byline } from '../helpers/cli';

// The README is the extension's page too (it ships in the .vsix): what it shows and claims must hold.
const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

test('README: every HTML comment is closed and opened, so no comment text shows on the page', () => {
  let depth = 0;
  for (const token of README.matchAll(/<!--|-->/gu)) {
    depth += token[0] === '<!--' ? 1 : -1;
    assert.ok(depth === 0 || depth === 1, `unbalanced comment near offset ${token.index}`);
  }
  assert.equal(depth, 0, 'an unclosed comment');
});

test('README: a command that writes analysis to a .jsonl file asks for JSON lines', () => {
  const writes = README.split('\n').filter((line) => /\banalyze\b.*--out\s+\S+\.jsonl\b/u.test(line));
  assert.ok(writes.length > 0);
  for (const line of writes) {
    assert.match(line, /--jsonl\b/u, line);
  }
});

test('README: the property counts it quotes are the tests\' own', () => {
  const rows: [RegExp, string][] = [
    [/^\| core, properties .*\| (\d+) properties ×/mu, 'properties.core.test.ts'],
    [/^\| offsets, properties .*\| (\d+) properties ×/mu, 'properties.offsets.test.ts'],
  ];
  for (const [row, file] of rows) {
    const quoted = Number(row.exec(README)?.[1]);
    const actual = readFileSync(join(ROOT, 'test', 'unit', file), 'utf8').match(/fc\.assert\(/gu)?.length;
    assert.equal(quoted, actual, file);
  }
});

test('the packaged README links only to what the .vsix ships, or to absolute addresses', async () => {
  const { packagedReadme } = (await import(pathToFileURL(join(ROOT, 'scripts', 'packagedReadme.mjs')).href)) as {
    packagedReadme: (markdown: string, baseUrl?: string) => string;
  };
  const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('!'))
    .map((line) => picomatch(line.slice(1)));
  const relative = (markdown: string): string[] =>
    [...markdown.matchAll(/\]\(([^)\s]+)\)/gu)].map((link) => link[1]).filter((target) => !/^(?:[a-z]+:|#)/u.test(target));
  assert.ok(relative(README).includes('docs/export.md'), 'the README links to the docs');
  const offline = packagedReadme(README);
  for (const target of relative(offline)) {
    assert.ok(shipped.some((matches) => matches(target)), `${target} is not in the .vsix`);
  }
  assert.match(offline, /`docs\/export\.md`/u, 'the docs are still named');
  const online = packagedReadme(README, 'https://example.org/byline/blob/main');
  assert.ok(online.includes('](https://example.org/byline/blob/main/docs/export.md)'));
  assert.ok(online.includes('](docs/screenshots/article-highlighting.png)'), 'shipped pictures stay relative');
});

test('package.json "bin" names only files the .vsix ships', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('!'))
    .map((line) => picomatch(line.slice(1)));
  for (const [command, target] of Object.entries(manifest.bin ?? {})) {
    assert.ok(shipped.some((matches) => matches(target.replace(/^\.\//u, ''))), `${command}: ${target} is not in the .vsix`);
  }
});

test('the README opens with npm ci && npm start and npm test; the extension page opens with what the extension does', async () => {
  const { packagedReadme } = (await import(pathToFileURL(join(ROOT, 'scripts', 'packagedReadme.mjs')).href)) as {
    packagedReadme: (markdown: string, baseUrl?: string) => string;
  };
  const opening = (markdown: string): string => markdown.slice(0, markdown.indexOf('\n## '));
  assert.match(opening(README), /^```bash\nnpm ci && npm start .*\nnpm test /mu);
  const page = packagedReadme(README);
  assert.doesNotMatch(opening(page), /npm (ci|start|test)|from a clone/u);
  assert.match(page, /^# Byline\n\nByline is a VS Code extension/u);
  assert.match(page, /byline <command> --help/u, 'the command line section stays');
});

test('README: the command-line examples over the bundled samples run as written, in order, each with exit 0', () => {
  const block = /### Command line\n\n```bash\n([\s\S]*?)```/u.exec(README)?.[1] ?? '';
  const runnable = block.split('\n').filter((line) => /^node dist\/cli\.js .*\b(samples|exported)\b/u.test(line) && !line.includes('|'));
  assert.deepEqual(runnable.map((line) => line.split(/\s+/u)[2]), ['analyze', 'export', 'hydrate']);
  const folder = mkdtempSync(join(tmpdir(), 'byline-readme-'));
  cpSync(join(ROOT, 'samples'), join(folder, 'samples'), { recursive: true });
  for (const line of runnable) {
    const args = line.replace(/#.*$/u, '').trim().split(/\s+/u).slice(2);
    const result = byline(args, { cwd: folder });
    assert.equal(result.status, 0, `${line}\n${result.stderr}`);
  }
});
